package org.crosslink.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** What rendering an alert needs from the store: the contributing reports as held, and the links between the mentions. */
public record RenderData(Map<String, StoredReport> reports, List<Link> links, Map<String, List<Link>> linksByMention) {

    public RenderData(Map<String, StoredReport> reports, List<Link> links) {
        this(reports, links, index(links));
    }

    private static Map<String, List<Link>> index(List<Link> links) {
        Map<String, List<Link>> out = new HashMap<>();
        for (Link l : links) {
            out.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
            out.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
        }
        return out;
    }

    /** A report as the bus holds it; {@code body} is null once erased. */
    public record StoredReport(String source, String reportId, int revision, String gradingSource, String gradingIntelligence,
                               String handling, String investigation, Instant reportedAt, JsonNode body) {
    }

    /** A link between two mentions (keys {@code SOURCE/ID#REF}) with its evidence as stored. */
    public record Link(String a, String b, String outcome, double probability, JsonNode evidence) {
    }
}
