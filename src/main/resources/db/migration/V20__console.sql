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

-- The console's search index: each current mention under the 64-bit hashes of the terms it can be found by (name
-- sounds, identifiers, postcodes, report id), one row per term and mention. Filled behind the bus from the mention
-- table, never in a batch's transaction, so it costs intake nothing; a batch that deletes a mention notes its id in
-- search_gone, and the index deletes its rows (an erasure's batch deletes them itself).
-- A row is its key alone: the mention's block of 65,536 mentions (11 bits), the term's hash (its top 36 bits) and the
-- mention's place in its block (16 bits). New mentions go into the newest block only, and the index inserts their keys
-- in order: H2 writes every page a transaction changed afresh, and an index led by the term had each indexing step
-- rewrite pages all over it, many times over (a gigabyte of dead pages for 30 MB of index at 100,000 persons).
CREATE TABLE search_term (
    k BIGINT PRIMARY KEY
);

-- Each indexed mention's keys (8 bytes each), to delete its rows when it goes; appended in mention order.
CREATE TABLE search_mention (
    mention_id BIGINT  PRIMARY KEY,
    term_keys  ${blob} NOT NULL
);

-- Mentions deleted (superseded by a newer revision, or erased) whose index rows the search index has yet to delete:
-- written by the batch that deletes the mention, emptied by the index. Ids only.
CREATE TABLE search_gone (
    mention_id BIGINT PRIMARY KEY
);

-- How far the search index has read the mention table (mention ids only grow).
CREATE TABLE search_progress (
    id              INTEGER PRIMARY KEY,
    last_mention_id BIGINT  NOT NULL
);
INSERT INTO search_progress (id, last_mention_id) VALUES (1, 0);
