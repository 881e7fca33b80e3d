package org.crosslink.console;

import static org.crosslink.console.Html.esc;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Pieces of an entity's page: a person or place in words, a link's comparisons in words and numbers. */
final class EntityView {
    private EntityView() {
    }

    /** The person or location of a report with this ref, or null. */
    static JsonNode find(JsonNode body, String kind, String ref) {
        if (body == null) {
            return null;
        }
        for (JsonNode x : body.path("P".equals(kind) ? "persons" : "locations")) {
            if (ref.equals(x.path("ref").asString(null))) {
                return x;
            }
        }
        return null;
    }

    /** A person's name as reported, or a place's name or address. */
    static String label(String kind, JsonNode n) {
        if (n == null) {
            return null;
        }
        if ("P".equals(kind)) {
            String name = (n.path("givenName").asString("") + " " + n.path("familyName").asString("")).trim();
            return name.isEmpty() ? null : name;
        }
        return place(n);
    }

    /** A place in one line: name, address lines, town, postcode. */
    static String place(JsonNode l) {
        List<String> parts = new ArrayList<>();
        if (l.hasNonNull("name")) {
            parts.add(l.get("name").asString());
        }
        l.path("addressLines").forEach(x -> parts.add(x.asString()));
        for (String f : new String[] {"town", "postcode", "country"}) {
            if (l.hasNonNull(f)) {
                parts.add(l.get(f).asString());
            }
        }
        return String.join(", ", parts);
    }

    /** What a report says of a person: name, aliases, date of birth, gender, nationality, identifiers, places. */
    static String person(JsonNode p, JsonNode body) {
        List<String> parts = new ArrayList<>();
        String name = label("P", p);
        if (name != null) {
            parts.add(esc(name));
        }
        if (!p.path("aliases").isEmpty()) {
            parts.add("also known as " + esc(String.join(", ", AlertView.strings(p.path("aliases")))));
        }
        if (p.hasNonNull("dateOfBirth")) {
            parts.add("born " + esc(p.get("dateOfBirth").asString()));
        }
        for (String f : new String[] {"gender", "nationality"}) {
            if (p.hasNonNull(f)) {
                parts.add(esc(p.get(f).asString()));
            }
        }
        for (JsonNode id : p.path("identifiers")) {
            parts.add(esc(Html.words(id.path("type").asString()) + " " + id.path("value").asString()));
        }
        for (JsonNode ref : p.path("locationRefs")) {
            JsonNode l = find(body, "L", ref.asString());
            if (l != null) {
                parts.add("at " + esc(place(l)));
            }
        }
        return String.join("<br>", parts);
    }

    /**
     * A link's comparisons: each field, the level at which it agreed or disagreed, and its weight in bits
     * (positive for evidence for one person, negative against), as 'explain' prints them. A text node is a
     * withholding notice.
     */
    static String comparisons(JsonNode comparisons) {
        if (comparisons.isString()) {
            return "<p class=\"govuk-body-s\">" + esc(comparisons.asString()) + "</p>";
        }
        StringBuilder sb = new StringBuilder("<table class=\"govuk-table crosslink-evidence\"><thead class=\"govuk-table__head\">"
                + "<tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Field</th>"
                + "<th scope=\"col\" class=\"govuk-table__header\">Agreement</th>"
                + "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Weight (bits)</th></tr></thead>"
                + "<tbody class=\"govuk-table__body\">");
        for (JsonNode c : comparisons) {
            sb.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">").append(esc(c.path("field").asString()))
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(Html.words(c.path("level").asString())))
                    .append("</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">")
                    .append(esc(String.format("%+.1f", c.path("weight").asDouble()))).append("</td></tr>");
        }
        return sb.append("</tbody></table>").toString();
    }
}
