-- Which instance resolves, on a database several bus instances share (PostgreSQL). The lease itself is an
-- advisory lock held by the resolving instance's session; this row counts how often it changed hands, so
-- that an instance whose session dropped can tell, on taking the lock again, whether anyone else resolved
-- in between (then its memory is stale and it must stop) or not (then it carries on).
CREATE TABLE resolver_lease (
    name        VARCHAR(32)  PRIMARY KEY,
    epoch       BIGINT       NOT NULL,
    holder      VARCHAR(200) NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL
);
