package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the database says about a deployment, for the status command: who holds the resolver lease and until
 * when, the broker the holder is connected to, the outbox's backlog, the last commit and the intake's counts.
 * Every time is the database's, so that a lease's expiry is judged by the clock that decides it.
 */
public final class DeploymentState {
    private DeploymentState() {
    }

    /** The resolver lease as the database holds it. */
    public record Lease(String holder, long epoch, Instant acquiredAt, Instant expiresAt, String broker) {
        /** True while the holder renews it; false once a standby may take it over. */
        public boolean live(Instant now) {
            return expiresAt != null && expiresAt.isAfter(now);
        }
    }

    /**
     * @param lease      empty on the embedded database, where there is nothing to share, or before any instance held it
     * @param lastCommit when the newest entry of the audit log (every batch and every publication writes one) was written
     */
    public record Snapshot(Instant now, Optional<Lease> lease, long outboxBacklog, Optional<Instant> lastCommit,
                           Map<String, Long> outcomes) {
    }

    public static Snapshot read(Database db) throws SQLException {
        try (Connection c = db.connection()) {
            Snapshot s = new Snapshot(now(c), lease(c), count(c, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"),
                    lastCommit(c), outcomes(c));
            c.rollback();
            return s;
        }
    }

    private static Instant now(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CURRENT_TIMESTAMP"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    private static Optional<Lease> lease(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT l.holder, l.epoch, l.acquired_at, e.expires_at, l.broker FROM resolver_lease l "
                        + "JOIN resolver_lease_expiry e ON e.name = l.name WHERE l.name = 'resolver' AND l.epoch > 0");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Lease(rs.getString(1), rs.getLong(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)),
                    rs.getString(5)));
        }
    }

    private static Optional<Instant> lastCommit(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.at FROM audit_log a JOIN audit_head h ON a.seq = h.seq");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
        }
    }

    private static Map<String, Long> outcomes(Connection c) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT outcome, SUM(n) FROM intake_count GROUP BY outcome");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
