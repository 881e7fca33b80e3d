package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.crosslink.config.Settings;
import org.crosslink.test.Cli;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The person model through the command line, on a store filled by replaying the hard-cases corpus: replay trains
 * a model at its end, 'model list' and 'model show' read it, 'model apply' puts an edited one to use and refuses
 * one with a misspelt level.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelCommandTest {
    private static final Path CORPUS = Path.of("src/test/resources/resolution/hard-cases/reports.jsonl");
    private Path dir;
    private Settings settings;
    private Cli.Result replay;

    @BeforeAll
    void replayTheCorpus() {
        dir = TestSettings.newDataDir("model-command");
        settings = TestSettings.create(dir, Map.of());
        replay = Cli.run(settings, "replay", CORPUS.toString());
    }

    @Test
    void replayTrainsAModelAtItsEndAndPutsItToUse() {
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(replay.out()).containsPattern("(?m)^model: applied model 1: [0-9]+ entities changed$");

        Cli.Result list = Cli.run(settings, "model", "list");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).containsPattern("(?m)^1  trained \\S+ from 479 person mentions  \\(in use\\)$");
    }

    @Test
    void aModelWrittenOutEditedAndAppliedBecomesTheNextVersionInUse() throws Exception {
        Path file = dir.resolve("model.yaml");
        assertThat(Cli.run(settings, "model", "show", "--out", file.toString()).exit()).isZero();
        String yaml = Files.readString(file);
        assertThat(yaml).contains("mentions: 479", "givenName:", "dateOfBirth:", "placeholderBirthdays:", "01-01", "households:",
                "givenNameAlone:", "slips:");
        Files.writeString(file, yaml.replaceFirst("(?m)^(\\s*)prior: .*$", "$1prior: 0.001"));

        Cli.Result applied = Cli.run(settings, "model", "apply", file.toString(), "--reason", "reviewed by the analyst");

        assertThat(applied.exit()).as(applied.err()).isZero();
        assertThat(applied.out()).containsPattern("(?m)^model: applied model [0-9]+: [0-9]+ entities changed$");
        assertThat(Cli.run(settings, "model", "list").out()).containsPattern("(?m)^[2-9]  trained .*\\(in use\\)$");
        Path inUse = dir.resolve("in-use.yaml");
        assertThat(Cli.run(settings, "model", "show", "--out", inUse.toString()).exit()).isZero();
        assertThat(Files.readString(inUse)).as("what the store learned goes with the file applied")
                .contains("prior: 0.001", "placeholderBirthdays:", "households:", "givenNameAlone:", "slips:", "datesDiffer:");
    }

    @Test
    void aModelFileWithAMisspeltLevelIsRefusedWithTheNearestNameAndNothingChanges() throws Exception {
        Path file = dir.resolve("bad.yaml");
        assertThat(Cli.run(settings, "model", "show", "--version", "1", "--out", file.toString()).exit()).isZero();
        Files.writeString(file, Files.readString(file).replaceFirst("EXACT:", "EXCAT:"));
        String before = Cli.run(settings, "model", "list").out();

        Cli.Result r = Cli.run(settings, "model", "apply", file.toString(), "--reason", "a typo");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is not a model", "EXCAT", "did you mean EXACT?");
        assertThat(Cli.run(settings, "model", "list").out()).isEqualTo(before);
    }
}
