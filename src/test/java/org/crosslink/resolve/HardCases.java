package org.crosslink.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.crosslink.config.Home;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.config.Settings;
import org.crosslink.intake.Intake;
import org.crosslink.intake.IntakeLimits;
import org.crosslink.intake.IntakeResult;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportSchema;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * The hard-cases corpus ({@code src/test/resources/resolution/hard-cases}): its reports read through the real
 * intake (schema, parser, reader), the truth of every person mention and the cases, and how a partition of the
 * mentions into entities scores against them, overall and per kind of case.
 */
final class HardCases {
    static final Path DIR = Path.of("src/test/resources/resolution/hard-cases");

    /** One case: a difficulty and the persons it is about. */
    record Case(String id, String kind, List<String> truths, String note) {
    }

    /** A line intake did not accept, with its reasons. */
    record Refused(int line, String reasons) {
    }

    /** Pairwise counts: pairs of mentions put in one entity, pairs of mentions of one person, and pairs that are both. */
    record Counts(long predicted, long truePairs, long correct) {
        double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) correct / truePairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    final List<Report> reports = new ArrayList<>();
    final List<Refused> refused = new ArrayList<>();
    final Map<MentionKey, Person> persons = new LinkedHashMap<>();
    final Map<MentionKey, String> truth = new LinkedHashMap<>();
    final List<String> truthProblems = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();

    static HardCases load() {
        HardCases c = new HardCases();
        c.readReports(intake());
        c.readTruth();
        c.readCases();
        return c;
    }

    static Intake intake() {
        Settings s = Settings.load(Home.locate(Path.of("").toAbsolutePath()), Map.of(), Map.of());
        try (InputStream in = s.home().open(s.get("crosslink.intake.schema"))) {
            return new Intake(new ReportParser(IntakeLimits.defaults()),
                    new ReportSchema(Json.MAPPER.readTree(in), RegistryLoader.load(s).sourceCodes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readReports(Intake intake) {
        List<String> lines = lines("reports.jsonl");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String source = Json.MAPPER.readTree(line).path("source").asString("");
            IntakeResult result = intake.examine(source, source, line);
            if (result instanceof IntakeResult.Accepted a) {
                reports.add(a.report());
                for (Person p : a.report().persons()) {
                    persons.put(new MentionKey(a.report().source(), a.report().reportId(), p.ref()), p);
                }
            } else {
                refused.add(new Refused(i + 1, ((IntakeResult.Rejected) result).reasons().toString()));
            }
        }
    }

    private void readTruth() {
        for (String line : lines("truth.jsonl")) {
            JsonNode n = Json.MAPPER.readTree(line);
            MentionKey key = new MentionKey(n.path("source").asString(), n.path("reportId").asString(), n.path("ref").asString());
            if (truth.put(key, n.path("truth").asString()) != null) {
                truthProblems.add("two truths for " + key);
            }
            if (!persons.containsKey(key)) {
                truthProblems.add("truth for " + key + ", which no report mentions");
            }
        }
        persons.keySet().stream().filter(k -> !truth.containsKey(k)).forEach(k -> truthProblems.add("no truth for " + k));
    }

    private void readCases() {
        for (String line : lines("cases.jsonl")) {
            JsonNode n = Json.MAPPER.readTree(line);
            List<String> truths = new ArrayList<>();
            n.path("truths").forEach(t -> truths.add(t.asString()));
            cases.add(new Case(n.path("case").asString(), n.path("kind").asString(), truths, n.path("note").asString()));
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kinds, in the order of the cases file. */
    List<String> kinds() {
        return cases.stream().map(Case::kind).distinct().toList();
    }

    /** The persons in the cases of one kind. */
    Set<String> truthsOf(String kind) {
        return cases.stream().filter(c -> c.kind().equals(kind)).flatMap(c -> c.truths().stream()).collect(Collectors.toSet());
    }

    /** Counts over every pair of mentions; with a kind, over the pairs of which at least one mention is of a person in its cases. */
    Counts counts(Map<MentionKey, String> predicted, Set<String> ofPersons) {
        List<MentionKey> keys = new ArrayList<>(truth.keySet());
        long predictedPairs = 0;
        long truePairs = 0;
        long correct = 0;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String ti = truth.get(keys.get(i));
                String tj = truth.get(keys.get(j));
                if (ofPersons != null && !ofPersons.contains(ti) && !ofPersons.contains(tj)) {
                    continue;
                }
                boolean same = ti.equals(tj);
                boolean joined = entity(predicted, keys.get(i)).equals(entity(predicted, keys.get(j)));
                truePairs += same ? 1 : 0;
                predictedPairs += joined ? 1 : 0;
                correct += same && joined ? 1 : 0;
            }
        }
        return new Counts(predictedPairs, truePairs, correct);
    }

    private static String entity(Map<MentionKey, String> predicted, MentionKey key) {
        return predicted.getOrDefault(key, "unresolved:" + key);
    }

    /** Entities that hold more than one person: entity id to the persons it mixes and their mentions. */
    Map<String, Map<String, List<MentionKey>>> falseMerges(Map<MentionKey, String> predicted) {
        Map<String, Map<String, List<MentionKey>>> byEntity = new TreeMap<>();
        truth.forEach((k, t) -> byEntity.computeIfAbsent(entity(predicted, k), e -> new TreeMap<>())
                .computeIfAbsent(t, x -> new ArrayList<>()).add(k));
        byEntity.values().removeIf(persons -> persons.size() < 2);
        return byEntity;
    }

    /** Persons spread over more than one entity: person to their entities and the mentions in each. */
    Map<String, Map<String, List<MentionKey>>> falseSplits(Map<MentionKey, String> predicted) {
        Map<String, Map<String, List<MentionKey>>> byPerson = new TreeMap<>();
        truth.forEach((k, t) -> byPerson.computeIfAbsent(t, x -> new TreeMap<>())
                .computeIfAbsent(entity(predicted, k), e -> new ArrayList<>()).add(k));
        byPerson.values().removeIf(entities -> entities.size() < 2);
        return byPerson;
    }

    /** The kinds of the cases a person is in. */
    Set<String> kindsOf(String person) {
        return cases.stream().filter(c -> c.truths().contains(person)).map(Case::kind).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A mention as a reader recognises it: key, name, date of birth, gender. */
    String describe(MentionKey key) {
        Person p = persons.get(key);
        String name = (nullToEmpty(p.givenName()) + " " + nullToEmpty(p.familyName())).trim();
        String aliases = p.aliases().isEmpty() ? "" : " aka " + p.aliases();
        return String.format("%s [%s%s %s %s]", key, name.isEmpty() ? "(no name)" : name, aliases,
                p.dateOfBirth() == null ? "-" : p.dateOfBirth(), p.gender() == null ? "-" : p.gender());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The table: per kind and overall, its cases, persons, pairs, precision, recall and F1. */
    String table(Map<MentionKey, String> predicted, Collection<String> noFalseMerge) {
        StringBuilder sb = new StringBuilder(String.format("%-18s %5s %7s %10s %9s %7s %9s %7s %7s%n",
                "kind", "cases", "persons", "true-pairs", "predicted", "correct", "precision", "recall", "f1"));
        for (String kind : kinds()) {
            Counts c = counts(predicted, truthsOf(kind));
            sb.append(row(kind + (noFalseMerge.contains(kind) ? " *" : ""),
                    cases.stream().filter(x -> x.kind().equals(kind)).count(), truthsOf(kind).size(), c));
        }
        sb.append(row("ALL", cases.size(), truth.values().stream().distinct().count(), counts(predicted, null)));
        sb.append("* no false merge allowed\n");
        return sb.toString();
    }

    private static String row(String label, long cases, long persons, Counts c) {
        return String.format("%-18s %5d %7d %10d %9d %7d %9.4f %7.4f %7.4f%n", label, cases, persons, c.truePairs(), c.predicted(),
                c.correct(), c.precision(), c.recall(), c.f1());
    }

    /** Every false merge and false split, each mention described. */
    String errors(Map<MentionKey, String> predicted) {
        StringBuilder sb = new StringBuilder();
        Map<String, Map<String, List<MentionKey>>> merges = falseMerges(predicted);
        sb.append("False merges (").append(merges.size()).append(" entities mixing persons):\n");
        merges.forEach((entity, byPerson) -> {
            sb.append("  ").append(entity).append(" mixes ").append(byPerson.keySet()).append('\n');
            byPerson.forEach((person, keys) -> keys.forEach(k -> sb.append("    ").append(person).append(' ')
                    .append(kindsOf(person)).append(": ").append(describe(k)).append('\n')));
        });
        Map<String, Map<String, List<MentionKey>>> splits = falseSplits(predicted);
        sb.append("False splits (").append(splits.size()).append(" persons over several entities):\n");
        splits.forEach((person, byEntity) -> {
            sb.append("  ").append(person).append(' ').append(kindsOf(person)).append(" in ").append(byEntity.size()).append(" entities\n");
            byEntity.forEach((entity, keys) -> keys.forEach(k -> sb.append("    ").append(entity).append(": ").append(describe(k)).append('\n')));
        });
        return sb.toString();
    }
}
