package org.crosslink.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crosslink.model.Event;
import org.crosslink.model.EventType;
import org.crosslink.model.Exploitation;
import org.crosslink.model.Grading;
import org.crosslink.model.Handling;
import org.crosslink.model.Identifier;
import org.crosslink.model.IdentifierType;
import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.Location;
import org.crosslink.model.LocationKind;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.Role;
import tools.jackson.databind.JsonNode;

/** Turns a report that passed the schema into the domain record. The schema has checked every type. */
public final class ReportReader {

    /** Thrown when a value passes the schema's pattern but is still not a real instant (month 13, say). */
    public static final class BadValue extends RuntimeException {
        private final String pointer;

        BadValue(String pointer, String message) {
            super(message);
            this.pointer = pointer;
        }

        public String pointer() {
            return pointer;
        }
    }

    public Report read(JsonNode n) {
        JsonNode g = n.get("grading");
        Grading grading = new Grading(g.get("source").asString(), g.get("intelligence").asString(),
                Handling.valueOf(g.get("handling").asString()));
        return new Report(n.get("schemaVersion").asInt(), n.get("reportId").asString(), n.get("source").asString(),
                n.get("revision").asInt(), instant(n.get("reportedAt"), "/reportedAt"),
                enumOr(n.get("investigationStatus"), InvestigationStatus::valueOf, InvestigationStatus.OPEN),
                grading, text(n.get("handlingConditions")),
                list(n.get("exploitation"), (x, i) -> Exploitation.valueOf(x.asString())),
                text(n.get("narrative")),
                list(n.get("persons"), (x, i) -> person(x)),
                list(n.get("locations"), (x, i) -> location(x)),
                list(n.get("events"), (x, i) -> event(x, i)));
    }

    private Person person(JsonNode p) {
        List<Identifier> ids = list(p.get("identifiers"), (x, i) -> {
            String raw = x.get("type").asString();
            IdentifierType type = IdentifierType.parse(raw).orElse(IdentifierType.OTHER);
            return new Identifier(type, raw, x.get("value").asString());
        });
        return new Person(p.get("ref").asString(), enumOr(p.get("role"), Role::valueOf, Role.UNKNOWN),
                text(p.get("givenName")), text(p.get("familyName")), list(p.get("aliases"), (x, i) -> x.asString()),
                text(p.get("dateOfBirth")), text(p.get("gender")), text(p.get("nationality")), ids,
                list(p.get("locationRefs"), (x, i) -> x.asString()));
    }

    private Location location(JsonNode l) {
        return new Location(l.get("ref").asString(), enumOr(l.get("kind"), LocationKind::valueOf, LocationKind.OTHER),
                text(l.get("name")), list(l.get("addressLines"), (x, i) -> x.asString()), text(l.get("town")),
                text(l.get("postcode")), text(l.get("region")), text(l.get("country")),
                number(l.get("latitude")), number(l.get("longitude")));
    }

    private Event event(JsonNode e, int index) {
        JsonNode at = e.get("at");
        return new Event(EventType.valueOf(e.get("type").asString()), text(e.get("personRef")),
                at == null ? null : instant(at, "/events/" + index + "/at"));
    }

    private static Instant instant(JsonNode node, String pointer) {
        try {
            return OffsetDateTime.parse(node.asString()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadValue(pointer, "'" + node.asString() + "' is not a real date and time");
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static Double number(JsonNode node) {
        return node == null || node.isNull() ? null : node.doubleValue();
    }

    private static <E> E enumOr(JsonNode node, Function<String, E> parse, E otherwise) {
        return node == null || node.isNull() ? otherwise : parse.apply(node.asString());
    }

    private interface Item<T> {
        T read(JsonNode node, int index);
    }

    private static <T> List<T> list(JsonNode array, Item<T> item) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(item.read(array.get(i), i));
        }
        return out;
    }
}
