-- The resolver lease becomes a lease in time: the holder renews expires_at (by the database's clock) well
-- within the lease time, and a standby takes the lease over once it has expired, counting the epoch up. The
-- epoch is the fencing token: every write of the holder checks it in its own transaction. The broker the
-- holder is connected to is kept for the status command.
ALTER TABLE resolver_lease ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE resolver_lease ADD COLUMN broker VARCHAR(500);
