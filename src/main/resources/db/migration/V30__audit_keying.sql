-- Where the keyed audit chain begins. Entries up to legacy_seq were chained with plain SHA-256, before the bus had
-- an audit key; every later entry's hash is an HMAC with the key, held outside the database. mac is the HMAC, with
-- the key, of the row itself: nobody without the key can move the boundary to pass keyed entries off as unkeyed.
-- The bus writes the one row the first time it starts with a key (or at the first entry appended).
CREATE TABLE audit_keying (
    id          INTEGER     PRIMARY KEY,
    legacy_seq  BIGINT      NOT NULL,
    legacy_hash VARCHAR(64) NOT NULL,
    mac         VARCHAR(64) NOT NULL
);
