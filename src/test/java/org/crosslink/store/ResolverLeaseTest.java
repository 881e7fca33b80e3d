package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.crosslink.app.RunCommand;
import org.crosslink.audit.AuditKey;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * Two bus instances on one PostgreSQL: one resolves, the other stands by; one that lost its lease writes nothing,
 * publishes nothing and acknowledges nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResolverLeaseTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration LEASE = Duration.ofMillis(1500);
    /** The audit keys of every instance of this class: instances of one store must share them, or the second is refused. */
    private static final Path KEYS = TestSettings.newDataDir("lease-keys");
    private EmbeddedPostgres postgres;

    @BeforeAll
    void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void aSecondInstanceStandsByUntilTheFirstClosesThenCarriesOnItsEntities() throws Exception {
        String url = database("standby");
        Settings first = on(url, "lease-first");
        Settings second = on(url, "lease-second");
        String person = Reports.report("MET", "MET-L-1").person("P1", "POTENTIAL_VICTIM", "Mihai", "Popa", "1990-06-07").json();
        CompletableFuture<Bus> standby;
        String entity;
        try (Bus bus = new Bus(first).start(); Clients clients = new Clients(first)) {
            Store store = new Store(bus.runtime().db());
            clients.send("MET", person);
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 1);
            entity = store.one("SELECT entity_id FROM mention WHERE report_key = 'MET/MET-L-1'");

            standby = CompletableFuture.supplyAsync(() -> new Bus(second).start());
            awaitStandingBy(url, bus);
            // standing by, it runs no broker of its own
            assertThat(listening(second.getInt("crosslink.broker.core-port"))).isFalse();

            // the first still resolves while the second waits: the lease is not taken from it
            clients.send("MET", Reports.report("MET", "MET-L-1B").person("P1", "WITNESS", "Dana", "Lungu", "1992-01-05").json());
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 2);
            assertThat(standby).isNotDone();
            assertThat(count(url, "SELECT epoch FROM resolver_lease WHERE name = 'resolver'")).isEqualTo(1);
        }

        try (Bus bus = standby.get(WAIT.toSeconds(), TimeUnit.SECONDS); Clients clients = new Clients(second)) {
            Store store = new Store(bus.runtime().db());
            assertThat(bus.runtime().engine().persons().mentionCount()).isEqualTo(2);
            assertThat(count(url, "SELECT epoch FROM resolver_lease WHERE name = 'resolver'")).isEqualTo(2);
            clients.send("GMP", Reports.report("GMP", "GMP-L-2").person("P1", "SUSPECT", "Mihai", "POPA", "1990-06-07").json());
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 3);
            assertThat(store.one("SELECT entity_id FROM mention WHERE report_key = 'GMP/GMP-L-2'")).isEqualTo(entity);
        }
    }

    @Test
    void anInstanceWhoseLeaseExpiredWithNobodyTakingItOverRenewsItAndCarriesOn() throws Exception {
        String url = database("expired");
        Settings settings = on(url, "lease-expired");
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            // it was paused, or cut off from the database, for longer than the lease, and no standby was there
            admin(url, "UPDATE resolver_lease_expiry SET expires_at = clock_timestamp() - INTERVAL '1 minute'");
            clients.send("MET", Reports.report("MET", "MET-L-4").person("P1", "SUSPECT", "Ana", "Lupu", "1988-01-02").json());

            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 1);
            await().atMost(WAIT).until(() -> count(url, "SELECT COUNT(*) FROM resolver_lease_expiry WHERE expires_at > clock_timestamp()") == 1);
            assertThat(count(url, "SELECT epoch FROM resolver_lease")).isEqualTo(1);
        }
    }

    @Test
    void anInstanceThatLostItsLeaseWritesNothingAndLeavesTheReportOnTheQueue() throws Exception {
        String url = database("fenced");
        Settings settings = on(url, "lease-fenced");
        AtomicBoolean lost = new AtomicBoolean();
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            bus.runtime().onLeaseLost(() -> lost.set(true));
            Store store = new Store(bus.runtime().db());
            // another instance took the lease meanwhile (this one was paused or cut off), resolved, and left
            takenOverElsewhere(url);
            clients.send("MET", Reports.report("MET", "MET-L-3").person("P1", "SUSPECT", "Ana", "Lupu", "1988-01-02").json());

            await().atMost(WAIT).untilTrue(lost);
            assertThat(store.total()).isZero();
        }

        // started again, as its supervisor would, it holds the lease and takes the report it left on the queue
        try (Bus bus = new Bus(settings).start()) {
            Store store = new Store(bus.runtime().db());
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 1);
        }
    }

    /** A supervisor (systemd, Kubernetes) tells a lost lease from a crash by the exit code, and starts it again to stand by. */
    @Test
    void theRunCommandExitsWithCodeThreeWhenAnotherInstanceTookItsLeaseEvenWithNoReportArriving() throws Exception {
        String url = database("runexit");
        Settings settings = on(url, "lease-run");
        List<String> args = new ArrayList<>();
        for (String key : List.of("crosslink.data-dir", "crosslink.broker.core-port", "crosslink.broker.amqp-port",
                "crosslink.broker.stomp-port", "crosslink.broker.in-vm-id", "crosslink.intake.idle-wait-ms",
                "crosslink.db.url", "crosslink.db.user", "crosslink.db.lease-retry-ms", "crosslink.db.lease-ms",
                "crosslink.audit.key", "crosslink.audit.signing-key", "crosslink.audit.verify-key")) {
            args.addAll(List.of("-p", key + "=" + settings.get(key)));
        }
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> new CommandLine(new RunCommand()).execute(args.toArray(String[]::new)));
        // it runs: it takes reports (its broker starts once it holds the lease)
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            try (Clients clients = new Clients(settings)) {
                clients.send("MET", Reports.report("MET", "MET-L-9").person("P1", "SUSPECT", "Ana", "Lupu", "1988-01-02").json());
            }
            return true;
        });
        await().atMost(WAIT).until(() -> count(url, "SELECT COUNT(*) FROM report") == 1);

        // no report need arrive: renewing its lease, it finds it taken
        takenOverElsewhere(url);

        assertThat(run.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(3);
        // it closed its bus on the way out: started again, it takes the lease once the other's has expired
        try (Bus bus = new Bus(settings).start()) {
            assertThat(bus.runtime().lease().epoch()).isEqualTo(3);
            assertThat(bus.runtime().engine().persons().mentionCount()).isEqualTo(1);
        }
    }

    /** A holder paused (SIGSTOP) between checking the lease in a batch's transaction and committing it. */
    @Test
    void aHolderPausedInsideAWriteDoesNotHoldUpTheStandbyAndCannotCommitAfterIt() throws Exception {
        String url = database("paused");
        try (Database db = Database.open(url, "postgres", "", TestSettings.newDataDir("lease-paused"), 4, false)) {
            ResolverLease paused = ResolverLease.acquire(db, Duration.ofMillis(100), LEASE, "test", Duration.ZERO);
            Connection write = db.connection();
            paused.check(write);
            write.createStatement().execute("INSERT INTO intake_count (source, outcome, n) VALUES ('MET', 'ACCEPTED', 1)");

            try (ResolverLease standby = ResolverLease.acquire(db, Duration.ofMillis(100), LEASE, "test")) {
                assertThat(standby.epoch()).isEqualTo(paused.epoch() + 1);
                // PostgreSQL ended the stalled transaction, which otherwise would have kept the standby waiting
                assertThatThrownBy(write::commit).isInstanceOf(SQLException.class);
                try (Connection again = db.connection()) {
                    assertThatThrownBy(() -> paused.check(again)).isInstanceOf(ResolverLease.LeaseLost.class);
                    again.rollback();
                }
                assertThat(count(url, "SELECT COUNT(*) FROM intake_count")).isZero();
            } finally {
                write.close();
                paused.close();
            }
        }
    }

    /** PostgreSQL ends an idle transaction by itself, not one stopped in the middle of a statement. */
    @Test
    void aHolderStoppedInTheMiddleOfAStatementIsEndedByTheStandbyOnceItsLeaseHasExpired() throws Exception {
        String url = database("midstatement");
        try (Database db = Database.open(url, "postgres", "", TestSettings.newDataDir("lease-mid"), 4, false);
             ResolverLease paused = ResolverLease.acquire(db, Duration.ofMillis(100), LEASE, "test", Duration.ZERO)) {
            // the holder is another process, whose sessions carry its name
            admin(url, "UPDATE resolver_lease SET holder = 'elsewhere:1'");
            Properties login = new Properties();
            login.setProperty("user", "postgres");
            login.setProperty("ApplicationName", ResolverLease.SESSION_PREFIX + "elsewhere:1");
            Connection stuck = DriverManager.getConnection(url, login);
            stuck.setAutoCommit(false);
            stuck.createStatement().executeQuery("SELECT epoch FROM resolver_lease WHERE name = 'resolver' FOR SHARE").close();
            CompletableFuture<Boolean> statement = CompletableFuture.supplyAsync(() -> {
                try {
                    return stuck.createStatement().execute("SELECT pg_sleep(600)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            CompletableFuture<ResolverLease> standby = CompletableFuture.supplyAsync(() -> {
                try {
                    return ResolverLease.acquire(db, Duration.ofMillis(100), LEASE, "test");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (ResolverLease taken = standby.get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                assertThat(taken.epoch()).isEqualTo(paused.epoch() + 1);
                assertThatThrownBy(() -> statement.get(WAIT.toSeconds(), TimeUnit.SECONDS)).hasMessageContaining("terminating connection due to administrator command");
            } finally {
                stuck.close();
            }
        }
    }

    @Test
    void anInstanceThatLostTheLeasePublishesNoAlertAndLeavesItInTheOutbox() throws Exception {
        String url = database("relay");
        try (Database db = Database.open(url, "postgres", "", TestSettings.newDataDir("lease-relay"), 4, false);
             ResolverLease lease = ResolverLease.acquire(db, Duration.ofMillis(100), LEASE, "test", Duration.ZERO)) {
            admin(url, "INSERT INTO outbox (id, alert_id, version, state, created_at) VALUES (1, 'A-1', 1, '{}', clock_timestamp())");
            Outbox outbox = new Outbox(db, new AuditLog(AuditKey.of(new byte[32])));
            outbox.fence(lease);
            takenOverElsewhere(url);
            AtomicBoolean sent = new AtomicBoolean();

            assertThatThrownBy(() -> outbox.publish(List.of(1L), Instant.now(), List.of(), () -> sent.set(true)))
                    .isInstanceOf(ResolverLease.LeaseLost.class);
            assertThat(sent).isFalse();
            assertThat(outbox.pending()).isEqualTo(1);
        }
    }

    @Test
    void theHolderPublishesAndMarksTheAlertSentInOneFencedTransaction() throws Exception {
        String url = database("relayheld");
        try (Database db = Database.open(url, "postgres", "", TestSettings.newDataDir("lease-relay-held"), 4, false);
             ResolverLease lease = ResolverLease.acquire(db, Duration.ofMillis(100), LEASE, "test", Duration.ZERO)) {
            admin(url, "INSERT INTO outbox (id, alert_id, version, state, created_at) VALUES (1, 'A-1', 1, '{}', clock_timestamp())");
            Outbox outbox = new Outbox(db, new AuditLog(AuditKey.of(new byte[32])));
            outbox.fence(lease);
            AtomicBoolean sent = new AtomicBoolean();

            outbox.publish(List.of(1L), Instant.now(), List.of(), () -> sent.set(true));
            assertThat(sent).isTrue();
            assertThat(outbox.pending()).isZero();
        }
    }

    /**
     * Waits until another instance is standing by for the lease that {@code holder} has: besides the holder's, a
     * lease session has been at work since the holder took it.
     */
    private static void awaitStandingBy(String url, Bus holder) {
        assertThat(holder.runtime().lease().epoch()).isPositive();
        await().atMost(WAIT).until(() -> count(url, "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'crosslink-lease' "
                + "AND xact_start IS NULL AND state_change > (SELECT acquired_at FROM resolver_lease)") >= 2);
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An instance on the database, with a data directory of its own and the audit keys every instance shares. */
    private Settings on(String url, String dir) {
        return TestSettings.create(TestSettings.newDataDir(dir), Map.of("crosslink.db.url", url,
                "crosslink.db.user", "postgres", "crosslink.db.lease-retry-ms", "100", "crosslink.db.lease-ms", String.valueOf(LEASE.toMillis()),
                "crosslink.audit.key", KEYS.resolve("audit.key").toString(),
                "crosslink.audit.signing-key", KEYS.resolve("audit-signing.key").toString(),
                "crosslink.audit.verify-key", KEYS.resolve("audit-signing.pub").toString()));
    }

    private String database(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What another instance taking the lease over does: both epochs counted up. */
    private static void takenOverElsewhere(String url) throws SQLException {
        admin(url, "UPDATE resolver_lease_expiry SET epoch = epoch + 1");
        admin(url, "UPDATE resolver_lease SET epoch = epoch + 1, holder = 'elsewhere:1'");
    }

    private static void admin(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
