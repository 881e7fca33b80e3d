package org.crosslink.resolve.learn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Households;
import org.crosslink.resolve.compare.Slips;
import org.crosslink.resolve.compare.PlaceholderBirthdays;
import org.crosslink.resolve.score.Weights;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A trained person model as a readable, config-like YAML document: the version, how it was made, the weights in
 * the form of {@code config/resolution.yaml}'s {@code person:} section, and the name frequencies of the store
 * (the most common names only: a name the table does not hold weighs as the average name).
 */
public final class ModelFile {
    /** At most this many names of each kind are kept: enough for every name common enough to discount. */
    public static final int MAX_NAMES = 10_000;
    private static final YAMLMapper YAML = new YAMLMapper();

    private ModelFile() {
    }

    public static String write(TrainedModel model) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", model.version());
        TrainedModel.Provenance p = model.provenance();
        Map<String, Object> made = new LinkedHashMap<>();
        made.put("trainedAt", p.trainedAt().toString());
        made.put("startedFrom", p.startedFrom());
        made.put("mentions", p.mentions());
        made.put("randomPairs", p.randomPairs());
        made.put("everyPair", p.allPairs());
        made.put("blockedPairs", p.blockedPairs());
        made.put("expectedMatches", round(p.expectedMatches(), 1));
        made.put("iterations", p.iterations());
        made.put("converged", p.converged());
        doc.put("provenance", made);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("prior", model.weights().prior());
        Map<String, Object> comparisons = new LinkedHashMap<>();
        model.weights().levels().forEach((field, levels) -> {
            Map<String, Object> byLevel = new LinkedHashMap<>();
            levels.forEach((level, l) -> byLevel.put(level.name(), Map.of("m", l.m(), "u", l.u())));
            comparisons.put(field, byLevel);
        });
        person.put("comparisons", comparisons);
        doc.put("person", person);
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("given", top(model.givenFrequencies()));
        names.put("family", top(model.familyFrequencies()));
        doc.put("nameFrequencies", names);
        if (model.placeholderBirthdays() != null) {
            doc.put("placeholderBirthdays", model.placeholderBirthdays().written());
        }
        if (model.households() != null) {
            Households h = model.households();
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("bothDiffer", h.bothDiffer());
            counts.put("givenNameAlone", h.givenNameAlone());
            counts.put("dateOfBirthAlone", h.dateOfBirthAlone());
            doc.put("households", counts);
        }
        if (model.slips() != null) {
            Slips sl = model.slips();
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("datesCompared", sl.datesCompared());
            counts.put("datesDiffer", sl.datesDiffer());
            counts.put("givenNamesCompared", sl.givenNamesCompared());
            counts.put("givenNamesDiffer", sl.givenNamesDiffer());
            doc.put("slips", counts);
        }
        return "# A person model trained by crosslink from its store: m and u for every comparison level, the prior,\n"
                + "# the store's name frequencies, the days its sources write for an unknown birthday, and how its records of\n"
                + "# one family name at one address differ (households: whether a given name or a date alone holds two\n"
                + "# records there apart), and how often the pairs an identifier ties differ (slips: whether a given name or a\n"
                + "# date alone holds two records apart anywhere). Read by the bus;\n"
                + "# see docs/resolution.md.\n" + YAML.writeValueAsString(doc);
    }

    /**
     * Reads a model written by {@link #write}, checking its fields and levels against the schema (the fields and
     * levels the comparator knows).
     */
    public static TrainedModel read(String text, Map<String, Set<Agreement>> schema) {
        return read(YAML.readTree(text), schema);
    }

    /**
     * Reads a model the store holds, which an earlier version may have trained: a level or a field this version
     * compares and the model lacks (one added since) takes the starting model's m and u, until the next training learns
     * it. Every level taken so is passed to {@code defaulted} as {@code field.LEVEL}; a level or field the schema
     * does not know is still an error.
     */
    public static TrainedModel readStored(String text, Map<String, Set<Agreement>> schema, Weights start,
                                          Consumer<String> defaulted) {
        JsonNode doc = YAML.readTree(text);
        if (doc.path("person").path("comparisons") instanceof ObjectNode comparisons) {
            start.levels().forEach((field, levels) -> {
                // a field compared since the model was trained (moniker) takes all of its levels so
                ObjectNode given = comparisons.get(field) instanceof ObjectNode o ? o : comparisons.putObject(field);
                levels.forEach((level, l) -> {
                    if (!given.has(level.name())) {
                        given.putObject(level.name()).put("m", l.m()).put("u", l.u());
                        defaulted.accept(field + "." + level.name());
                    }
                });
            });
        }
        return read(doc, schema);
    }

    private static TrainedModel read(JsonNode doc, Map<String, Set<Agreement>> schema) {
        JsonNode p = doc.path("provenance");
        TrainedModel.Provenance provenance = new TrainedModel.Provenance(Instant.parse(p.path("trainedAt").asString()),
                p.path("mentions").asInt(), p.path("randomPairs").asLong(), p.path("everyPair").asBoolean(),
                p.path("blockedPairs").asLong(), p.path("expectedMatches").asDouble(), p.path("iterations").asInt(),
                p.path("converged").asBoolean(), p.path("startedFrom").asInt());
        Weights weights = Weights.from(doc.path("person"), schema);
        PlaceholderBirthdays placeholders = null;
        if (doc.has("placeholderBirthdays")) {
            List<String> days = new ArrayList<>();
            doc.path("placeholderBirthdays").forEach(d -> days.add(d.asString()));
            placeholders = PlaceholderBirthdays.parse(String.join(",", days));
        }
        return new TrainedModel(doc.path("version").asInt(), weights, frequencies(doc.path("nameFrequencies").path("given")),
                frequencies(doc.path("nameFrequencies").path("family")), placeholders, households(doc), slips(doc), provenance);
    }

    /**
     * What a stored model says of the store's households, read alone (whatever else the file holds, as a version
     * before or after this one wrote it), or null when it says nothing.
     */
    public static Households households(String text) {
        return households(YAML.readTree(text));
    }

    private static Households households(JsonNode doc) {
        if (!doc.has("households")) {
            return null;
        }
        JsonNode h = doc.path("households");
        return new Households(h.path("bothDiffer").asLong(), h.path("givenNameAlone").asLong(), h.path("dateOfBirthAlone").asLong());
    }

    /** What a stored model says of how often the store's tied pairs differ, read alone; null when it says nothing. */
    public static Slips slips(String text) {
        return slips(YAML.readTree(text));
    }

    private static Slips slips(JsonNode doc) {
        if (!doc.has("slips")) {
            return null;
        }
        JsonNode s = doc.path("slips");
        return new Slips(s.path("datesCompared").asLong(), s.path("datesDiffer").asLong(), s.path("givenNamesCompared").asLong(),
                s.path("givenNamesDiffer").asLong());
    }

    private static Map<String, Double> frequencies(JsonNode node) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : node.propertyNames()) {
            out.put(name, node.get(name).asDouble());
        }
        return out;
    }

    private static Map<String, Double> top(Map<String, Double> frequencies) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> sorted = frequencies.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_NAMES).toList();
        sorted.forEach(e -> out.put(e.getKey(), round(e.getValue(), 8)));
        return out;
    }

    private static double round(double x, int places) {
        double f = Math.pow(10, places);
        return Math.round(x * f) / f;
    }

    /** The levels the person model may hold, field by field, from a model that has them all. */
    public static Map<String, Set<Agreement>> schemaOf(Weights complete) {
        Map<String, Set<Agreement>> out = new LinkedHashMap<>();
        complete.levels().forEach((field, levels) -> {
            EnumMap<Agreement, Boolean> present = new EnumMap<>(Agreement.class);
            levels.keySet().forEach(l -> present.put(l, true));
            out.put(field, present.keySet());
        });
        return out;
    }
}
