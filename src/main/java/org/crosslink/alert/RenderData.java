package org.crosslink.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What rendering an alert needs from the store: the contributing reports as held, the links between the mentions, and
 * the persons of other entities who share an identifier with them.
 */
public record RenderData(Map<String, StoredReport> reports, List<Link> links, Map<String, List<Link>> linksByMention,
                         List<Association> associations) {

    public RenderData {
        associations = List.copyOf(associations);
    }

    public RenderData(Map<String, StoredReport> reports, List<Link> links) {
        this(reports, links, List.of());
    }

    public RenderData(Map<String, StoredReport> reports, List<Link> links, List<Association> associations) {
        this(reports, links, index(links), associations);
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

    /**
     * A person of another entity who shares an identifier (a phone, vehicle, e-mail address or bank account) with a
     * contributing mention (key {@code SOURCE/ID#REF}), or is named in a report about the same place (via
     * {@code PLACE}): the kind, the other entity, and what disclosing the other mention depends on (its report,
     * source, handling code, and whether that report names a child).
     */
    public record Association(String mentionKey, String via, String otherEntity, String otherReport, String otherSource,
                              String otherHandling, boolean otherChild) {
        /** The kind of an association through a place. */
        public static final String PLACE = "PLACE";

        /**
         * An association through a place as an alert change keeps it in the outbox, compactly (it may hold many):
         * {@code SOURCE/ID#REF|OTHER_ENTITY|OTHER_SOURCE/OTHER_ID|HANDLING|CHILD}. Keys and ids never hold a bar.
         */
        public String placeEntry() {
            return String.join("|", mentionKey, otherEntity, otherReport, otherHandling, otherChild ? "1" : "0");
        }

        /** An association through a place from its {@link #placeEntry}. */
        public static Association ofPlaceEntry(String entry) {
            String[] p = entry.split("\\|", -1);
            if (p.length != 5) {
                throw new IllegalArgumentException("not a place association: " + entry);
            }
            return new Association(p[0], PLACE, p[1], p[2], p[2].substring(0, p[2].indexOf('/')), p[3], "1".equals(p[4]));
        }
    }

    /** A link between two mentions (keys {@code SOURCE/ID#REF}) with its evidence as stored. */
    public record Link(String a, String b, String outcome, double probability, JsonNode evidence) {
    }
}
