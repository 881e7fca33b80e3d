package org.crosslink.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.io.input.BOMInputStream;
import org.crosslink.model.MentionKey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The truth of each mention, one JSON object a line: {@code {"source","reportId","ref","truth"}} with an optional
 * {@code "kind"} (PERSON, the default, or LOCATION); mentions with the same truth are the same person or place.
 */
final class TruthFile {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TruthFile() {
    }

    static void read(Path file, Map<MentionKey, String> persons, Map<MentionKey, String> locations, InputProblems problems)
            throws IOException {
        String name = file.getFileName().toString();
        // a byte-order mark, as some Windows tools begin UTF-8 text with, is not part of the first line
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(), StandardCharsets.UTF_8.newDecoder()))) {
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (!line.isBlank()) {
                    add(line, name + ":" + n, persons, locations, problems);
                }
            }
        }
    }

    private static void add(String line, String where, Map<MentionKey, String> persons, Map<MentionKey, String> locations,
                            InputProblems problems) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JacksonException e) {
            problems.skip(where, "truth line not JSON", null);
            return;
        }
        String source = text(n, "source");
        String reportId = text(n, "reportId");
        String ref = text(n, "ref");
        String truth = text(n, "truth");
        String kind = n.path("kind").isMissingNode() || n.path("kind").isNull() ? "PERSON" : n.path("kind").asString("");
        if (source == null || reportId == null || ref == null || truth == null) {
            problems.skip(where, "truth line lacks source, reportId, ref or truth", null);
            return;
        }
        Map<MentionKey, String> into = switch (kind) {
            case "PERSON" -> persons;
            case "LOCATION" -> locations;
            default -> null;
        };
        if (into == null) {
            problems.skip(where, "truth line of unknown kind", kind);
            return;
        }
        MentionKey key = new MentionKey(source, reportId, ref);
        String before = into.putIfAbsent(key, truth);
        if (before != null && !before.equals(truth)) {
            problems.skip(where, "mention given two truths", key + ": " + before + " and " + truth);
        }
    }

    /** A field's value as text (a number becomes its digits), or null when absent, null or blank. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!(v.isString() || v.isNumber())) {
            return null;
        }
        String s = v.asString();
        return s.isBlank() ? null : s;
    }
}
