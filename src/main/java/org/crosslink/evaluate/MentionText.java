package org.crosslink.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crosslink.model.Identifier;
import org.crosslink.model.Location;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.ReportKey;

/**
 * A mention's key fields on one line, as its report gave them (names, date of birth, gender, postcode, town,
 * identifiers) with its key and, for a CSV row, the row's id: personal data, for a developer's eyes on labelled data.
 */
final class MentionText {
    private final Map<ReportKey, Report> reports = new HashMap<>();
    private final Map<ReportKey, String> rowIds;

    MentionText(List<Report> reports, Map<ReportKey, String> rowIds) {
        reports.forEach(r -> this.reports.put(r.key(), r));
        this.rowIds = rowIds;
    }

    String describe(MentionKey key) {
        Report r = reports.get(key.report());
        String row = rowIds.containsKey(key.report()) ? " [row " + rowIds.get(key.report()) + "]" : "";
        if (r == null) {
            return key + row + " (not in any accepted report)";
        }
        Person p = r.persons().stream().filter(x -> x.ref().equals(key.ref())).findFirst().orElse(null);
        if (p != null) {
            return key + row + ": " + person(r, p);
        }
        return key + row + ": " + r.location(key.ref()).map(MentionText::place).orElse("?");
    }

    private static String person(Report r, Person p) {
        List<String> out = new ArrayList<>();
        out.add(join(p.givenName(), p.familyName()).isEmpty() ? "(no name)" : join(p.givenName(), p.familyName()));
        if (!p.aliases().isEmpty()) {
            out.add("aka " + String.join(" / ", p.aliases()));
        }
        add(out, "born ", p.dateOfBirth());
        add(out, "gender ", p.gender());
        for (String ref : p.locationRefs()) {
            r.location(ref).ifPresent(l -> {
                add(out, "postcode ", l.postcode());
                add(out, "town ", l.town());
            });
        }
        for (Identifier id : p.identifiers()) {
            out.add(id.rawType() + " " + id.value());
        }
        return String.join(", ", out);
    }

    private static String place(Location l) {
        List<String> out = new ArrayList<>(l.addressLines());
        add(out, "", l.name());
        add(out, "", l.town());
        add(out, "", l.postcode());
        return out.isEmpty() ? "(no address)" : String.join(", ", out);
    }

    private static void add(List<String> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(label + value);
        }
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
    }
}
