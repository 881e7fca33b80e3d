package org.crosslink.evaluate.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crosslink.config.Home;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.config.Settings;
import org.crosslink.intake.Intake;
import org.crosslink.intake.IntakeLimits;
import org.crosslink.intake.IntakeResult;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportSchema;
import org.crosslink.model.Location;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.store.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The synthetic data sets, generated small, read back through the bus's real intake and checked against their truth. */
class SyntheticDataTest {
    private static final long SEED = 7;
    private static Intake intake;

    @BeforeAll
    static void realIntake() {
        Settings s = Settings.load(Home.locate(Path.of("").toAbsolutePath()), Map.of(), Map.of());
        try (InputStream in = s.home().open(s.get("crosslink.intake.schema"))) {
            intake = new Intake(new ReportParser(IntakeLimits.defaults()),
                    new ReportSchema(Json.MAPPER.readTree(in), RegistryLoader.load(s).sourceCodes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reports intake accepted, and the reasons of those it refused. */
    private record Read(List<Report> reports, List<String> refused) {
    }

    private static Read read(List<String> lines) {
        List<Report> reports = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String line : lines) {
            String source = Json.MAPPER.readTree(line).path("source").asString("");
            IntakeResult result = intake.examine(source, source, line);
            if (result instanceof IntakeResult.Accepted a) {
                reports.add(a.report());
            } else {
                refused.add(((IntakeResult.Rejected) result).reasons() + " in " + line);
            }
        }
        return new Read(reports, refused);
    }

    private static int small(Shape shape) {
        return shape == Shape.FAMILIES ? 150 : 300;
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void everyReportIsAcceptedByTheRealIntake(Shape shape) {
        Wire.Dataset d = shape.generate(SEED, small(shape), shape.rates());

        Read read = read(d.reports());

        assertThat(read.refused()).isEmpty();
        assertThat(read.reports()).hasSize(d.reports().size());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void theTruthGivesEveryPersonMentionExactlyOneTruthAndNamesNoMentionThatIsNotThere(Shape shape) {
        Wire.Dataset d = shape.generate(SEED, small(shape), shape.rates());
        Read read = read(d.reports());
        Set<MentionKey> persons = new HashSet<>();
        Set<MentionKey> locations = new HashSet<>();
        for (Report r : read.reports()) {
            r.persons().forEach(p -> persons.add(new MentionKey(r.source(), r.reportId(), p.ref())));
            r.locations().forEach(l -> locations.add(new MentionKey(r.source(), r.reportId(), l.ref())));
        }

        Map<MentionKey, String> personTruth = new HashMap<>();
        Map<MentionKey, String> locationTruth = new HashMap<>();
        for (String line : d.truth()) {
            JsonNode n = Json.MAPPER.readTree(line);
            MentionKey key = new MentionKey(n.path("source").asString(), n.path("reportId").asString(), n.path("ref").asString());
            Map<MentionKey, String> into = n.path("kind").asString().equals("LOCATION") ? locationTruth : personTruth;
            assertThat(into.put(key, n.path("truth").asString())).as("a second truth for %s", key).isNull();
        }

        assertThat(personTruth.keySet()).isEqualTo(persons);
        assertThat(locations).containsAll(locationTruth.keySet());
        assertThat(new HashSet<>(personTruth.values())).hasSize(d.persons());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void theSameSeedGivesTheSameLinesAndAnotherSeedOthers(Shape shape) {
        Wire.Dataset once = shape.generate(SEED, 60, shape.rates());
        Wire.Dataset again = shape.generate(SEED, 60, shape.rates());
        Wire.Dataset other = shape.generate(SEED + 1, 60, shape.rates());

        assertThat(again.reports()).isEqualTo(once.reports());
        assertThat(again.truth()).isEqualTo(once.truth());
        assertThat(other.reports()).isNotEqualTo(once.reports());
    }

    @Test
    void theSizeCountsRecordsOrReportsAndFebrlWritesTwoFilesOfIt() {
        assertThat(Shape.HISTORICAL.generate(SEED, 123, Shape.HISTORICAL.rates()).reports()).hasSize(123);
        assertThat(Shape.CORRUPTED.generate(SEED, 123, Shape.CORRUPTED.rates()).reports()).hasSize(123);
        assertThat(Shape.GERMAN.generate(SEED, 123, Shape.GERMAN.rates()).reports()).hasSize(123);
        assertThat(Shape.FAMILIES.generate(SEED, 123, Shape.FAMILIES.rates()).reports()).hasSize(123);
        assertThat(Shape.FEBRL.generate(SEED, 123, Shape.FEBRL.rates()).reports()).hasSize(246);
    }

    @Test
    void febrlHasEveryPersonOnceInEachFile() {
        Wire.Dataset d = Shape.FEBRL.generate(SEED, 200, Shape.FEBRL.rates());

        Map<String, Long> mentions = personTruths(d).values().stream().collect(Collectors.groupingBy(t -> t, Collectors.counting()));

        assertThat(mentions).hasSize(200);
        assertThat(mentions.values()).containsOnly(2L);
    }

    @Test
    void aGermanDuplicateDiffersFromItsPersonsOtherRecordByOneLetterOrOneDatePart() {
        Wire.Dataset d = Shape.GERMAN.generate(SEED, 1000, Shape.GERMAN.rates());
        Map<String, List<Person>> byTruth = byTruth(d);

        List<List<Person>> pairs = byTruth.values().stream().filter(l -> l.size() > 1).toList();

        assertThat(pairs).hasSize(100);
        assertThat(byTruth.values()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(2));
        for (List<Person> pair : pairs) {
            Person a = pair.get(0);
            Person b = pair.get(1);
            int names = edits(a.givenName(), b.givenName()) + edits(a.familyName(), b.familyName());
            int dateParts = dateParts(a.dateOfBirth(), b.dateOfBirth());
            assertThat(names + dateParts).as("%s / %s", a, b).isEqualTo(1);
        }
    }

    @Test
    void familiesAreReportedTogetherWithTwinsAndFathersAndSonsOfOneName() {
        Wire.Dataset d = Shape.FAMILIES.generate(SEED, Shape.FAMILIES.defaultSize(), Shape.FAMILIES.rates());
        Read read = read(d.reports());
        Map<MentionKey, String> truth = personTruths(d);

        long together = read.reports().stream().filter(r -> r.persons().size() > 1).count();
        Map<String, Person> fathers = new LinkedHashMap<>();
        Set<String> sonsNamedAfterFather = new HashSet<>();
        Map<String, Set<String>> childDobs = new HashMap<>();
        Set<String> twins = new HashSet<>();
        for (Report r : read.reports()) {
            for (Person p : r.persons()) {
                String t = truth.get(new MentionKey(r.source(), r.reportId(), p.ref()));
                String family = t.substring(0, t.indexOf('-') < 0 ? t.length() : t.indexOf('-'));
                if (t.endsWith("-father")) {
                    fathers.put(family, p);
                } else if (t.contains("-child") && p.dateOfBirth() != null && p.dateOfBirth().length() == 10) {
                    if (!childDobs.computeIfAbsent(family + "/" + p.dateOfBirth(), k -> new HashSet<>()).add(t)
                            || childDobs.get(family + "/" + p.dateOfBirth()).size() > 1) {
                        twins.add(family);
                    }
                }
            }
        }
        for (Report r : read.reports()) {
            for (Person p : r.persons()) {
                String t = truth.get(new MentionKey(r.source(), r.reportId(), p.ref()));
                Person father = t.contains("-child") ? fathers.get(t.substring(0, t.indexOf('-'))) : null;
                if (father != null && p.givenName() != null && p.givenName().equals(father.givenName())) {
                    sonsNamedAfterFather.add(t);
                }
            }
        }

        assertThat(together).as("reports naming two or more persons").isGreaterThan(d.reports().size() / 5);
        assertThat(d.persons()).isBetween(280, 400);
        assertThat(twins).as("families with twins").hasSizeGreaterThanOrEqualTo(3);
        assertThat(sonsNamedAfterFather).as("sons with their father's given name").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aRateChangesWhatIsGenerated() {
        Rates noGivenNames = Shape.HISTORICAL.rates().with("givenMissing", 1.0);

        Read read = read(Shape.HISTORICAL.generate(SEED, 200, noGivenNames).reports());

        assertThat(read.reports()).allSatisfy(r -> assertThat(r.persons().get(0).givenName()).isNull());
    }

    @Test
    void anUnknownRateOrOneOutOfBoundsIsRefusedWithTheValidNames() {
        assertThatThrownBy(() -> Shape.GERMAN.rates().with("givenNickname", 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicateShare");
        assertThatThrownBy(() -> Shape.GERMAN.rates().with("duplicateShare", 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0.0, 1.0]");
    }

    @Test
    void theCommandWritesTheReportsAndTheTruthOfTheShape(@TempDir Path dir) throws IOException {
        SyntheticData.run(new String[] {"german", "--size", "50", "--seed", "3", "--out", dir.toString(), "--rate", "duplicateShare=0.2"});

        Wire.Dataset expected = Shape.GERMAN.generate(3, 50, Shape.GERMAN.rates().with("duplicateShare", 0.2));
        assertThat(Files.readAllLines(dir.resolve("german-reports.jsonl"), StandardCharsets.UTF_8)).isEqualTo(expected.reports());
        assertThat(Files.readAllLines(dir.resolve("german-truth.jsonl"), StandardCharsets.UTF_8)).isEqualTo(expected.truth());
        assertThat(expected.persons()).isEqualTo(40);
    }

    @Test
    void theReadmeGivesEveryRateOfEveryShapeWithItsDefault() throws IOException {
        String readme;
        try (InputStream in = SyntheticDataTest.class.getResourceAsStream("/synthetic/README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Shape shape : Shape.values()) {
            int from = readme.indexOf("`" + shape.key() + "`: ");
            int to = readme.indexOf("\n## ", from);
            String section = readme.substring(from, to < 0 ? readme.length() : to);
            shape.rates().values().forEach((name, value) ->
                    assertThat(section).as("%s's rate %s", shape.key(), name).contains("| `" + name + "` | " + Rates.format(value) + " |"));
        }
    }

    @Test
    void everyTownsForceIsASourceOfTheRegistry() {
        assertThat(Sources.codes()).containsAll(Lists.get().towns.values().stream().map(Town::force).toList());
    }

    private static Map<MentionKey, String> personTruths(Wire.Dataset d) {
        Map<MentionKey, String> out = new HashMap<>();
        for (String line : d.truth()) {
            JsonNode n = Json.MAPPER.readTree(line);
            if (n.path("kind").asString().equals("PERSON")) {
                out.put(new MentionKey(n.path("source").asString(), n.path("reportId").asString(), n.path("ref").asString()),
                        n.path("truth").asString());
            }
        }
        return out;
    }

    private static Map<String, List<Person>> byTruth(Wire.Dataset d) {
        Map<MentionKey, String> truth = personTruths(d);
        Map<String, List<Person>> out = new LinkedHashMap<>();
        for (Report r : read(d.reports()).reports()) {
            for (Person p : r.persons()) {
                out.computeIfAbsent(truth.get(new MentionKey(r.source(), r.reportId(), p.ref())), k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    /** 0 when equal, 1 when one insertion, deletion or substitution apart, 2 otherwise. */
    private static int edits(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return 2;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        for (int i = 0; i < shorter.length(); i++) {
            if (longer.charAt(i) != shorter.charAt(i)) {
                String rest = longer.substring(i + 1);
                String other = longer.length() == shorter.length() ? shorter.substring(i + 1) : shorter.substring(i);
                return rest.equals(other) ? 1 : 2;
            }
        }
        return 1;
    }

    /** How many of year, month and day differ. */
    private static int dateParts(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int n = 0;
        for (int i = 0; i < 3; i++) {
            n += x[i].equals(y[i]) ? 0 : 1;
        }
        return n;
    }
}
