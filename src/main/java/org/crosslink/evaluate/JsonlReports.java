package org.crosslink.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosslink.intake.ParsedBody;
import org.crosslink.intake.Rejection;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportReader;
import org.crosslink.intake.ReportSchema;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Report;
import org.crosslink.model.ReportKey;
import tools.jackson.databind.JsonNode;

/**
 * Reports in wire format v1, one a line, with a truth file of one line a mention
 * ({@code {"source","reportId","ref","truth"}}, and {@code "kind"} PERSON or LOCATION, PERSON when absent). Each
 * report goes through the bus's own parser, schema and reader: a line the bus would reject is counted with its
 * reason and skipped. Of several revisions of one report the highest is kept, as the bus keeps it.
 */
public final class JsonlReports {
    private final ReportParser parser;
    private final ReportSchema schema;
    private final ReportReader reader = new ReportReader();

    public JsonlReports(ReportParser parser, ReportSchema schema) {
        this.parser = parser;
        this.schema = schema;
    }

    public LabelledData read(Path reportsFile, Path truthFile) throws IOException {
        InputProblems problems = new InputProblems();
        Map<ReportKey, Report> reports = new LinkedHashMap<>();
        String name = reportsFile.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(reportsFile)) {
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (!line.isBlank()) {
                    keep(accept(line, name + ":" + n, problems), name + ":" + n, reports, problems);
                }
            }
        }
        Map<MentionKey, String> persons = new HashMap<>();
        Map<MentionKey, String> locations = new HashMap<>();
        TruthFile.read(truthFile, persons, locations, problems);
        return new LabelledData(new ArrayList<>(reports.values()), persons, locations, Map.of(), problems);
    }

    /** The report on a line, or null (and the reason recorded) when the bus would reject it. */
    private Report accept(String line, String where, InputProblems problems) {
        ParsedBody parsed = parser.parse(line);
        if (!parsed.ok()) {
            problems.skip(where, parsed.rejection().code().name(), parsed.rejection().message());
            return null;
        }
        JsonNode json = parsed.json();
        List<Rejection> rejections = schema.check(json).rejections();
        if (!rejections.isEmpty()) {
            Rejection r = rejections.get(0);
            problems.skip(where, r.code().name(), r.pointer() + " " + r.message());
            return null;
        }
        try {
            return reader.read(json);
        } catch (ReportReader.BadValue e) {
            problems.skip(where, "INVALID_VALUE", e.pointer() + " " + e.getMessage());
        } catch (RuntimeException e) {
            problems.skip(where, "INVALID_VALUE", e.getMessage());
        }
        return null;
    }

    private static void keep(Report r, String where, Map<ReportKey, Report> reports, InputProblems problems) {
        if (r == null) {
            return;
        }
        Report before = reports.get(r.key());
        if (before == null || before.revision() < r.revision()) {
            if (before != null) {
                problems.skip(where, "superseded revision", r.key() + " revision " + before.revision() + " by " + r.revision());
            }
            reports.put(r.key(), r);
        } else {
            problems.skip(where, before.revision() == r.revision() ? "duplicate report" : "superseded revision",
                    r.key() + " revision " + r.revision());
        }
    }
}
