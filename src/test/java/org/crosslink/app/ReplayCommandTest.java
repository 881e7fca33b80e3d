package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosslink.test.Cli;
import org.crosslink.test.Reports;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** 'replay' through the command line: a file mixing valid, invalid and duplicate reports adds up exactly. */
class ReplayCommandTest {

    @Test
    void aMixedFileEndsWithCountsThatAddUpExactly() throws Exception {
        Path dir = TestSettings.newDataDir("replay");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String source = List.of("MET", "GMP", "WMP", "NCA").get(i % 4);
            lines.add(Reports.report(source, source + "-" + i).person("P1", "WITNESS", "Given" + i, "Family" + (i % 7), null).json());
        }
        lines.add(lines.get(3));
        lines.add(lines.get(10));
        lines.add("not json");
        lines.add(Reports.report("GMP", "GMP-BAD").json());
        lines.add(Reports.report("MET", "MET-0").revision(2).person("P1", "WITNESS", "Given0", "Family0", "1990-01-01").json());
        lines.add(Reports.report("MET", "MET-0").revision(1).person("P1", "WITNESS", "Given0", "Family0", null).json());
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, lines);
        Path entities = dir.resolve("entities.jsonl");

        Cli.Result r = run(dir, "replay", file.toString(), "--export-entities", entities.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern(
                "replayed 66 reports: accepted 61, rejected 2, duplicates 2, superseded 1 in [0-9.]+ s \\([0-9]+ reports/s\\)");
        assertThat(Files.readAllLines(entities)).hasSize(60).allMatch(l -> l.contains("\"kind\":\"PERSON\""));
    }

    @Test
    void aReplayThatAddsNothingTrainsNoModel() throws Exception {
        Path dir = TestSettings.newDataDir("replay-again");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(Reports.report("MET", "MET-" + i).person("P1", "WITNESS", "Given" + i, "Family" + i, null).json());
        }
        Path file = dir.resolve("reports.jsonl");
        Files.write(file, lines);

        Cli.Result first = run(dir, "replay", file.toString());
        Cli.Result again = run(dir, "replay", file.toString());

        assertThat(first.out()).containsPattern("(?m)^model: ").doesNotContain("not trained");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("accepted 0, rejected 0, duplicates 20")
                .contains("model: not trained: the replay added nothing to the store");
    }

    static Cli.Result run(Path dir, String... args) {
        return Cli.run(TestSettings.create(dir, Map.of()), args);
    }
}
