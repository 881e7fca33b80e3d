package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
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
import tools.jackson.databind.JsonNode;

/** The same schema and the same bus on a real PostgreSQL, as when the bus outgrows one machine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresBusTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private EmbeddedPostgres postgres;
    private Settings settings;

    @BeforeAll
    void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
        settings = TestSettings.create(TestSettings.newDataDir("postgres"), Map.of(
                "crosslink.db.url", postgres.getJdbcUrl("postgres", "postgres"),
                "crosslink.db.user", "postgres"));
    }

    @AfterAll
    void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void reportsAreStoredResolvedAndReloadedFromPostgres() throws Exception {
        String a = Reports.report("MET", "MET-PG-1").person("P1", "POTENTIAL_VICTIM", "Mihai", "Popa", "1990-06-07", "PHONE=07700 900461")
                .livesAt("L1").address("L1", "ADDRESS", null, List.of("12 Mill Lane"), "Luton", "LU1 1AA").json();
        String b = Reports.report("GMP", "GMP-PG-2").person("P1", "SUSPECT", "Mihai", "POPA", "1990-06-07", "PHONE=+44 7700 900461").json();
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            assertThat(bus.runtime().db().product()).isEqualTo(Database.Product.POSTGRESQL);
            Store store = new Store(bus.runtime().db());
            clients.send("MET", a);
            clients.send("GMP", b);
            clients.send("GMP", b);
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 2 && store.count("DUPLICATE") == 1);
            assertThat(store.rows("SELECT DISTINCT entity_id FROM mention WHERE kind = 'P'")).hasSize(1);
            assertThat(store.one("SELECT COUNT(*) FROM link")).isEqualTo("1");

            // the relay renders the alert from what it reads back from PostgreSQL: both reports, the link between them
            Message alert = clients.as("NCA-MSHT").receive("crosslink.alerts::alerts.NCA-MSHT", WAIT.toMillis());
            assertThat(alert).isNotNull();
            JsonNode json = Json.MAPPER.readTree(((TextMessage) alert).getText());
            assertThat(json.path("type").asString()).isEqualTo("CROSS_FORCE_PERSON");
            assertThat(json.path("reports").findValuesAsString("reportId")).containsExactlyInAnyOrder("MET-PG-1", "GMP-PG-2");
            assertThat(json.path("explanation")).hasSize(1);
        }
        try (Bus bus = new Bus(settings).start()) {
            assertThat(bus.runtime().engine().persons().mentionCount()).isEqualTo(2);
            assertThat(bus.runtime().engine().persons().entityCount()).isEqualTo(1);
        }
    }
}
