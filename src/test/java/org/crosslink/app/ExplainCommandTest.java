package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crosslink.config.Settings;
import org.crosslink.store.Json;
import org.crosslink.test.Cli;
import org.crosslink.test.Reports;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** 'explain' shows, besides why an entity's mentions are joined, what links it to others without joining them. */
class ExplainCommandTest {

    @Test
    void anEntityShowsThePossibleMatchesItWasNotJoinedTo() throws Exception {
        Path dir = TestSettings.newDataDir("explain-possible");
        Settings settings = TestSettings.create(dir, Map.of());
        Path file = dir.resolve("reports.jsonl");
        // the same name, the same month and year of birth, the day not known to one: possibly one person, not surely
        Files.write(file, List.of(
                Reports.report("MET", "MET-X-1").person("P1", "POTENTIAL_VICTIM", "Zoltan", "Ferencz", "1990-06-07").json(),
                Reports.report("GMP", "GMP-X-2").person("P1", "SUSPECT", "Zoltan", "Ferencz", "1990-06").json()));
        Path entities = dir.resolve("entities.jsonl");
        assertThat(Cli.run(settings, "replay", file.toString(), "--export-entities", entities.toString()).exit()).isZero();
        String met = entityOf(entities, "MET-X-1");
        String gmp = entityOf(entities, "GMP-X-2");
        assertThat(met).isNotEqualTo(gmp);

        Cli.Result r = Cli.run(settings, "explain", met);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Possibly the same as (linked, not joined):",
                "MET/MET-X-1#P1 <-> GMP/GMP-X-2#P1 in " + gmp, "POSSIBLE", "dateOfBirth WEAK");
    }

    @Test
    void aPossibleMatchThatARuleKeepsAsAQuestionSaysWhy() throws Exception {
        Path dir = TestSettings.newDataDir("explain-question");
        Settings settings = TestSettings.create(dir, Map.of());
        Path file = dir.resolve("reports.jsonl");
        // one passport under two names and dates: a false identity, or papers handed round, whatever the sum says
        Files.write(file, List.of(
                Reports.report("KENT", "KENT-X-1").person("P1", "POTENTIAL_VICTIM", "Thu", "Nguyen", "1999-02-11", "PASSPORT=C2748153").json(),
                Reports.report("HUMB", "HUMB-X-2").person("P1", "SUSPECT", "Hoa", "Pham", "2008-09-14", "PASSPORT=C2748153").json()));
        Path entities = dir.resolve("entities.jsonl");
        assertThat(Cli.run(settings, "replay", file.toString(), "--export-entities", entities.toString()).exit()).isZero();
        String kent = entityOf(entities, "KENT-X-1");

        Cli.Result r = Cli.run(settings, "explain", kent);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Possibly the same as (linked, not joined):", "passport EXACT",
                "a question for a coordinator, not a join: one identity document under two identities");
    }

    @Test
    void aPersonShowsThePeopleNamedAtTheSamePlaceAsAssociatesNotAsThemselves() throws Exception {
        Path dir = TestSettings.newDataDir("explain-associates");
        Settings settings = TestSettings.create(dir, Map.of());
        Path file = dir.resolve("reports.jsonl");
        // a victim found at a car wash by one force; a man born twenty years earlier arrested there by another
        Files.write(file, List.of(
                Reports.report("MET", "MET-A-1").person("P1", "POTENTIAL_VICTIM", "Ana", "Popescu", "1999-04-02").livesAt("L1")
                        .address("L1", "PREMISES", "Sparkle Hand Car Wash", List.of("12 Mill Lane"), "Birmingham", "B21 9SN").json(),
                Reports.report("GMP", "GMP-A-2").person("P1", "SUSPECT", "Ion", "Popescu", "1979-11-30").livesAt("L1")
                        .address("L1", "PREMISES", "Sparkle Car Wash", List.of("12 Mill Ln"), "Birmingham", "B21 9SN").json()));
        Path entities = dir.resolve("entities.jsonl");
        assertThat(Cli.run(settings, "replay", file.toString(), "--export-entities", entities.toString()).exit()).isZero();
        String ana = entityOf(entities, "MET-A-1");
        String ion = entityOf(entities, "GMP-A-2");
        assertThat(ana).isNotEqualTo(ion);

        Cli.Result r = Cli.run(settings, "explain", ana);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("(?m)^Associates .*:\\n  " + ion + " at L-[A-Z0-9]+ in GMP/GMP-A-2$");
        assertThat(r.out()).doesNotContain("Ion ", "ion popescu");
    }

    private static String entityOf(Path export, String reportId) throws Exception {
        for (String line : Files.readAllLines(export)) {
            var node = Json.MAPPER.readTree(line);
            if (node.path("reportId").asString().equals(reportId) && node.path("kind").asString().equals("PERSON")) {
                return node.path("entityId").asString();
            }
        }
        throw new AssertionError("no person of " + reportId + " in " + export);
    }
}
