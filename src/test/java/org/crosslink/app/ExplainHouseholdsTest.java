package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.crosslink.config.Settings;
import org.crosslink.resolve.Fixtures;
import org.crosslink.resolve.compare.Households;
import org.crosslink.resolve.compare.PlaceholderBirthdays;
import org.crosslink.resolve.compare.Slips;
import org.crosslink.resolve.learn.ModelFile;
import org.crosslink.resolve.learn.TrainedModel;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.Database;
import org.crosslink.test.Cli;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 'explain' says when the model in use finds no households in the store, for then a given name or a date alone
 * held no one at one address apart, and when it finds one person's records often differ, for then it held no one
 * apart anywhere: on a store of the hard cases, replayed without training, under a model file that says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplainHouseholdsTest {
    private static final Path CORPUS = Path.of("src/test/resources/resolution/hard-cases/reports.jsonl");
    private Path dir;
    private Settings settings;
    private String person;

    @BeforeAll
    void replayTheCorpusUntrained() throws Exception {
        dir = TestSettings.newDataDir("explain-households");
        settings = TestSettings.create(dir, Map.of());
        assertThat(Cli.run(settings, "replay", CORPUS.toString(), "--no-train").exit()).isZero();
        try (Database db = BusRuntime.openDatabase(settings)) {
            person = new Store(db).one("SELECT entity_id FROM mention WHERE kind = 'P' ORDER BY seq FETCH FIRST 1 ROWS ONLY");
        }
    }

    private void apply(Households households, String name) throws Exception {
        apply(households, null, name);
    }

    private void apply(Households households, Slips slips, String name) throws Exception {
        TrainedModel model = new TrainedModel(1, Fixtures.settings().personWeights(), Map.of(), Map.of(),
                PlaceholderBirthdays.FIRST_OF_JANUARY, households, slips,
                new TrainedModel.Provenance(Instant.parse("2026-12-01T00:00:00Z"), 467, 100_000, true, 900, 300, 5, true, 0));
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, ModelFile.write(model));
        Cli.Result applied = Cli.run(settings, "model", "apply", file.toString(), "--reason", name);
        assertThat(applied.exit()).as(applied.err()).isZero();
    }

    @Test
    void underAModelThatFindsNoHouseholdsExplainSaysWhichDifferenceAloneHoldsNoOneApart() throws Exception {
        assertThat(Cli.run(settings, "explain", person).out()).as("the starting model assumes households")
                .doesNotContain("Households, as the model in use");
        apply(new Households(101, 6, 8), "households");
        assertThat(Cli.run(settings, "explain", person).out()).as("a store of households").doesNotContain("Households,");

        apply(new Households(4, 300, 7), "no-households");
        Cli.Result explained = Cli.run(settings, "explain", person);

        assertThat(explained.out()).containsPattern("(?m)^Households, as the model in use \\(version [0-9]+\\) counts them: "
                + "4 pairs at one address differ in given name and date of birth, 300 in given name alone, 7 in date alone: "
                + "a date alone holds apart, a given name alone does not at one address\\.$");
    }

    @Test
    void underAModelThatFindsOnePersonsRecordsOftenDifferExplainSaysWhichDifferenceAloneHoldsNoOneApart() throws Exception {
        apply(new Households(101, 6, 8), new Slips(40, 0, 40, 1), "tidy");
        assertThat(Cli.run(settings, "explain", person).out()).as("a tidy store").doesNotContain("Slips,");

        apply(new Households(101, 6, 8), new Slips(560, 115, 548, 2), "corrupted");
        Cli.Result explained = Cli.run(settings, "explain", person);

        assertThat(explained.out()).containsPattern("(?m)^Slips, as the model in use \\(version [0-9]+\\) counts them: "
                + "of the pairs an identifier ties, 115 of 560 differ in date of birth, 2 of 548 in given name: "
                + "a given name alone holds apart, a date alone does not anywhere\\.$");
    }
}
