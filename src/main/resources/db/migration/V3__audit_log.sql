-- The audit log (Data Protection Act 2018, s62): collection, alteration, combination, disclosure,
-- consultation and erasure. Append-only; each entry's hash covers the previous entry's hash, so that
-- an edited or removed entry breaks the chain. Entries reference reports, entities and alerts; they
-- never copy their content.
CREATE TABLE audit_log (
    seq        BIGINT       PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    action     VARCHAR(16)  NOT NULL,
    report_key VARCHAR(120),
    entity_id  VARCHAR(20),
    alert_id   VARCHAR(20),
    recipient  VARCHAR(40),
    detail     VARCHAR(2000) NOT NULL,
    prev_hash  VARCHAR(64)  NOT NULL,
    hash       VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_report ON audit_log (report_key);
CREATE INDEX audit_entity ON audit_log (entity_id);

-- The head of the chain, updated in the same transaction as every append: two writers can never
-- both extend the chain from the same entry.
CREATE TABLE audit_head (
    id   INTEGER     PRIMARY KEY,
    seq  BIGINT      NOT NULL,
    hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
