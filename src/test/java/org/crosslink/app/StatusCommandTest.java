package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.test.Cli;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** 'status' tells an operator, or a monitor by its exit code, who resolves, since when, and what waits where. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusCommandTest {
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
    void itShowsTheHolderItsBrokerTheReportsWaitingOnEachQueueTheOutboxAndTheLastCommit() throws Exception {
        Settings settings = onPostgres("statusheld");
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            clients.send("MET", Reports.report("MET", "MET-S-1").person("P1", "WITNESS", "Ana", "Lupu", "1988-01-02").json());
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 1);
            // intake stopped: what the forces send now waits on their queues
            bus.camel().getRouteController().stopRoute("intake-batch");
            for (int i = 0; i < 3; i++) {
                clients.send("GMP", Reports.report("GMP", "GMP-S-" + i).person("P1", "WITNESS", "Ion", "Rusu", null).json());
            }

            Cli.Result r = status(settings);

            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).containsPattern("lease +held by .+:" + ProcessHandle.current().pid() + " since .+, epoch 1, expires in")
                    .contains("its broker    embedded tcp://127.0.0.1:" + settings.get("crosslink.broker.core-port"))
                    .containsPattern("intel\\.inbound\\.GMP +3")
                    .contains("3 reports waiting")
                    .contains("outbox        0 alert changes waiting")
                    .contains("reports       accepted 1")
                    .containsPattern("last commit +20\\d\\d-");
        }
    }

    @Test
    void onceTheHolderHasStoppedItSaysTheLeaseIsFreeAndExitsTwo() throws Exception {
        Settings settings = onPostgres("statusfree");
        try (Bus bus = new Bus(settings).start()) {
            assertThat(bus.runtime().lease().epoch()).isEqualTo(1);
        }

        Cli.Result r = status(settings);

        assertThat(r.exit()).isEqualTo(StatusCommand.DEGRADED);
        assertThat(r.out()).contains("EXPIRED", "a standby may take it over", "does not answer");
    }

    @Test
    void onTheEmbeddedDefaultsItReadsTheRunningBus() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("status-embedded"), Map.of());
        try (Bus bus = new Bus(settings).start()) {
            Cli.Result r = Cli.run(settings, "status");

            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("none: the embedded database admits one instance", "0 reports waiting", "dead letters  0");
        }
    }

    private static Cli.Result status(Settings settings) {
        return Cli.run(settings, "status", "-p", "crosslink.db.url=" + settings.get("crosslink.db.url"), "-p", "crosslink.db.user=postgres");
    }

    private Settings onPostgres(String name) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return TestSettings.create(TestSettings.newDataDir(name), Map.of("crosslink.db.url", postgres.getJdbcUrl("postgres", name),
                "crosslink.db.user", "postgres", "crosslink.db.lease-ms", "2000"));
    }
}
