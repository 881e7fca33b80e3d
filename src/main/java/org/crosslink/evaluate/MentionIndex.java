package org.crosslink.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.crosslink.model.Location;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.ReportKey;

/**
 * The mentions of one kind numbered in key order (so that ties between equally strong pairs are broken as the
 * engine's clusterer breaks them), each with its report and its truth as small integers: what the threshold curve
 * and the scored-pair log need of a mention, in arrays rather than objects.
 */
final class MentionIndex {
    private final MentionKey[] keys;
    private final Object2IntOpenHashMap<MentionKey> numbers;
    private final int[] report;
    private final int[] truth;
    private final long truePairs;

    private MentionIndex(MentionKey[] keys, Map<MentionKey, String> truthLabels) {
        this.keys = keys;
        this.numbers = new Object2IntOpenHashMap<>(keys.length);
        numbers.defaultReturnValue(-1);
        this.report = new int[keys.length];
        this.truth = new int[keys.length];
        Map<ReportKey, Integer> reports = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        Map<Integer, Long> sizes = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            numbers.put(keys[i], i);
            report[i] = reports.computeIfAbsent(keys[i].report(), k -> reports.size());
            String label = truthLabels.get(keys[i]);
            truth[i] = label == null ? -1 : labels.computeIfAbsent(label, k -> labels.size());
            if (truth[i] >= 0) {
                sizes.merge(truth[i], 1L, Long::sum);
            }
        }
        this.truePairs = sizes.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
    }

    /** The person mentions of the reports (the first of a repeated ref, as the engine takes it). */
    static MentionIndex persons(List<Report> reports, Map<MentionKey, String> truth) {
        List<MentionKey> keys = new ArrayList<>();
        for (Report r : reports) {
            r.persons().stream().map(Person::ref).distinct().forEach(ref -> keys.add(new MentionKey(r.key(), ref)));
        }
        return of(keys, truth);
    }

    static MentionIndex locations(List<Report> reports, Map<MentionKey, String> truth) {
        List<MentionKey> keys = new ArrayList<>();
        for (Report r : reports) {
            r.locations().stream().map(Location::ref).distinct().forEach(ref -> keys.add(new MentionKey(r.key(), ref)));
        }
        return of(keys, truth);
    }

    private static MentionIndex of(List<MentionKey> keys, Map<MentionKey, String> truth) {
        MentionKey[] sorted = keys.toArray(MentionKey[]::new);
        Arrays.sort(sorted);
        return new MentionIndex(sorted, truth);
    }

    int size() {
        return keys.length;
    }

    /** The mention's number, or -1 when it is not one of the reports'. */
    int number(MentionKey key) {
        return numbers.getInt(key);
    }

    MentionKey key(int number) {
        return keys[number];
    }

    int report(int number) {
        return report[number];
    }

    /** The mention's truth as a number, or -1 when the truth does not say. */
    int truth(int number) {
        return truth[number];
    }

    /** Pairs of mentions with the same truth. */
    long truePairs() {
        return truePairs;
    }
}
