package org.crosslink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.model.MentionKey;
import org.crosslink.store.Json;
import org.crosslink.test.Clients;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The multi-force stories of the hard cases (src/test/resources/resolution/stories): households, twins, a father and
 * son, house-mates with one phone, a mover, namesakes. Each story's reports go through a bus of its own, sent by their
 * sources; the alerts the national coordinator (NCA-MSHT, who receives every alert) holds at the end are compared with
 * the story's: every alert it says must stand stands, none it says must not stand does, and no other alert about
 * persons stands (a possible match, a question for review, is checked only where the story names one).
 * <p>
 * An alert is about the persons its evidence mentions (by the story's truth); an alert whose evidence is places only
 * is not compared.
 * <p>
 * {@code -Dstories=WORD} runs only the stories whose file name contains that word (a writer trying a new story).
 */
class HardCaseStoriesTest {
    private static final Path DIR = Path.of("src/test/resources/resolution/stories");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String COORDINATOR = "NCA-MSHT";
    private static final String ONLY = System.getProperty("stories", "");

    /** An alert as the coordinator holds it: its type and the persons its evidence mentions. */
    record Held(String type, Set<String> persons) {
        @Override
        public String toString() {
            return type + " " + persons;
        }
    }

    @TestFactory
    Stream<DynamicTest> eachStoryRaisesItsAlertsAndNoOthers() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> stories = files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> f.getFileName().toString().contains(ONLY)).sorted().toList();
            assertThat(stories).hasSizeGreaterThanOrEqualTo(ONLY.isEmpty() ? 4 : 1);
            return stories.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> tell(Json.MAPPER.readTree(f.toFile()))));
        }
    }

    private static void tell(JsonNode story) throws Exception {
        String name = story.path("story").asString();
        Map<MentionKey, String> truth = new HashMap<>();
        story.path("truth").forEach(t -> truth.put(new MentionKey(t.path("source").asString(), t.path("reportId").asString(),
                t.path("ref").asString()), t.path("truth").asString()));
        List<Held> held = run(name, story.path("reports"), truth);

        List<String> problems = new ArrayList<>();
        List<Held> expected = new ArrayList<>();
        for (JsonNode a : story.path("alerts")) {
            Held want = new Held(a.path("type").asString(), persons(a.path("persons")));
            if (a.path("raised").asBoolean()) {
                expected.add(want);
                if (!held.contains(want)) {
                    problems.add("missing: " + want + " (" + a.path("why").asString() + ")");
                }
            } else {
                held.stream().filter(h -> h.type().equals(want.type()) && h.persons().containsAll(want.persons()))
                        .forEach(h -> problems.add("must not stand: " + h + " (" + a.path("why").asString() + ")"));
            }
        }
        held.stream().filter(h -> !h.type().equals(AlertType.POSSIBLE_MATCH.name()) && !expected.contains(h))
                .forEach(h -> problems.add("not expected: " + h));
        System.out.printf("Story %s: the coordinator holds %s%n%s%n", name, held,
                problems.isEmpty() ? "  as expected" : "  " + String.join("\n  ", problems));
        assertThat(problems).as("story %s", name).isEmpty();
    }

    /** Sends the story's reports in order through a bus of its own; the active person alerts the coordinator then holds. */
    private static List<Held> run(String name, JsonNode reports, Map<MentionKey, String> truth) throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("story-" + name), Map.of());
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            Store store = new Store(bus.runtime().db());
            for (JsonNode r : reports) {
                clients.send(r.path("source").asString(), r.toString());
            }
            await().atMost(WAIT).until(() -> store.total() == reports.size());
            await().atMost(WAIT).until(() -> bus.runtime().relay().pending() == 0);
            String subscription = settings.get("crosslink.alerts.address") + "::" + settings.get("crosslink.alerts.subscription-prefix") + COORDINATOR;
            Map<String, JsonNode> latest = new HashMap<>();
            for (Message m : clients.as(COORDINATOR).drain(subscription, 2000)) {
                JsonNode alert = Json.MAPPER.readTree(((TextMessage) m).getText());
                latest.merge(alert.path("alertId").asString(), alert,
                        (a, b) -> a.path("version").asInt() >= b.path("version").asInt() ? a : b);
            }
            List<Held> held = new ArrayList<>();
            for (JsonNode alert : latest.values()) {
                Set<String> persons = new TreeSet<>();
                for (JsonNode report : alert.path("reports")) {
                    for (JsonNode mention : report.path("mentions")) {
                        String person = truth.get(new MentionKey(report.path("source").asString(), report.path("reportId").asString(),
                                mention.path("ref").asString()));
                        if (person != null) {
                            persons.add(person);
                        }
                    }
                }
                if (!alert.path("status").asString().equals(AlertStatus.WITHDRAWN.name()) && !persons.isEmpty()) {
                    held.add(new Held(alert.path("type").asString(), persons));
                }
            }
            return held;
        }
    }

    private static Set<String> persons(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(p -> out.add(p.asString()));
        return out;
    }
}
