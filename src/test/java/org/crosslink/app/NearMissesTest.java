package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.model.MentionKey;
import org.crosslink.model.ReportKey;
import org.crosslink.test.Cli;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A rejected candidate strong enough to weigh is kept with its evidence as a near miss, shown by 'explain' after a
 * restart, and goes with its report's erasure. A real bus: two women of one family name, one date of birth and one phone,
 * whose given names (Ana, Elena) are too far apart to be one: held apart, whatever the rest says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NearMissesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("near-misses"), Map.of());
    private Bus bus;
    private Store store;
    private String ana;

    @BeforeAll
    void story() throws Exception {
        bus = new Bus(settings).start();
        store = new Store(bus.runtime().db());
        try (Clients clients = new Clients(settings)) {
            clients.send("MET", Reports.report("MET", "MET-N-1").person("P1", "POTENTIAL_VICTIM", "Ana", "Vasilescu", "1999-04-02",
                    "PHONE=07700 900461").json());
            clients.send("GMP", Reports.report("GMP", "GMP-N-2").person("P1", "POTENTIAL_VICTIM", "Elena", "Vasilescu", "1999-04-02",
                    "PHONE=07700 900461").json());
        }
        await().atMost(WAIT).until(() -> store.total() == 2);
        ana = bus.runtime().engine().persons().mention(new MentionKey(new ReportKey("MET", "MET-N-1"), "P1")).entity().id();
    }

    @AfterAll
    void stop() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    @Order(1)
    void aCandidateHeldApartIsStoredAsANearMissWithItsEvidenceAndNoValues() {
        assertThat(store.rows("SELECT kind FROM near_miss")).hasSize(1);
        String evidence = store.one("SELECT evidence FROM near_miss");
        assertThat(evidence).contains("\"field\":\"givenName\",\"level\":\"DIFFERENT\"", "\"heldApart\":\"different given names");
        assertThat(evidence).doesNotContain("Ana", "Elena", "Vasilescu", "7700");
    }

    @Test
    @Order(2)
    void explainShowsTheNearMissAfterARestart() {
        bus.close();
        bus = new Bus(settings).start();
        store = new Store(bus.runtime().db());

        Cli.Result r = Cli.run(settings, "explain", ana);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("(?m)^Near misses \\(compared, not linked\\):\\n  MET/MET-N-1#P1 <-> GMP/GMP-N-2#P1 in P-[A-Z0-9]+\\n"
                + "    NO_MATCH p=[0-9.]+ total -?[0-9.]+ bits:.* givenName DIFFERENT [-+][0-9.]+;.* dateOfBirth EXACT .*\\n    held apart: different given names");
    }

    @Test
    @Order(3)
    void erasingEitherReportDeletesItsNearMisses() {
        assertThat(Cli.run(settings, "erase", "GMP/GMP-N-2", "--reason", "test of near misses").exit()).isZero();
        await().atMost(WAIT).until(() -> store.rows("SELECT kind FROM near_miss").isEmpty());

        Cli.Result r = Cli.run(settings, "explain", ana);

        assertThat(r.out()).contains("Near misses (compared, not linked):").doesNotContain("GMP-N-2");
    }
}
