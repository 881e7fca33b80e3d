package org.crosslink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.model.MentionKey;
import org.crosslink.model.ReportKey;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.Resolver;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.BlockingKeys;
import org.crosslink.store.Database;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** The bus restarted on the same data directory remembers what it has seen and resolved. */
class RestartTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void afterARestartTheDedupeStateAndTheEntitiesHold() throws Exception {
        Path dir = TestSettings.newDataDir("restart");
        Settings settings = TestSettings.create(dir, Map.of());
        String first = Reports.report("MET", "MET-R-1").person("P1", "SUSPECT", "Ionut", "Ionescu", "1985-03-04").json();
        String entityBefore;
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            clients.send("MET", first);
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 1);
            entityBefore = store.one("SELECT entity_id FROM mention WHERE report_key = 'MET/MET-R-1'");
        }

        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            clients.send("MET", first);
            clients.send("GMP", Reports.report("GMP", "GMP-R-2")
                    .person("P1", "SUSPECT", "Ionut", "IONESCU", "1985-03-04").json());

            await().atMost(WAIT).until(() -> store.count("DUPLICATE") == 1 && store.count("ACCEPTED") == 2);
            assertThat(store.one("SELECT entity_id FROM mention WHERE report_key = 'GMP/GMP-R-2'")).isEqualTo(entityBefore);
            assertThat(bus.runtime().engine().persons().mentionCount()).isEqualTo(2);
        }
    }

    @Test
    void aStoreWrittenUnderAnotherVersionsBlockingKeysIsReKeyedWhenItLoads() throws Exception {
        Path dir = TestSettings.newDataDir("restart-rekey");
        Settings settings = TestSettings.create(dir, Map.of());
        String entityBefore;
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            clients.send("MET", Reports.report("MET", "MET-K-1").person("P1", "POTENTIAL_VICTIM", "Ionut", "Ionescu", "1985-03-04").json());
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 1);
            entityBefore = store.one("SELECT entity_id FROM mention WHERE report_key = 'MET/MET-K-1'");
        }
        // as a version with other blocking keys would have left it: under a key this version never gives
        try (Database db = BusRuntime.openDatabase(settings)) {
            db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE mention SET blocking_keys = X'0000000000000001'"));
        }

        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            clients.send("GMP", Reports.report("GMP", "GMP-K-2").person("P1", "SUSPECT", "Ionut", "IONESCU", "1985-03-04").json());
            await().atMost(WAIT).until(() -> store.count("ACCEPTED") == 2);

            assertThat(store.one("SELECT entity_id FROM mention WHERE report_key = 'GMP/GMP-K-2'")).isEqualTo(entityBefore);
            Resolver<PersonRecord> persons = bus.runtime().engine().persons();
            PersonRecord first = persons.mention(new MentionKey(new ReportKey("MET", "MET-K-1"), "P1")).record();
            byte[] stored = bus.runtime().db().inTransaction(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT blocking_keys FROM mention WHERE report_key = 'MET/MET-K-1'")) {
                    rs.next();
                    return rs.getBytes(1);
                }
            });
            assertThat(BlockingKeys.sameKeys(stored, persons.keyHashes(first))).as("keys written back").isTrue();
        }
    }
}
