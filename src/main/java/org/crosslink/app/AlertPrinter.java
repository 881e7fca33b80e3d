package org.crosslink.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.crosslink.store.Json;
import tools.jackson.databind.JsonNode;

/** Prints an alert as one JSON line, or in a readable form for people. */
final class AlertPrinter {
    private final PrintStream out;
    private final boolean pretty;

    AlertPrinter(PrintStream out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    synchronized void print(String json) {
        if (!pretty) {
            out.println(json);
            out.flush();
            return;
        }
        JsonNode a = Json.MAPPER.readTree(json);
        out.printf("%n[%s] %s %s  %s v%d%n", a.path("severity").asString(), a.path("type").asString(),
                a.path("status").asString(), a.path("alertId").asString(), a.path("version").asInt());
        out.printf("  %s%n", a.path("summary").asString());
        if (a.has("reason")) {
            out.printf("  reason: %s%n", a.path("reason").asString());
        }
        out.printf("  sources: %s   recipients of this copy: %s%n", join(a.path("sources")), join(a.path("recipients")));
        JsonNode s = a.path("subject");
        List<String> subject = new ArrayList<>();
        if (!s.path("names").isEmpty()) {
            subject.add(join(s.path("names")));
        }
        if (s.has("datesOfBirth")) {
            subject.add("born " + join(s.path("datesOfBirth")));
        }
        if (s.has("identifiers")) {
            subject.add(join(s.path("identifiers")));
        }
        for (JsonNode p : s.path("places")) {
            subject.add((p.path("name").asString("") + " " + join(p.path("addressLines")) + " " + p.path("town").asString("")
                    + " " + p.path("postcode").asString("")).trim());
        }
        if (!subject.isEmpty()) {
            out.printf("  subject: %s%n", String.join("; ", subject));
        }
        if (a.has("childNotice")) {
            out.printf("  %s%n", a.path("childNotice").asString());
        }
        for (JsonNode r : a.path("reports")) {
            String grading = r.path("grading").path("source").asString() + r.path("grading").path("intelligence").asString()
                    + " " + r.path("grading").path("handling").asString();
            if ("HIT_NOTICE".equals(r.path("disclosure").asString())) {
                out.printf("  - %s/%s rev %d (%s): HIT NOTICE, %s%n", r.path("source").asString(), r.path("reportId").asString(),
                        r.path("revision").asInt(), grading, r.path("notice").asString());
            } else {
                out.printf("  - %s/%s rev %d (%s, %s): %s%n", r.path("source").asString(), r.path("reportId").asString(),
                        r.path("revision").asInt(), grading, r.path("investigationStatus").asString(), r.path("narrative").asString(""));
            }
        }
        if (a.has("statutoryNote")) {
            out.printf("  ! %s%n", a.path("statutoryNote").asString());
        }
        out.flush();
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(x -> parts.add(x.asString()));
        return String.join(", ", parts);
    }
}
