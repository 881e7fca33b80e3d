package org.crosslink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database goes away mid-stream: intake pauses, nothing is dead-lettered, and it resumes without loss;
 * with the commit one batch after another, and pipelined (a batch may be in flight when the database goes).
 */
class DatabaseOutageTest {
    private static final Duration WAIT = Duration.ofMinutes(2);

    @ParameterizedTest(name = "pipelined commit: {0}")
    @ValueSource(booleans = {false, true})
    void processingPausesWhileTheDatabaseIsAwayAndResumesWithoutLoss(boolean pipelined) throws Exception {
        Path dir = TestSettings.newDataDir("outage");
        Path pgData = dir.resolve("pg");
        int pgPort = TestSettings.freePort();
        EmbeddedPostgres pg = postgres(pgData, pgPort);
        Settings settings = TestSettings.create(dir, Map.of(
                "crosslink.db.url", "jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "crosslink.db.user", "postgres",
                "crosslink.errors.outage-max-backoff-ms", "1000",
                "crosslink.intake.pipeline-commit", Boolean.toString(pipelined)));
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            for (int i = 0; i < 100; i++) {
                clients.send("MET", report(i));
            }
            await().atMost(WAIT).until(() -> store.total() == 100);

            pg.close();
            for (int i = 100; i < 300; i++) {
                clients.send("MET", report(i));
            }
            await().atMost(WAIT).until(() -> bus.runtime().batchStage().pauses() > 0);
            pg = postgres(pgData, pgPort);

            await().atMost(WAIT).until(() -> store.total() == 300);
            assertThat(store.counts()).containsExactly(Map.entry("ACCEPTED", 300L));
            assertThat(store.one("SELECT COUNT(*) FROM report")).isEqualTo("300");
        } finally {
            pg.close();
        }
    }

    private static String report(int i) {
        return Reports.report("MET", "MET-OUT-" + i).person("P1", "WITNESS", "Given" + i, "Family" + i, null).json();
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }
}
