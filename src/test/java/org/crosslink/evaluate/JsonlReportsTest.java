package org.crosslink.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crosslink.intake.IntakeLimits;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportSchema;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Report;
import org.crosslink.store.Json;
import org.crosslink.test.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports one a line with their truth: read as the bus reads them, the highest revision kept, bad truth lines counted. */
class JsonlReportsTest {
    @TempDir
    Path dir;

    private LabelledData read(List<String> reports, List<String> truth) throws Exception {
        Files.write(dir.resolve("reports.jsonl"), reports);
        Files.write(dir.resolve("truth.jsonl"), truth);
        ReportSchema schema = new ReportSchema(Json.MAPPER.readTree(Path.of("config/report.schema.json").toFile()), List.of("MET", "GMP"));
        return new JsonlReports(new ReportParser(IntakeLimits.defaults()), schema).read(dir.resolve("reports.jsonl"), dir.resolve("truth.jsonl"));
    }

    private static String ana(int revision, String family) {
        return Reports.report("MET", "MET-1").revision(revision).person("P1", "WITNESS", "Ana", family, "1990-03-14").json();
    }

    @Test
    void theHighestRevisionOfAReportIsKeptWhereverItComes() throws Exception {
        LabelledData data = read(List.of(ana(1, "Popescu"), ana(3, "Ionescu"), ana(2, "Lupu")), List.of());

        assertThat(data.reports()).singleElement().extracting(Report::revision).isEqualTo(3);
        assertThat(data.problems().byReason()).containsEntry("superseded revision", 2);
    }

    @Test
    void aReportFromASourceTheRegistryDoesNotKnowIsSkippedAsTheBusWouldRejectIt() throws Exception {
        String kent = Reports.report("KENT", "KENT-1").person("P1", "WITNESS", "Ana", "Popescu", null).json();

        LabelledData data = read(List.of(kent), List.of());

        assertThat(data.reports()).isEmpty();
        assertThat(data.problems().first()).singleElement().asString().startsWith("reports.jsonl:1: ").contains("/source");
    }

    @Test
    void filesThatBeginWithAByteOrderMarkAreReadWhole() throws Exception {
        LabelledData data = read(List.of("\uFEFF" + ana(1, "Popescu")),
                List.of("\uFEFF{\"source\":\"MET\",\"reportId\":\"MET-1\",\"ref\":\"P1\",\"truth\":\"17\"}"));

        assertThat(data.reports()).hasSize(1);
        assertThat(data.personTruth()).containsExactlyEntriesOf(Map.of(new MentionKey("MET", "MET-1", "P1"), "17"));
        assertThat(data.problems().count()).isZero();
    }

    @Test
    void truthLinesThatCannotBeUsedAreCountedAndANumberIsATruth() throws Exception {
        LabelledData data = read(List.of(ana(1, "Popescu")), List.of(
                "{\"source\":\"MET\",\"reportId\":\"MET-1\",\"ref\":\"P1\",\"truth\":17}",
                "{\"source\":\"MET\",\"reportId\":\"MET-1\",\"ref\":\"L1\",\"kind\":\"LOCATION\",\"truth\":\"mill-lane\"}",
                "not json",
                "{\"source\":\"MET\",\"reportId\":\"MET-1\",\"truth\":\"x\"}",
                "{\"source\":\"MET\",\"reportId\":\"MET-1\",\"ref\":\"V1\",\"kind\":\"VEHICLE\",\"truth\":\"x\"}",
                "{\"source\":\"MET\",\"reportId\":\"MET-1\",\"ref\":\"P1\",\"truth\":\"18\"}"));

        assertThat(data.personTruth()).containsExactlyEntriesOf(Map.of(new MentionKey("MET", "MET-1", "P1"), "17"));
        assertThat(data.locationTruth()).containsOnlyKeys(new MentionKey("MET", "MET-1", "L1"));
        assertThat(data.problems().byReason()).containsOnlyKeys("truth line not JSON", "truth line lacks source, reportId, ref or truth",
                "truth line of unknown kind", "mention given two truths");
    }
}
