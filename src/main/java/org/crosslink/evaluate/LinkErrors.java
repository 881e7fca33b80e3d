package org.crosslink.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crosslink.model.MentionKey;

/**
 * The two ways a clustering goes wrong, against the truth: a false merge is a predicted entity that holds two or
 * more true persons, a false split a true person spread over two or more predicted entities. Each is counted as
 * entities (persons) and as pairs of mentions: the false merge pairs are the predicted pairs that are not true, the
 * false split pairs the true pairs that were not predicted. Both lists are ordered worst first (most pairs wrong).
 */
public record LinkErrors(List<Merge> merges, List<Split> splits, long mergePairs, long splitPairs) {
    /** An entity and its mentions grouped by truth (two groups or more). */
    public record Merge(String entity, Map<String, List<MentionKey>> byTruth, long pairs) {
    }

    /** A true person and its mentions grouped by the entity they ended in (two entities or more). */
    public record Split(String truth, Map<String, List<MentionKey>> byEntity, long pairs) {
    }

    public LinkErrors {
        merges = List.copyOf(merges);
        splits = List.copyOf(splits);
    }

    /**
     * Compares the predicted entity of each mention with its truth; a mention with a truth but no prediction is an
     * entity of its own, a mention without a truth is left out (as in {@link PairwiseScore}).
     */
    public static LinkErrors of(Map<MentionKey, String> truth, Map<MentionKey, String> predicted) {
        Map<String, Map<String, List<MentionKey>>> entities = new TreeMap<>();
        Map<String, Map<String, List<MentionKey>>> persons = new TreeMap<>();
        for (Map.Entry<MentionKey, String> e : truth.entrySet()) {
            String entity = predicted.getOrDefault(e.getKey(), "unresolved " + e.getKey());
            entities.computeIfAbsent(entity, k -> new TreeMap<>()).computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
            persons.computeIfAbsent(e.getValue(), k -> new TreeMap<>()).computeIfAbsent(entity, k -> new ArrayList<>()).add(e.getKey());
        }
        List<Merge> merges = new ArrayList<>();
        long mergePairs = 0;
        for (Map.Entry<String, Map<String, List<MentionKey>>> e : entities.entrySet()) {
            if (e.getValue().size() > 1) {
                long pairs = crossPairs(e.getValue());
                mergePairs += pairs;
                merges.add(new Merge(e.getKey(), sorted(e.getValue()), pairs));
            }
        }
        List<Split> splits = new ArrayList<>();
        long splitPairs = 0;
        for (Map.Entry<String, Map<String, List<MentionKey>>> e : persons.entrySet()) {
            if (e.getValue().size() > 1) {
                long pairs = crossPairs(e.getValue());
                splitPairs += pairs;
                splits.add(new Split(e.getKey(), sorted(e.getValue()), pairs));
            }
        }
        merges.sort(Comparator.comparingLong(Merge::pairs).reversed());
        splits.sort(Comparator.comparingLong(Split::pairs).reversed());
        return new LinkErrors(merges, splits, mergePairs, splitPairs);
    }

    /** Pairs of mentions from different groups. */
    private static long crossPairs(Map<String, List<MentionKey>> groups) {
        long n = 0;
        long within = 0;
        for (List<MentionKey> g : groups.values()) {
            n += g.size();
            within += (long) g.size() * (g.size() - 1) / 2;
        }
        return n * (n - 1) / 2 - within;
    }

    private static Map<String, List<MentionKey>> sorted(Map<String, List<MentionKey>> groups) {
        Map<String, List<MentionKey>> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, v.stream().sorted().toList()));
        return out;
    }
}
