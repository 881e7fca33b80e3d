package org.crosslink.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One resolver at a time on a shared PostgreSQL. Each bus instance holds its resolution index in memory, so two
 * instances writing to one database would each miss the other's mentions and split entities between them.
 * <p>
 * The lease is a row in {@code resolver_lease} (who holds it, and the epoch) with an expiry in
 * {@code resolver_lease_expiry}, by the database's clock. The holder renews the expiry every quarter of the lease
 * time on a connection of its own; the expiry is a row of its own so that renewing never waits for a write. Another instance stands by, trying every retry interval
 * to take it over, which it may once it has expired: a holder that died, was paused (SIGSTOP, a long GC, a frozen
 * virtual machine) or was cut off from the database loses it within the lease time, whether or not PostgreSQL has
 * noticed its session is gone. Each taking counts up the row's epoch.
 * <p>
 * Fencing: the epoch is the token. Every write of the holder (a batch, the outbox relay marking alerts sent) reads
 * it with {@code FOR SHARE} in its own transaction before it writes, and is refused ({@link LeaseLost}) when it is
 * not its own. A takeover counts both epochs up in one transaction, the expiry's first (so the old holder's
 * renewal, which names its epoch, fails from then on) and then the lease's, which waits for every transaction
 * that has read the epoch to end: a write the old holder had checked commits before the new holder loads the state, and none can
 * commit after. A checked transaction that stalls (its process paused) is ended by PostgreSQL after the lease
 * time ({@code idle_in_transaction_session_timeout}, set for that transaction only), so it cannot hold a takeover
 * up. A holder whose lease expired with nobody taking it over renews it and carries on: nobody wrote in between.
 * <p>
 * On the embedded H2 database there is nothing to share (the file admits one process): the lease is a no-op.
 */
public final class ResolverLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ResolverLease.class);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** The application name of an instance's pooled database sessions: this, then its host and process id. */
    static final String SESSION_PREFIX = "crosslink ";
    /** Ends the sessions of a holder whose lease has expired that are inside a transaction. */
    private static final String END_EXPIRED = "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(a.pid)) FROM pg_stat_activity a, "
            + "resolver_lease l, resolver_lease_expiry e WHERE l.name = 'resolver' AND e.name = 'resolver' "
            + "AND e.expires_at < clock_timestamp() AND l.holder <> ? AND a.application_name = ? || l.holder "
            + "AND a.datname = current_database() AND a.xact_start IS NOT NULL";
    private static final String EXPIRED = "UPDATE resolver_lease_expiry SET epoch = epoch + 1, "
            + "expires_at = clock_timestamp() + ? * INTERVAL '1 millisecond' "
            + "WHERE name = 'resolver' AND expires_at < clock_timestamp() RETURNING epoch";
    private static final String TAKE = "UPDATE resolver_lease SET epoch = ?, holder = ?, broker = ?, acquired_at = clock_timestamp() "
            + "WHERE name = 'resolver'";
    private static final String RENEW = "UPDATE resolver_lease_expiry SET expires_at = clock_timestamp() + ? * INTERVAL '1 millisecond' "
            + "WHERE name = 'resolver' AND epoch = ?";
    private final Database db;
    private final String holder;
    private final String broker;
    private final Duration time;
    private final Duration retry;
    private final List<Runnable> onLost = new CopyOnWriteArrayList<>();
    private final AtomicBoolean lost = new AtomicBoolean();
    private ScheduledExecutorService renewer;
    private Connection connection;
    private boolean renewFailing;
    private volatile long epoch;

    private ResolverLease(Database db, String holder, String broker, Duration time, Duration retry) {
        this.db = db;
        this.holder = holder;
        this.broker = broker;
        this.time = time;
        this.retry = retry;
    }

    /**
     * Takes the lease, standing by (trying again every {@code retry}) while another instance holds it, and renews
     * it every quarter of {@code time} until closed.
     *
     * @param broker the broker this instance is connected to, shown by the status command
     * @throws InterruptedException if stopped while standing by
     */
    public static ResolverLease acquire(Database db, Duration retry, Duration time, String broker) throws InterruptedException {
        return acquire(db, retry, time, broker, time.dividedBy(4));
    }

    /** As above, renewing every {@code renewEvery}; {@link Duration#ZERO} never renews, as a paused process would not. */
    static ResolverLease acquire(Database db, Duration retry, Duration time, String broker, Duration renewEvery)
            throws InterruptedException {
        if (db.product() != Database.Product.POSTGRESQL) {
            return new ResolverLease(db, "-", broker, time, retry);
        }
        ResolverLease lease = new ResolverLease(db, instance(), broker, time, retry);
        long since = System.nanoTime();
        int attempts = 0;
        try {
            while (!lease.tryTake(attempts % 30 == 0)) {
                if (attempts++ % 30 == 0) {
                    LOG.info("event=lease.standby holder={} retryMs={} leaseMs={}", lease.currentHolder(), retry.toMillis(),
                            time.toMillis());
                }
                Thread.sleep(retry.toMillis());
            }
        } catch (InterruptedException | RuntimeException e) {
            lease.closeConnection();
            throw e;
        }
        LOG.info("event=lease.acquired holder={} epoch={} waitedMs={}", lease.holder, lease.epoch,
                (System.nanoTime() - since) / 1_000_000);
        if (!renewEvery.isZero()) {
            lease.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "crosslink-lease");
                t.setDaemon(true);
                return t;
            });
            lease.renewer.scheduleWithFixedDelay(lease::renew, renewEvery.toMillis(), renewEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
        return lease;
    }

    /**
     * Checks, inside a write's transaction and before it writes, that this instance holds the lease; the row stays
     * locked for share until that transaction ends, so no takeover can come between the check and the commit.
     *
     * @throws LeaseLost if another instance has taken the lease: the transaction must not commit
     */
    public void check(Connection write) throws SQLException {
        if (epoch == 0) {
            return;
        }
        if (lost.get()) {
            throw new LeaseLost("this instance lost the resolver lease (epoch " + epoch + ")");
        }
        execute(write, "SET LOCAL idle_in_transaction_session_timeout = " + time.toMillis());
        long now;
        try (Statement st = write.createStatement();
             ResultSet rs = st.executeQuery("SELECT epoch FROM resolver_lease WHERE name = 'resolver' FOR SHARE")) {
            now = rs.next() ? rs.getLong(1) : 0;
        }
        if (now != epoch) {
            lose(now);
            throw new LeaseLost("another instance took the resolver lease (epoch " + epoch + " -> " + now + ")");
        }
    }

    /** Runs once when this instance finds that another has taken the lease (at a write, or renewing it). */
    public void onLost(Runnable listener) {
        onLost.add(listener);
    }

    /** The lease's epoch this instance holds: the fencing token (0 on the embedded database). */
    public long epoch() {
        return epoch;
    }

    /** Who holds the lease: host and process id. */
    public String holder() {
        return holder;
    }

    private boolean tryTake(boolean log) {
        try {
            Connection c = connection();
            execute(c, "INSERT INTO resolver_lease (name, epoch, holder, acquired_at) "
                    + "VALUES ('resolver', 0, '-', CURRENT_TIMESTAMP) ON CONFLICT (name) DO NOTHING");
            execute(c, "INSERT INTO resolver_lease_expiry (name, epoch, expires_at) "
                    + "SELECT name, epoch, CURRENT_TIMESTAMP FROM resolver_lease WHERE name = 'resolver' ON CONFLICT (name) DO NOTHING");
            c.setAutoCommit(false);
            long taken = 0;
            try (PreparedStatement ps = c.prepareStatement(EXPIRED)) {
                ps.setLong(1, time.toMillis());
                try (ResultSet rs = ps.executeQuery()) {
                    taken = rs.next() ? rs.getLong(1) : 0;
                }
            }
            if (taken != 0) {
                try (PreparedStatement ps = c.prepareStatement(TAKE)) {
                    ps.setLong(1, taken);
                    ps.setString(2, holder);
                    ps.setString(3, broker);
                    ps.executeUpdate();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            epoch = taken;
            return epoch != 0;
        } catch (SQLException e) {
            epoch = 0;
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                // a write of the old holder is still in flight: nothing was taken; if its lease has expired, end it
                rollbackQuietly();
                endExpiredHoldersWrites();
                return false;
            }
            if (log) {
                LOG.warn("event=lease.standby-error error={}", e.toString());
            }
            // a standby outlives a database restart: its connection is opened again at the next try
            closeConnection();
            return false;
        }
    }

    /**
     * A holder that stopped (paused, frozen) in the middle of a write keeps the lease's row locked; PostgreSQL ends
     * such a transaction by itself only while the session waits idle, not in the middle of a statement. Once its
     * lease has expired, the standby ends those sessions: their writes roll back, and the takeover goes through.
     * Both instances log in as the same role (or one granted {@code pg_signal_backend}).
     */
    private void endExpiredHoldersWrites() {
        try (PreparedStatement ps = connection().prepareStatement(END_EXPIRED)) {
            ps.setString(1, holder);
            ps.setString(2, SESSION_PREFIX);
            try (ResultSet rs = ps.executeQuery()) {
                long ended = rs.next() ? rs.getLong(1) : 0;
                if (ended > 0) {
                    LOG.warn("event=lease.expired-holder-ended sessions={}", ended);
                }
            }
        } catch (SQLException e) {
            LOG.warn("event=lease.expired-holder-end-failed error={}", e.toString());
        }
    }

    private synchronized void renew() {
        if (lost.get()) {
            return;
        }
        try (PreparedStatement ps = connection().prepareStatement(RENEW)) {
            ps.setLong(1, time.toMillis());
            ps.setLong(2, epoch);
            if (ps.executeUpdate() == 0) {
                lose(-1);
            } else if (renewFailing) {
                LOG.info("event=lease.renewed epoch={}", epoch);
            }
            renewFailing = false;
        } catch (SQLException | RuntimeException e) {
            if (!renewFailing) {
                LOG.warn("event=lease.renew-failed epoch={} error={}", epoch, e.toString());
                renewFailing = true;
            }
            closeConnection();
        }
    }

    private void lose(long now) {
        if (lost.compareAndSet(false, true)) {
            LOG.error("event=lease.superseded epoch={} now={}", epoch, now < 0 ? "-" : String.valueOf(now));
            if (renewer != null) {
                renewer.shutdown();
            }
            onLost.forEach(Runnable::run);
        }
    }

    /**
     * The lease's own connection, each statement a transaction. Taking or renewing the lease waits for the
     * transactions that read the epoch to end, for at most the retry interval: then it tries again later.
     */
    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = db.dedicatedConnection();
            connection.setAutoCommit(true);
            execute(connection, "SET lock_timeout = " + retry.toMillis());
            // in pg_stat_activity, the holder's and every standby's session
            execute(connection, "SET application_name = 'crosslink-lease'");
        }
        return connection;
    }

    /** Who took the lease last, for a standing-by instance's log. */
    private String currentHolder() {
        try (Statement st = connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT holder FROM resolver_lease WHERE name = 'resolver'")) {
            return rs.next() ? rs.getString(1) : "-";
        } catch (SQLException e) {
            return "-";
        }
    }

    /** Gives the lease up: a standing-by instance takes it at its next try rather than when it would expire. */
    @Override
    public synchronized void close() {
        if (renewer != null) {
            renewer.shutdownNow();
        }
        if (epoch != 0 && !lost.get()) {
            try (PreparedStatement ps = connection().prepareStatement(
                    "UPDATE resolver_lease_expiry SET expires_at = clock_timestamp() WHERE name = 'resolver' AND epoch = ?")) {
                ps.setLong(1, epoch);
                ps.executeUpdate();
                LOG.info("event=lease.released epoch={}", epoch);
            } catch (SQLException e) {
                LOG.warn("event=lease.release-failed error={}", e.toString());
            }
        }
        closeConnection();
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            closeConnection();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // gone already
            }
            connection = null;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** This process, as the lease and its database sessions name it: host and process id. */
    static String instance() {
        return host() + ":" + ProcessHandle.current().pid();
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
