package org.crosslink.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosslink.store.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds wire-format v1 reports for tests. */
public final class Reports {
    private final ObjectNode node = Json.MAPPER.createObjectNode();

    private Reports(String source, String reportId, int revision) {
        node.put("schemaVersion", 1);
        node.put("reportId", reportId);
        node.put("source", source);
        node.put("revision", revision);
        node.put("reportedAt", "2026-11-20T10:15:00Z");
        node.put("investigationStatus", "OPEN");
        ObjectNode g = node.putObject("grading");
        g.put("source", "2");
        g.put("intelligence", "B");
        g.put("handling", "P");
        node.putArray("exploitation").add("LABOUR");
        node.put("narrative", "Test narrative.");
        node.putArray("persons");
        node.putArray("locations");
        node.putArray("events");
    }

    public static Reports report(String source, String reportId) {
        return new Reports(source, reportId, 1);
    }

    public Reports revision(int revision) {
        node.put("revision", revision);
        return this;
    }

    public Reports status(String status) {
        node.put("investigationStatus", status);
        return this;
    }

    public Reports reportedAt(String at) {
        node.put("reportedAt", at);
        return this;
    }

    public Reports handling(String code, String conditions) {
        ((ObjectNode) node.get("grading")).put("handling", code);
        if (conditions != null) {
            node.put("handlingConditions", conditions);
        }
        return this;
    }

    public Reports narrative(String text) {
        node.put("narrative", text);
        return this;
    }

    /** A person: given, family, date of birth (may be null), role; identifiers as TYPE=value pairs. */
    public Reports person(String ref, String role, String given, String family, String dob, String... identifiers) {
        ObjectNode p = ((ArrayNode) node.get("persons")).addObject();
        p.put("ref", ref);
        p.put("role", role);
        if (given != null) {
            p.put("givenName", given);
        }
        if (family != null) {
            p.put("familyName", family);
        }
        if (dob != null) {
            p.put("dateOfBirth", dob);
        }
        ArrayNode ids = p.putArray("identifiers");
        for (String id : identifiers) {
            int eq = id.indexOf('=');
            ObjectNode i = ids.addObject();
            i.put("type", id.substring(0, eq));
            i.put("value", id.substring(eq + 1));
        }
        return this;
    }

    /** Links the last person added to a location ref. */
    public Reports livesAt(String locationRef) {
        ArrayNode persons = (ArrayNode) node.get("persons");
        ObjectNode p = (ObjectNode) persons.get(persons.size() - 1);
        (p.has("locationRefs") ? (ArrayNode) p.get("locationRefs") : p.putArray("locationRefs")).add(locationRef);
        return this;
    }

    public Reports address(String ref, String kind, String name, List<String> lines, String town, String postcode) {
        ObjectNode l = ((ArrayNode) node.get("locations")).addObject();
        l.put("ref", ref);
        l.put("kind", kind);
        if (name != null) {
            l.put("name", name);
        }
        ArrayNode a = l.putArray("addressLines");
        lines.forEach(a::add);
        if (town != null) {
            l.put("town", town);
        }
        if (postcode != null) {
            l.put("postcode", postcode);
        }
        l.put("country", "GB");
        return this;
    }

    public Reports event(String type, String personRef) {
        ObjectNode e = ((ArrayNode) node.get("events")).addObject();
        e.put("type", type);
        e.put("personRef", personRef);
        return this;
    }

    /** Sets any top-level field to any JSON value, for malformed reports. */
    public Reports set(String field, Object value) {
        node.set(field, Json.MAPPER.valueToTree(value));
        return this;
    }

    public Reports remove(String field) {
        node.remove(field);
        return this;
    }

    public ObjectNode node() {
        return node;
    }

    public String json() {
        return node.toString();
    }

    @Override
    public String toString() {
        return json();
    }

    public static List<String> lines(Reports... reports) {
        List<String> out = new ArrayList<>();
        for (Reports r : reports) {
            out.add(r.json());
        }
        return out;
    }

    public static Map<String, Object> personMap(String given, String family) {
        return Map.of("ref", "P1", "givenName", given, "familyName", family);
    }
}
