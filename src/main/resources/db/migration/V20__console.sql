-- The coordinator's console.

-- Acknowledgements and assignments of alerts: who marked an alert as seen, or assigned it to a named officer
-- with a note. Append-only; an alert's current handling is its latest row. Each row is also in the audit log.
CREATE TABLE alert_handling (
    id        BIGINT        PRIMARY KEY,
    alert_id  VARCHAR(20)   NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(64)   NOT NULL,
    action    VARCHAR(16)   NOT NULL,
    assignee  VARCHAR(120),
    note      VARCHAR(2000)
);
CREATE INDEX alert_handling_alert ON alert_handling (alert_id);

-- The console's search index: each current mention under the 64-bit hashes of the terms it can be found by
-- (name sounds, identifiers, postcodes, report id). Filled behind the bus from the mention table, never in a
-- batch's transaction, so it costs intake nothing; a hit whose mention has gone is dropped when read.
CREATE TABLE search_term (
    term       BIGINT NOT NULL,
    mention_id BIGINT NOT NULL,
    PRIMARY KEY (term, mention_id)
);

-- How far the search index has read the mention table (mention ids only grow).
CREATE TABLE search_progress (
    id              INTEGER PRIMARY KEY,
    last_mention_id BIGINT  NOT NULL
);
INSERT INTO search_progress (id, last_mention_id) VALUES (1, 0);
