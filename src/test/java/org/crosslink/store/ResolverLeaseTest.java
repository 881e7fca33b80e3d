package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.crosslink.app.RunCommand;
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

/** Two bus instances on one PostgreSQL: one resolves, the other stands by; one that lost its lease writes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResolverLeaseTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
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
    void anInstanceWhoseSessionDroppedTakesTheLeaseAgainWhenNobodyHadItInBetween() throws Exception {
        String url = database("retaken");
        Settings settings = on(url, "lease-retaken");
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            int before = bus.runtime().lease().pid();
            admin(url, "SELECT pg_terminate_backend(" + before + ")");
            clients.send("MET", Reports.report("MET", "MET-L-4").person("P1", "SUSPECT", "Ana", "Lupu", "1988-01-02").json());

            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 1);
            assertThat(bus.runtime().lease().pid()).isNotEqualTo(before);
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
            // its session ended (a network cut) and another instance took the lease meanwhile, resolved, and left
            admin(url, "SELECT pg_terminate_backend(" + bus.runtime().lease().pid() + ")");
            admin(url, "UPDATE resolver_lease SET epoch = epoch + 1, holder = 'elsewhere:1'");
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
    void theRunCommandExitsWithCodeThreeWhenAnotherInstanceTookItsLease() throws Exception {
        String url = database("runexit");
        Settings settings = on(url, "lease-run");
        List<String> args = new ArrayList<>();
        for (String key : List.of("crosslink.data-dir", "crosslink.broker.core-port", "crosslink.broker.amqp-port",
                "crosslink.broker.stomp-port", "crosslink.broker.in-vm-id", "crosslink.intake.idle-wait-ms",
                "crosslink.db.url", "crosslink.db.user", "crosslink.db.lease-retry-ms")) {
            args.addAll(List.of("-p", key + "=" + settings.get(key)));
        }
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> new CommandLine(new RunCommand()).execute(args.toArray(String[]::new)));
        // the lease is taken when its row is written (the table may not exist yet while the command starts)
        await().atMost(WAIT).ignoreExceptions().until(() -> count(url, "SELECT count(*) FROM resolver_lease") == 1);

        admin(url, "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted");
        admin(url, "UPDATE resolver_lease SET epoch = epoch + 1, holder = 'elsewhere:1'");
        try (Clients clients = new Clients(settings)) {
            clients.send("MET", Reports.report("MET", "MET-L-9").person("P1", "SUSPECT", "Ana", "Lupu", "1988-01-02").json());
        }

        assertThat(run.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(3);
        // it closed its bus on the way out: started again, it takes the report it left on the queue
        try (Bus bus = new Bus(settings).start()) {
            Store store = new Store(bus.runtime().db());
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 1);
        }
    }

    @Test
    void afterADatabaseRestartTheStandbyMayTakeOverAndTheOldHolderThenStops() throws Exception {
        Path dir = TestSettings.newDataDir("lease-restart");
        int port = TestSettings.freePort();
        EmbeddedPostgres restartable = restartable(dir.resolve("pg"), port);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        Settings first = on(url, "lease-restart-first");
        Settings second = on(url, "lease-restart-second");
        AtomicBoolean lost = new AtomicBoolean();
        try (Bus bus = new Bus(first).start(); Clients clients = new Clients(first)) {
            bus.runtime().onLeaseLost(() -> lost.set(true));
            Store store = new Store(bus.runtime().db());
            clients.send("MET", Reports.report("MET", "MET-L-5").person("P1", "WITNESS", "Ion", "Rusu", "1979-04-03").json());
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 1);
            CompletableFuture<Bus> standby = CompletableFuture.supplyAsync(() -> new Bus(second).start());
            // standing by for over a second: its pool's connections, idle since, are checked before use after the restart
            // (Hikari trusts a connection used within the last 500 ms)
            awaitStandingBy(url, bus, "AND backend_start < now() - interval '1 second'");
            assertThat(standby).isNotDone();

            // both sessions end; the standby, trying every 100 ms, takes the lock first
            restartable.close();
            restartable = restartable(dir.resolve("pg"), port);
            try (Bus taken = standby.get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                assertThat(taken.runtime().engine().persons().mentionCount()).isEqualTo(1);
                clients.send("MET", Reports.report("MET", "MET-L-6").person("P1", "WITNESS", "Ana", "Stan", "1985-02-01").json());
                await().atMost(WAIT).untilTrue(lost);
                assertThat(new Store(taken.runtime().db()).count("ACCEPTED")).isEqualTo(1);
            }
        } finally {
            restartable.close();
        }
    }

    /**
     * Waits until another instance is standing by for the lease that {@code holder} has: a database session other
     * than the holder's asks for the lease's lock again and again, and is refused.
     */
    private static void awaitStandingBy(String url, Bus holder) {
        awaitStandingBy(url, holder, "");
    }

    private static void awaitStandingBy(String url, Bus holder, String andAlso) {
        int pid = holder.runtime().lease().pid();
        assertThat(pid).isPositive();
        await().atMost(WAIT).until(() -> count(url, "SELECT COUNT(*) FROM pg_stat_activity WHERE pid <> " + pid
                + " AND query LIKE 'SELECT pg_try_advisory_lock%' " + andAlso) > 0);
    }

    private static EmbeddedPostgres restartable(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private Settings on(String url, String dir) {
        return TestSettings.create(TestSettings.newDataDir(dir), Map.of("crosslink.db.url", url,
                "crosslink.db.user", "postgres", "crosslink.db.lease-retry-ms", "100"));
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

    private static void admin(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
