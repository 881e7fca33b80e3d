package org.crosslink.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.model.IdentifierType;
import org.crosslink.resolve.compare.Households;
import org.crosslink.resolve.compare.Slips;
import org.crosslink.resolve.learn.ModelFile;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.runtime.RuntimeSettings;
import org.crosslink.store.AuditLog;
import org.crosslink.store.Database;
import org.crosslink.store.Explanations;
import org.crosslink.store.Json;
import org.crosslink.store.Models;
import org.crosslink.store.NearMisses;
import org.crosslink.store.Rows;
import org.crosslink.store.SharedIdentifiers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** Shows every mention of an entity, from which source and report, and why they were joined. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Show an entity: its mentions, the evidence of its links, its near misses, associates and history.",
        description = {"Show every mention of an entity (source, report, revision, grading), the evidence of every link",
                "between them (each comparison, its level and weight, the total), the links to mentions of other entities",
                "that were not enough to join them (possible matches), and the entity's merges and splits.",
                "The consultation is recorded in the audit log."})
public final class ExplainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    /** At most this many (associate, place, report) connections are listed. */
    static final int MAX_ASSOCIATE_ROWS = 200;
    /** At most this many near misses are listed, strongest first. */
    static final int MAX_NEAR_MISSES = 50;

    @Parameters(paramLabel = "ENTITY_ID")
    String entityId;

    @Option(names = "--as", description = "Who is consulting, for the audit log (default: the operating-system user).")
    String actor = System.getProperty("user.name");

    @Override
    public Integer call() throws Exception {
        try (Database db = BusRuntime.openDatabase(common.settings())) {
            Explanations store = new Explanations(db);
            Explanations.EntityRow entity = store.entity(entityId);
            if (entity == null) {
                System.out.printf("no entity %s%n", entityId);
                return 1;
            }
            System.out.printf("Entity %s (%s)%s%n", entityId, "P".equals(entity.kind()) ? "person" : "place",
                    entity.active() ? "" : ", retired" + (entity.mergedInto() == null ? "" : ": merged into " + entity.mergedInto()));
            Map<Long, String> mentions = mentions(store.mentions(entityId));
            links(store.linksBetween(mentions.keySet()), mentions);
            if ("P".equals(entity.kind())) {
                new Models(db).active().ifPresent(ExplainCommand::vetoesLifted);
            }
            possible(store.linksToOthers(mentions.keySet()), mentions);
            nearMisses(store.nearMisses(mentions.keySet(), MAX_NEAR_MISSES), mentions);
            associates(store.associates(entityId, entity.kind(), MAX_ASSOCIATE_ROWS), entity.kind());
            if ("P".equals(entity.kind())) {
                sharedIdentifiers(store.sharedIdentifiers(mentions.keySet()));
            }
            history(store.history(entityId));
            new AuditLog(RuntimeSettings.auditKey(common.settings())).append(db, List.of(new AuditEntry(Instant.now(), actor, AuditAction.CONSULTATION, null,
                    entityId, null, null, "explain: " + mentions.size() + " mentions")));
            return 0;
        }
    }

    private static Map<Long, String> mentions(List<Explanations.MentionRow> rows) {
        Map<Long, String> out = new LinkedHashMap<>();
        System.out.printf("%n%d mentions:%n", rows.size());
        for (Explanations.MentionRow m : rows) {
            out.put(m.id(), m.mentionKey());
            String role = m.facts().split("\\|")[0];
            System.out.printf("  %-44s rev %d  %-16s graded %s %s  reported %s  %s%n    %s%n", m.mentionKey(), m.revision(),
                    "-".equals(role) ? "" : role, m.grading(), m.handling(), m.reportedAt(), m.investigation(),
                    describe(Json.MAPPER.readTree(m.record())));
        }
        return out;
    }

    private static String describe(JsonNode r) {
        List<String> parts = new ArrayList<>();
        JsonNode name = r.path("name");
        if (name.isObject()) {
            parts.add("name " + (name.path("given").asString("?") + " " + name.path("family").asString("?")).trim());
            JsonNode dob = r.path("dateOfBirth");
            if (dob.isObject()) {
                parts.add(String.format("born %04d-%02d-%02d", dob.path("year").asInt(), dob.path("month").asInt(), dob.path("day").asInt()));
            }
            r.path("ids").forEach(i -> parts.add(i.path("type").asString() + " " + i.path("value").asString()));
        } else {
            if (!name.isNull() && !name.isMissingNode()) {
                parts.add("premises " + name.asString());
            }
            JsonNode a = r.path("address");
            parts.add(("address " + a.path("number").asString("") + " " + a.path("street").asString("") + " "
                    + a.path("town").asString("") + " " + a.path("postcode").asString("")).replaceAll("\\s+", " ").trim());
        }
        return "as normalised: " + String.join(", ", parts);
    }

    private static void links(List<Explanations.LinkRow> links, Map<Long, String> mentions) {
        System.out.printf("%nWhy they are joined:%n");
        for (Explanations.LinkRow l : links) {
            System.out.printf("  %s <-> %s%n    %s p=%.6f total %.1f bits:", mentions.get(l.mentionA()), mentions.get(l.mentionB()),
                    l.outcome(), l.probability(), l.total());
            evidence(l.evidence());
        }
    }

    /**
     * Says so when the model in use finds no households in the store, since then a given name or a date of birth
     * alone that differs at one address did not hold two mentions apart, or finds that one person's records often
     * differ in one of them, since then it held none apart anywhere: a reader of the links should know why.
     */
    private static void vetoesLifted(Rows.Model active) {
        Households h = ModelFile.households(active.body());
        if (h != null && !(h.givenNameHoldsApart() && h.dateHoldsApart())) {
            System.out.printf("%nHouseholds, as the model in use (version %d) counts them: %s at one address.%n",
                    active.version(), h.summary());
        }
        Slips s = ModelFile.slips(active.body());
        if (s != null && !(s.givenNameHoldsApart() && s.dateHoldsApart())) {
            System.out.printf("%nSlips, as the model in use (version %d) counts them: %s anywhere.%n", active.version(), s.summary());
        }
    }

    /**
     * Links from this entity's mentions to mentions of other entities: evidence that was not enough to join
     * them (a possible match), for an analyst to weigh. Names the other mention and its entity, not its content.
     */
    private static void possible(List<Explanations.PossibleRow> links, Map<Long, String> mentions) {
        if (mentions.isEmpty()) {
            return;
        }
        System.out.printf("%nPossibly the same as (linked, not joined):%n");
        for (Explanations.PossibleRow p : links) {
            Explanations.LinkRow l = p.link();
            boolean ours = mentions.containsKey(l.mentionA());
            System.out.printf("  %s <-> %s in %s%n    %s p=%.6f total %.1f bits:", ours ? p.mentionKeyA() : p.mentionKeyB(),
                    ours ? p.mentionKeyB() : p.mentionKeyA(), ours ? p.entityB() : p.entityA(), l.outcome(), l.probability(), l.total());
            evidence(l.evidence());
            if ("MATCH".equals(l.outcome())) {
                System.out.printf("    not joined all the same: one of them is held apart from a member of the other entity, "
                        + "the two entities disagree as wholes (each keeps its own date of birth, say) and no link between "
                        + "them is certain, or one of them is torn between two%n");
            }
        }
    }

    /**
     * The strongest candidates this entity's mentions were compared with and not linked to (or linked from), in other
     * entities: why two records were not joined, each comparison with its level and weight, and what held them apart.
     */
    private static void nearMisses(List<NearMisses.Row> rows, Map<Long, String> mentions) {
        System.out.printf("%nNear misses (compared, not linked):%n");
        for (NearMisses.Row n : rows) {
            boolean ours = mentions.containsKey(n.mention());
            System.out.printf("  %s <-> %s in %s%n    NO_MATCH p=%.6f total %.1f bits:", ours ? n.mentionKey() : n.otherKey(),
                    ours ? n.otherKey() : n.mentionKey(), ours ? n.otherEntity() : n.entity(), n.probability(), n.total());
            evidence(n.evidence());
            String heldApart = Json.MAPPER.readTree(n.evidence()).path("heldApart").asString(null);
            if (heldApart != null) {
                System.out.printf("    held apart: %s%n", heldApart);
            }
        }
        if (rows.size() == MAX_NEAR_MISSES) {
            System.out.printf("  (the strongest %d only)%n", MAX_NEAR_MISSES);
        }
    }

    /**
     * The persons of other entities who share a phone, vehicle, e-mail address or bank account with this person:
     * associates, never the same person. Names the kind of identifier, the entities and the reports, never the value.
     */
    private static void sharedIdentifiers(SharedIdentifiers.Found found) {
        System.out.printf("%nAssociates sharing a phone, vehicle, e-mail address or bank account (not the same person):%n");
        Map<String, Set<String>> theirs = new TreeMap<>();
        Map<String, Set<String>> ours = new TreeMap<>();
        for (SharedIdentifiers.Shared s : found.shared()) {
            String key = s.other().entityId() + " shares " + IDENTIFIER_WORDS.get(s.type());
            theirs.computeIfAbsent(key, k -> new TreeSet<>()).add(s.other().reportKey());
            ours.computeIfAbsent(key, k -> new TreeSet<>()).add(s.mention().reportKey());
        }
        for (String key : theirs.keySet()) {
            System.out.printf("  %s in %s (with %s)%n", key, String.join(", ", theirs.get(key)), String.join(", ", ours.get(key)));
        }
        if (!found.complete()) {
            System.out.printf("  (an identifier here is shared by too many mentions to read them all: the list is incomplete)%n");
        }
    }

    private static final Map<IdentifierType, String> IDENTIFIER_WORDS = Map.of(IdentifierType.PHONE, "a phone",
            IdentifierType.VEHICLE, "a vehicle", IdentifierType.EMAIL, "an e-mail address", IdentifierType.BANK_ACCOUNT, "a bank account");

    /** A link's comparisons, each field with its level and weight, ending the line. */
    private static void evidence(String json) {
        JsonNode evidence = Json.MAPPER.readTree(json);
        for (JsonNode cmp : evidence.path("comparisons")) {
            System.out.printf(" %s %s %+.1f;", cmp.path("field").asString(), cmp.path("level").asString(), cmp.path("weight").asDouble());
        }
        System.out.println();
        String question = evidence.path("question").asString(null);
        if (question != null) {
            // past a match by the sum, perhaps: the reader should know why it is a question and not a join
            System.out.printf("    a question for a coordinator, not a join: %s%n", question);
        }
    }

    /**
     * The persons named with this entity's places (for a person) or at this place: associates, never the same
     * person, each with the places and reports that connect them. Names entities and reports, not their content.
     */
    private static void associates(List<Explanations.AssociateRow> rows, String kind) {
        System.out.printf("%n%s%n", "P".equals(kind) ? "Associates (named in reports about the same places; not the same person):"
                : "Persons named at this place:");
        Map<String, Set<String>> places = new TreeMap<>();
        Map<String, Set<String>> reports = new TreeMap<>();
        for (Explanations.AssociateRow r : rows) {
            places.computeIfAbsent(r.entityId(), k -> new TreeSet<>()).add(r.placeId());
            reports.computeIfAbsent(r.entityId(), k -> new TreeSet<>()).add(r.reportKey());
        }
        for (String person : places.keySet()) {
            System.out.printf("  %s%s in %s%n", person, "P".equals(kind) ? " at " + String.join(", ", places.get(person)) : "",
                    String.join(", ", reports.get(person)));
        }
        if (rows.size() == MAX_ASSOCIATE_ROWS) {
            System.out.printf("  (the first %d connections only)%n", MAX_ASSOCIATE_ROWS);
        }
    }

    private static void history(List<Explanations.EventRow> events) {
        System.out.printf("%nHistory:%n");
        for (Explanations.EventRow e : events) {
            System.out.printf("  %s %s %s <- %s: %s%n", e.at(), e.kind(), e.entityId(), e.others(), e.reason());
        }
    }
}
