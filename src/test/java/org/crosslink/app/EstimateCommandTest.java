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

/** 'estimate' through the command line: EM on the pairs blocking brings together, printed beside the configuration. */
class EstimateCommandTest {

    @Test
    void aFebrlFileGivesAnEstimateOfEveryVariedFieldBesideTheConfiguredValues() throws Exception {
        Path dir = TestSettings.newDataDir("estimate-febrl");
        List<String> lines = new ArrayList<>(List.of(
                "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id"));
        String[][] people = {{"lachlan", "berry", "69", "giblin street", "19990219"}, {"grace", "waller", "6", "tullaroop street", "19810912"},
            {"joshua", "white", "12", "mills place", "19700305"}, {"emily", "clarke", "3", "hay street", "19920128"}};
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            lines.add(String.join(", ", "rec-" + i + "-org", p[0], p[1], p[2], p[3], "", "bittern", "4814", "qld", p[4], "70000" + i));
            lines.add(String.join(", ", "rec-" + i + "-dup-0", p[0], p[1] + "e", p[2], p[3], "", "bittern", "4814", "qld", p[4], "70000" + i));
            lines.add(String.join(", ", "rec-" + i + "-dup-1", p[0].substring(0, 3), p[1], p[2], p[3], "", "bitern", "4814", "qld", p[4], ""));
        }
        Path file = dir.resolve("sample.csv");
        Files.write(file, lines);

        Cli.Result r = Cli.run(TestSettings.create(dir, Map.of()), "estimate", file.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("person:", "    familyName:", "      EXACT:", "# [0.80000, 0.002000]")
                .containsPattern("estimate: pairs=[1-9][0-9]* match-share=[01]\\.[0-9]{4} iterations=[0-9]+ converged=true");
    }

    @Test
    void reportsWithNoPairToCompareSayThereIsNothingToEstimateFrom() throws Exception {
        Path dir = TestSettings.newDataDir("estimate-none");
        Path file = dir.resolve("reports.jsonl");
        Files.write(file, List.of(
                Reports.report("MET", "MET-E-1").person("P1", "WITNESS", "Ana", "Lupu", "1980-01-01").json(),
                Reports.report("GMP", "GMP-E-2").person("P1", "WITNESS", "Piotr", "Nowak", "1991-05-06").json(),
                "not json"));

        Cli.Result r = Cli.run(TestSettings.create(dir, Map.of()), "estimate", file.toString());

        assertThat(r.exit()).isEqualTo(1);
    }
}
