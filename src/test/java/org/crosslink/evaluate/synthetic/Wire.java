package org.crosslink.evaluate.synthetic;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.crosslink.store.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes reports in wire format v1, one a line, in the order they were made, and the truth of every mention, one
 * line each ({@code {"source","reportId","ref","kind","truth"}}, the form {@code evaluate --truth} reads). Report ids
 * take the form forces use ({@code GMP-2025-000123}) and say nothing about the truth.
 */
public final class Wire {
    /** The lines of a data set: reports and truth, with counts for a summary. */
    public record Dataset(List<String> reports, List<String> truth, int persons, int personMentions) {
    }

    private static final String[] ROLES = {"POTENTIAL_VICTIM", "SUSPECT", "WITNESS", "ASSOCIATE", "UNKNOWN"};

    private Wire() {
    }

    /** A role drawn for a record that has none of its own (one-record-a-report shapes). */
    public static String anyRole(Random rng) {
        return ROLES[rng.nextInt(ROLES.length)];
    }

    public static Dataset write(List<SyntheticReport> reports, Random rng) {
        List<SyntheticReport> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(SyntheticReport::reportedAt));
        List<String> lines = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        Set<String> persons = new LinkedHashSet<>();
        int mentions = 0;
        for (int i = 0; i < ordered.size(); i++) {
            SyntheticReport r = ordered.get(i);
            String id = String.format("%s-%d-%06d", r.source(), r.reportedAt().atZone(ZoneOffset.UTC).getYear(), i + 1);
            lines.add(report(r, id, rng, truth).toString());
            r.persons().forEach(p -> persons.add(p.truth()));
            mentions += r.persons().size();
        }
        return new Dataset(lines, truth, persons.size(), mentions);
    }

    private static ObjectNode report(SyntheticReport r, String id, Random rng, List<String> truth) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("schemaVersion", 1);
        o.put("reportId", id);
        o.put("source", r.source());
        o.put("revision", 1);
        o.put("reportedAt", r.reportedAt().toString());
        o.put("investigationStatus", rng.nextInt(5) == 0 ? "CLOSED" : "OPEN");
        ObjectNode g = o.putObject("grading");
        g.put("source", String.valueOf(1 + rng.nextInt(3)));
        g.put("intelligence", String.valueOf((char) ('A' + rng.nextInt(5))));
        g.put("handling", "P");
        o.putArray("exploitation").add(r.exploitation());
        o.put("narrative", r.narrative());
        Map<Place, String> places = new LinkedHashMap<>();
        ArrayNode persons = o.putArray("persons");
        for (int i = 0; i < r.persons().size(); i++) {
            Mention m = r.persons().get(i);
            String ref = "P" + (i + 1);
            persons.add(person(m, ref, places));
            truth.add(truthLine(r.source(), id, ref, "PERSON", m.truth()));
        }
        if (!places.isEmpty()) {
            ArrayNode locations = o.putArray("locations");
            places.forEach((p, ref) -> {
                locations.add(location(p, ref));
                if (p.truth() != null) {
                    truth.add(truthLine(r.source(), id, ref, "LOCATION", p.truth()));
                }
            });
        }
        return o;
    }

    private static ObjectNode person(Mention m, String ref, Map<Place, String> places) {
        ObjectNode p = Json.MAPPER.createObjectNode();
        p.put("ref", ref);
        p.put("role", m.role());
        put(p, "givenName", m.givenName());
        put(p, "familyName", m.familyName());
        put(p, "dateOfBirth", m.dateOfBirth());
        put(p, "gender", m.gender());
        put(p, "nationality", m.nationality());
        if (!m.identifiers().isEmpty()) {
            ArrayNode ids = p.putArray("identifiers");
            for (Mention.Identifier i : m.identifiers()) {
                ids.addObject().put("type", i.type()).put("value", i.value());
            }
        }
        if (!m.places().isEmpty()) {
            ArrayNode refs = p.putArray("locationRefs");
            for (Place place : m.places()) {
                refs.add(places.computeIfAbsent(place, k -> "L" + (places.size() + 1)));
            }
        }
        return p;
    }

    private static ObjectNode location(Place p, String ref) {
        ObjectNode l = Json.MAPPER.createObjectNode();
        l.put("ref", ref);
        l.put("kind", p.kind());
        put(l, "name", p.name());
        if (!p.addressLines().isEmpty()) {
            ArrayNode lines = l.putArray("addressLines");
            p.addressLines().forEach(lines::add);
        }
        put(l, "town", p.town());
        put(l, "postcode", p.postcode());
        put(l, "region", p.region());
        put(l, "country", p.country());
        return l;
    }

    private static String truthLine(String source, String reportId, String ref, String kind, String truth) {
        ObjectNode t = Json.MAPPER.createObjectNode();
        t.put("source", source).put("reportId", reportId).put("ref", ref).put("kind", kind).put("truth", truth);
        return t.toString();
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value);
        }
    }
}
