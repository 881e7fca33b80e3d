package org.crosslink.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One resolver at a time on a shared PostgreSQL. Each bus instance holds its resolution index in memory, so two
 * instances writing to one database would each miss the other's mentions and split entities between them. The
 * instance that resolves holds a PostgreSQL advisory lock on a connection of its own; another instance started
 * on the same database stands by until the lock is free (the holder closed, or died and PostgreSQL ended its
 * session), and only then loads the state and takes reports. Each taking of the lease counts up an epoch in
 * {@code resolver_lease}.
 * <p>
 * Fencing: every batch transaction takes a second lock, shared, and checks in the same transaction that this
 * instance's session holds the first. A new holder takes the second lock exclusively once before it loads, so
 * a batch the old holder had checked finishes committing before the new one reads. An instance whose session
 * dropped (a database restart, a network cut) takes the lock again at its next batch if it is free and the
 * epoch is still its own: nobody resolved in between, and it carries on. Otherwise it has lost the lease
 * ({@link LeaseLost}): it must write nothing more and stop taking reports.
 * <p>
 * On the embedded H2 database there is nothing to share (the file admits one process): the lease is a no-op.
 */
public final class ResolverLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ResolverLease.class);
    /** Advisory lock keys: the namespace "clnk", then the lease and the fence. */
    private static final int NAMESPACE = 0x636c6e6b;
    private static final int LEADER = 1;
    private static final int FENCE = 2;
    private static final String OWNED = "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
            + "AND classid = CAST(? AS oid) AND objid = CAST(? AS oid) AND objsubid = 2 AND pid = ?";
    private final Database db;
    private final String holder;
    private Connection held;
    private volatile int pid;
    private long epoch;

    private ResolverLease(Database db, String holder) {
        this.db = db;
        this.holder = holder;
    }

    /**
     * Takes the lease, standing by (trying again every {@code retry}) while another instance holds it.
     *
     * @throws SQLException if the database cannot be reached; InterruptedException if stopped while standing by
     */
    public static ResolverLease acquire(Database db, Duration retry) throws SQLException, InterruptedException {
        if (db.product() != Database.Product.POSTGRESQL) {
            return new ResolverLease(db, "-");
        }
        ResolverLease lease = new ResolverLease(db, host() + ":" + ProcessHandle.current().pid());
        long since = System.nanoTime();
        int attempts = 0;
        try {
            while (!lease.takeWhileStandingBy(attempts % 30 == 0)) {
                if (attempts++ % 30 == 0) {
                    LOG.info("event=lease.standby holder={} retryMs={}", lease.currentHolder(), retry.toMillis());
                }
                Thread.sleep(retry.toMillis());
            }
            lease.epoch = lease.countUp();
        } catch (SQLException | InterruptedException | RuntimeException e) {
            lease.close();
            throw e;
        }
        LOG.info("event=lease.acquired holder={} epoch={} waitedMs={}", lease.holder, lease.epoch,
                (System.nanoTime() - since) / 1_000_000);
        return lease;
    }

    /**
     * Checks, inside a batch's transaction and before it writes, that this instance holds the lease.
     *
     * @throws LeaseLost if another instance holds it, or held it since: the batch must not commit
     */
    public void check(Connection batch) throws SQLException {
        if (epoch == 0) {
            return;
        }
        if (!owned(batch)) {
            retake();
        }
        execute(batch, "SELECT pg_advisory_xact_lock_shared(" + NAMESPACE + ", " + FENCE + ")");
        if (!owned(batch)) {
            throw new LeaseLost("this instance's session no longer holds the resolver lease");
        }
    }

    /** The session dropped under a running instance: take the lease again, if nobody had it in between. */
    private void retake() throws SQLException {
        closeHeld();
        try {
            if (!take()) {
                throw new LeaseLost("another instance holds the resolver lease: " + currentHolder());
            }
            long now = currentEpoch();
            if (now != epoch) {
                throw new LeaseLost("another instance held the resolver lease since (epoch " + epoch + " -> " + now + ")");
            }
        } catch (SQLException | RuntimeException e) {
            // not verified: let go, so that no later check finds this session holding the lock
            closeHeld();
            throw e;
        }
        LOG.info("event=lease.retaken holder={} epoch={}", holder, epoch);
    }

    /** A standby outlives a database restart: its connection is opened again at the next try. */
    private boolean takeWhileStandingBy(boolean log) {
        try {
            return take();
        } catch (SQLException e) {
            if (log) {
                LOG.warn("event=lease.standby-error error={}", e.toString());
            }
            closeHeld();
            return false;
        }
    }

    private boolean take() throws SQLException {
        if (held == null) {
            held = db.dedicatedConnection();
            held.setAutoCommit(true);
        }
        try (Statement st = held.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + NAMESPACE + ", " + LEADER + ")")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return false;
            }
        }
        // a batch the last holder had checked commits before this instance reads
        execute(held, "SELECT pg_advisory_lock(" + NAMESPACE + ", " + FENCE + ")");
        execute(held, "SELECT pg_advisory_unlock(" + NAMESPACE + ", " + FENCE + ")");
        try (Statement st = held.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        return true;
    }

    private long countUp() throws SQLException {
        try (PreparedStatement ps = held.prepareStatement("INSERT INTO resolver_lease (name, epoch, holder, acquired_at) "
                + "SELECT 'resolver', 0, ?, CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM resolver_lease WHERE name = 'resolver')")) {
            ps.setString(1, holder);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = held.prepareStatement(
                "UPDATE resolver_lease SET epoch = epoch + 1, holder = ?, acquired_at = CURRENT_TIMESTAMP WHERE name = 'resolver'")) {
            ps.setString(1, holder);
            ps.executeUpdate();
        }
        return currentEpoch();
    }

    private long currentEpoch() throws SQLException {
        try (Statement st = held.createStatement();
             ResultSet rs = st.executeQuery("SELECT epoch FROM resolver_lease WHERE name = 'resolver'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private boolean owned(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OWNED)) {
            ps.setInt(1, NAMESPACE);
            ps.setInt(2, LEADER);
            ps.setInt(3, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** Who took the lease last, for a standing-by instance's log. */
    private String currentHolder() {
        if (held == null) {
            return "-";
        }
        try (Statement st = held.createStatement();
             ResultSet rs = st.executeQuery("SELECT holder FROM resolver_lease WHERE name = 'resolver'")) {
            return rs.next() ? rs.getString(1) : "-";
        } catch (SQLException e) {
            return "-";
        }
    }

    /** The database session holding the lease (PostgreSQL's backend pid); 0 on the embedded database. */
    public int pid() {
        return pid;
    }

    /** Gives the lease up: a standing-by instance takes it within its retry interval. */
    @Override
    public void close() {
        closeHeld();
    }

    private void closeHeld() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException e) {
                LOG.warn("event=lease.release-failed error={}", e.toString());
            }
            held = null;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** This instance lost the resolver lease to another: it must write nothing more and stop taking reports. */
    public static final class LeaseLost extends RuntimeException {
        public LeaseLost(String message) {
            super(message);
        }
    }
}
