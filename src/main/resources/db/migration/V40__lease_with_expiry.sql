-- The resolver lease becomes a lease in time. resolver_lease keeps the epoch, the fencing token that every write
-- of the holder reads (locking the row for share) in its own transaction; a takeover updates it, so it waits
-- for those writes to end. The expiry lives in a table of its own, so that renewing it (by the database's
-- clock) never waits for a write in flight: the holder renews its row while its epoch is the one there, and a
-- standby takes both over, in one transaction, once it has expired. The broker the holder is connected to is
-- kept for the status command.
ALTER TABLE resolver_lease ADD COLUMN broker VARCHAR(500);
CREATE TABLE resolver_lease_expiry (
    name       VARCHAR(32) PRIMARY KEY,
    epoch      BIGINT      NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
