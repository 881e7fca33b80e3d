package org.crosslink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.store.Json;
import org.crosslink.test.Clients;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The multi-force story of the demo (src/main/resources/demo/story.jsonl): MET finds a potential victim
 * and her controller at a Luton car wash; GMP stops the controller, spelled IONESKU, with the same phone in
 * another format; WMP arrests the victim (Anna Popesku) in a cannabis factory; the NCA holds open
 * intelligence graded C on the controller and the car wash; KENT closes its report on him NFA; Bedfordshire
 * reports the car wash in another address format; WMP and TVP report the same child; three unrelated
 * reports; MET re-delivers its first report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertScenarioTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> SUBSCRIBERS = List.of("MET", "GMP", "WMP", "NCA", "KENT", "BEDS", "TVP", "SYP",
            "DEVCORN", "SWALES", "NCA-MSHT", "RC-LONDON", "RC-WEST-MIDLANDS", "RC-SOUTH-WEST", "RC-WALES");
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("scenario"), Map.of());
    private Bus bus;
    private Store store;
    private final Map<String, List<JsonNode>> received = new HashMap<>();
    private long alertChangesBeforeRedelivery;
    private long alertChangesAfterRedelivery;

    @BeforeAll
    void tellTheStory() throws Exception {
        List<String> story = story();
        bus = new Bus(settings).start();
        store = new Store(bus.runtime().db());
        try (Clients clients = new Clients(settings)) {
            for (String line : story.subList(0, story.size() - 1)) {
                clients.send(source(line), line);
            }
            settle(story.size() - 1);
            alertChangesBeforeRedelivery = outboxRows();
            String redelivery = story.get(story.size() - 1);
            clients.send(source(redelivery), redelivery);
            settle(story.size());
            alertChangesAfterRedelivery = outboxRows();
            for (String s : SUBSCRIBERS) {
                List<JsonNode> alerts = new ArrayList<>();
                for (Message m : clients.as(s).drain("crosslink.alerts::alerts." + s, 2000)) {
                    alerts.add(Json.MAPPER.readTree(((TextMessage) m).getText()));
                }
                received.put(s, alerts);
            }
        }
    }

    @AfterAll
    void stop() {
        bus.close();
    }

    @Test
    void exactlyTheExpectedAlertsStand() {
        assertThat(canonical(bus.runtime().alerts().all())).containsExactlyInAnyOrder(
                "CROSS_FORCE_PERSON " + sorted("GMP/GMP-26-55501", "KENT/KENT-2026-1001", "MET/MET-2026-000123", "NCA/NCA-MSHT-0042"),
                "NCA_OVERLAP " + sorted("GMP/GMP-26-55501", "KENT/KENT-2026-1001", "MET/MET-2026-000123", "NCA/NCA-MSHT-0042"),
                "PREMATURE_CLOSURE " + sorted("GMP/GMP-26-55501", "KENT/KENT-2026-1001", "MET/MET-2026-000123", "NCA/NCA-MSHT-0042"),
                "CROSS_FORCE_PERSON " + sorted("MET/MET-2026-000123", "WMP/WMP-26-7788"),
                "VICTIM_TREATED_AS_OFFENDER " + sorted("MET/MET-2026-000123", "WMP/WMP-26-7788"),
                "CROSS_FORCE_LOCATION " + sorted("BEDS/BEDS-26-314", "MET/MET-2026-000123", "NCA/NCA-MSHT-0042"),
                "NCA_OVERLAP " + sorted("BEDS/BEDS-26-314", "MET/MET-2026-000123", "NCA/NCA-MSHT-0042"),
                "CROSS_FORCE_PERSON " + sorted("TVP/TVP-26-9001", "WMP/WMP-26-7790"));
    }

    @Test
    void theVictimArrestedInAnotherForceReachesBothForcesAndTheirCoordinatorsWithTheStatutoryNote() {
        AlertState vto = only(AlertType.VICTIM_TREATED_AS_OFFENDER);
        assertThat(vto.recipients()).containsExactlyInAnyOrder("MET", "WMP", "NCA-MSHT", "RC-LONDON", "RC-WEST-MIDLANDS");
        assertThat(vto.severity()).isEqualTo(Severity.CRITICAL);
        for (String s : List.of("MET", "WMP", "NCA-MSHT")) {
            JsonNode latest = latest(s, vto.alertId());
            assertThat(latest.path("statutoryNote").asString()).contains("s45");
            assertThat(latest.path("subject").path("names").toString()).contains("Ana Popescu", "Anna Popesku");
        }
    }

    @Test
    void aContributionGradedCReachesOtherForcesOnlyAsAHitNotice() {
        for (String force : List.of("MET", "GMP", "KENT", "BEDS")) {
            assertThat(received.get(force)).isNotEmpty();
            for (JsonNode alert : received.get(force)) {
                assertThat(alert.toString()).doesNotContain("Covert source", "Not to be disclosed", "Sparkle Hand Carwash");
                for (JsonNode r : alert.path("reports")) {
                    if (r.path("source").asString().equals("NCA")) {
                        assertThat(r.path("disclosure").asString()).isEqualTo("HIT_NOTICE");
                        assertThat(r.path("notice").asString()).contains("NCA-MSHT-0042");
                        assertThat(r.has("narrative")).isFalse();
                    }
                }
            }
        }
        assertThat(received.get("NCA-MSHT").toString()).contains("Covert source");
        assertThat(received.get("NCA").toString()).contains("Covert source");
    }

    @Test
    void aChildIsNeverNamedToAForceThatDidNotReportThem() {
        AlertState child = bus.runtime().alerts().all().stream()
                .filter(a -> a.isActive() && a.evidence().stream().anyMatch(e -> e.startsWith("TVP/"))).findFirst().orElseThrow();
        assertThat(child.childInvolved()).isTrue();
        assertThat(child.severity()).isEqualTo(Severity.HIGH);
        assertThat(received.get("TVP").toString()).contains("Mariana Lupu").doesNotContain("Maria Lupu\"", "Girl found");
        assertThat(received.get("WMP").stream().filter(a -> a.path("alertId").asString().equals(child.alertId())).toList().toString())
                .contains("Maria Lupu").doesNotContain("Mariana", "Missing child");
        assertThat(latest("NCA-MSHT", child.alertId()).path("subject").path("names").toString()).contains("Maria Lupu", "Mariana Lupu");
    }

    @Test
    void unrelatedReportsRaiseNothingAndNobodyOutsideTheStoryIsTold() {
        for (String s : List.of("SYP", "DEVCORN", "SWALES", "RC-SOUTH-WEST", "RC-WALES")) {
            assertThat(received.get(s)).as(s).isEmpty();
        }
    }

    @Test
    void theReDeliveryRaisesNothingNew() {
        assertThat(store.count("DUPLICATE")).isEqualTo(1);
        assertThat(alertChangesAfterRedelivery).isEqualTo(alertChangesBeforeRedelivery);
    }

    @Test
    void everySourceInvolvedAndItsRegionalCoordinatorIsTold() {
        AlertState crossForce = bus.runtime().alerts().all().stream()
                .filter(a -> a.isActive() && a.type() == AlertType.CROSS_FORCE_PERSON && a.sources().contains("KENT")).findFirst().orElseThrow();
        assertThat(crossForce.recipients()).containsExactlyInAnyOrder("MET", "GMP", "NCA", "KENT", "NCA-MSHT",
                "RC-LONDON", "RC-NORTH-WEST", "RC-SOUTH-EAST");
        assertThat(received.get("GMP").stream().map(a -> a.path("alertId").asString())).contains(crossForce.alertId());
    }

    @Test
    void anExplanationGivesTheLinksThatJoinTheMentionsAndNoneTwice() {
        JsonNode controller = received.get("NCA-MSHT").stream()
                .filter(a -> a.path("type").asString().equals("CROSS_FORCE_PERSON") && a.path("sources").toString().contains("KENT"))
                .reduce((first, second) -> second).orElseThrow();
        Set<String> mentions = new TreeSet<>();
        for (JsonNode link : controller.path("explanation")) {
            link.path("mentions").forEach(m -> mentions.add(m.asString()));
            assertThat(link.path("comparisons").isArray()).isTrue();
        }
        // four reports name the controller: three links join four mentions, a fourth would join nothing new
        assertThat(mentions).hasSize(4);
        assertThat(controller.path("explanation").size()).isEqualTo(mentions.size() - 1);
    }

    @Test
    void theSameAlertsResultWhateverOrderTheReportsArriveIn() throws Exception {
        Set<String> expected = canonical(bus.runtime().alerts().all());
        for (long seed : new long[] {7, 42}) {
            List<String> story = story();
            Collections.shuffle(story, new Random(seed));
            Settings other = TestSettings.create(TestSettings.newDataDir("scenario-order"), Map.of());
            try (Bus shuffled = new Bus(other).start(); Clients clients = new Clients(other)) {
                Store s = new Store(shuffled.runtime().db());
                for (String line : story) {
                    clients.send(source(line), line);
                }
                await().atMost(WAIT).until(() -> s.total() == story.size());
                assertThat(canonical(shuffled.runtime().alerts().all())).as("order seed " + seed).isEqualTo(expected);
            }
        }
    }

    /** Active alerts, ids aside: type, the reports that are their evidence, severity and recipients. */
    private static Set<String> canonical(Collection<AlertState> alerts) {
        return alerts.stream().filter(AlertState::isActive)
                .map(a -> a.type() + " " + a.evidence().stream().map(e -> e.substring(0, e.indexOf('#')))
                        .collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static TreeSet<String> sorted(String... reports) {
        return new TreeSet<>(List.of(reports));
    }

    private AlertState only(AlertType type) {
        List<AlertState> found = bus.runtime().alerts().all().stream().filter(a -> a.isActive() && a.type() == type).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private JsonNode latest(String subscriber, String alertId) {
        return received.get(subscriber).stream().filter(a -> a.path("alertId").asString().equals(alertId))
                .max((a, b) -> Integer.compare(a.path("version").asInt(), b.path("version").asInt())).orElseThrow();
    }

    private void settle(int processed) throws Exception {
        await().atMost(WAIT).until(() -> store.total() == processed);
        await().atMost(WAIT).until(() -> bus.runtime().relay().pending() == 0);
    }

    private long outboxRows() {
        return Long.parseLong(store.one("SELECT COUNT(*) FROM outbox"));
    }

    private static String source(String line) {
        return Json.MAPPER.readTree(line).path("source").asString();
    }

    static List<String> story() throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AlertScenarioTest.class.getResourceAsStream("/demo/story.jsonl"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        return lines;
    }
}
