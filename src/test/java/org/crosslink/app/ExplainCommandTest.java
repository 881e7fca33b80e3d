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
        // the same name, the same month and year of birth, the day not known to one: possibly one person, not surely
        Replayed store = replay("explain-possible",
                Reports.report("MET", "MET-X-1").person("P1", "POTENTIAL_VICTIM", "Zoltan", "Ferencz", "1990-06-07").json(),
                Reports.report("GMP", "GMP-X-2").person("P1", "SUSPECT", "Zoltan", "Ferencz", "1990-06").json());
        String met = store.entityOf("MET-X-1");
        String gmp = store.entityOf("GMP-X-2");
        assertThat(met).isNotEqualTo(gmp);

        Cli.Result r = store.explain(met);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Possibly the same as (linked, not joined):",
                "MET/MET-X-1#P1 <-> GMP/GMP-X-2#P1 in " + gmp, "POSSIBLE", "dateOfBirth WEAK");
    }

    @Test
    void aPossibleMatchThatARuleKeepsAsAQuestionSaysWhy() throws Exception {
        // one passport under two names and dates: a false identity, or papers handed round, whatever the sum says
        Replayed store = replay("explain-question",
                Reports.report("KENT", "KENT-X-1").person("P1", "POTENTIAL_VICTIM", "Thu", "Nguyen", "1999-02-11", "PASSPORT=C2748153").json(),
                Reports.report("HUMB", "HUMB-X-2").person("P1", "SUSPECT", "Hoa", "Pham", "2008-09-14", "PASSPORT=C2748153").json());

        Cli.Result r = store.explain(store.entityOf("KENT-X-1"));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Possibly the same as (linked, not joined):", "passport EXACT",
                "a question for a coordinator, not a join: one identity document under two identities");
    }

    @Test
    void aPersonShowsThePeopleNamedAtTheSamePlaceAsAssociatesNotAsThemselves() throws Exception {
        // a victim found at a car wash by one force; a man born twenty years earlier arrested there by another
        Replayed store = replay("explain-associates",
                Reports.report("MET", "MET-A-1").person("P1", "POTENTIAL_VICTIM", "Ana", "Popescu", "1999-04-02").livesAt("L1")
                        .address("L1", "PREMISES", "Sparkle Hand Car Wash", List.of("12 Mill Lane"), "Birmingham", "B21 9SN").json(),
                Reports.report("GMP", "GMP-A-2").person("P1", "SUSPECT", "Ion", "Popescu", "1979-11-30").livesAt("L1")
                        .address("L1", "PREMISES", "Sparkle Car Wash", List.of("12 Mill Ln"), "Birmingham", "B21 9SN").json());
        String ana = store.entityOf("MET-A-1");
        String ion = store.entityOf("GMP-A-2");
        assertThat(ana).isNotEqualTo(ion);

        Cli.Result r = store.explain(ana);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("(?m)^Associates .*:\\n  " + ion + " at L-[A-Z0-9]+ in GMP/GMP-A-2$");
        assertThat(r.out()).doesNotContain("Ion ", "ion popescu");
    }

    /** A store of its own, the reports replayed into it, and its entities exported. */
    private static Replayed replay(String name, String... reports) throws Exception {
        Path dir = TestSettings.newDataDir(name);
        Settings settings = TestSettings.create(dir, Map.of());
        Path file = dir.resolve("reports.jsonl");
        Files.write(file, List.of(reports));
        Path entities = dir.resolve("entities.jsonl");
        assertThat(Cli.run(settings, "replay", file.toString(), "--export-entities", entities.toString()).exit()).isZero();
        return new Replayed(settings, entities);
    }

    private record Replayed(Settings settings, Path export) {
        Cli.Result explain(String entityId) throws Exception {
            return Cli.run(settings, "explain", entityId);
        }

        String entityOf(String reportId) throws Exception {
            for (String line : Files.readAllLines(export)) {
                var node = Json.MAPPER.readTree(line);
                if (node.path("reportId").asString().equals(reportId) && node.path("kind").asString().equals("PERSON")) {
                    return node.path("entityId").asString();
                }
            }
            throw new AssertionError("no person of " + reportId + " in " + export);
        }
    }
}
