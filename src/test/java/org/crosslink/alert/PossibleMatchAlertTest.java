package org.crosslink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * Two sources' persons possibly the same: the coordinators are asked to review; joined later, the question ends. A link
 * a rule keeps as a question, though its probability reaches a match, is asked as such.
 */
class PossibleMatchAlertTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aPossibleMatchAcrossSourcesGoesToTheCoordinatorsAloneAndEndsWhenTheTwoAreJoined() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("possible-match"), Map.of());
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            // the same name, the same month and year of birth, the day not known to one: possibly one person, not surely
            clients.send("MET", Reports.report("MET", "MET-PM-1").person("P1", "POTENTIAL_VICTIM", "Zoltan", "Ferencz", "1990-06-07").json());
            clients.send("GMP", Reports.report("GMP", "GMP-PM-2").person("P1", "SUSPECT", "Zoltan", "Ferencz", "1990-06").json());
            settle(bus, store, 2);

            AlertState possible = only(bus, AlertType.POSSIBLE_MATCH);
            assertThat(possible.entityIds()).hasSize(2);
            assertThat(possible.sources()).containsExactly("GMP", "MET");
            assertThat(possible.recipients()).isNotEmpty().doesNotContain("MET", "GMP")
                    .allMatch(r -> bus.runtime().registry().isCoordinator(r));
            assertThat(possible.summary()).contains("may be the same").doesNotContain("Zoltan", "Ferencz");

            // GMP corrects the date of birth: now a match, one entity, and the question is answered
            clients.send("GMP", Reports.report("GMP", "GMP-PM-2").revision(2)
                    .person("P1", "SUSPECT", "Zoltan", "Ferencz", "1990-06-07").json());
            settle(bus, store, 3);

            assertThat(bus.runtime().alerts().get(possible.alertId()).status()).isEqualTo(AlertStatus.WITHDRAWN);
            assertThat(only(bus, AlertType.CROSS_FORCE_PERSON).sources()).containsExactly("GMP", "MET");
        }
    }

    @Test
    void aLinkPastAMatchThatARuleKeepsAsAQuestionIsAskedAsOneNotAsShortOfAMatch() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("possible-match-question"), Map.of());
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            // a rough sleeper's identity card and NI number claimed on by a man of another name and date of birth
            clients.send("TVP", Reports.report("TVP", "TVP-PQ-1").person("P1", "POTENTIAL_VICTIM", "Wojciech", "Zielinski", "1971-05-02",
                    "NATIONAL_ID=ANX531742", "NI_NUMBER=PZ314782D").json());
            clients.send("MET", Reports.report("MET", "MET-PQ-2").person("P1", "SUSPECT", "Tomasz", "Nowak", "1988-11-19",
                    "NATIONAL_ID=ANX 531742", "NI_NUMBER=PZ 31 47 82 D").json());
            settle(bus, store, 2);

            assertThat(only(bus, AlertType.POSSIBLE_MATCH).summary()).contains("(p = 1.00, a question by rule, not a match)");
        }
    }

    private static AlertState only(Bus bus, AlertType type) {
        List<AlertState> found = bus.runtime().alerts().all().stream().filter(a -> a.isActive() && a.type() == type).toList();
        assertThat(found).as(type.name()).hasSize(1);
        return found.get(0);
    }

    private static void settle(Bus bus, Store store, int processed) {
        await().atMost(WAIT).until(() -> store.total() == processed);
        await().atMost(WAIT).until(() -> bus.runtime().relay().pending() == 0);
    }
}
