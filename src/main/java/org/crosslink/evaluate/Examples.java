package org.crosslink.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import org.crosslink.model.MentionKey;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.Resolver;
import org.crosslink.resolve.score.Score;

/**
 * Picks the worst false merges and false splits and, for each, the strongest evidence between its two sides from
 * the pairs the engine scored: one pass over the kept evidence for all examples together.
 */
final class Examples<R> {
    private final MentionIndex index;
    private final ScoredPairs<R> pairs;
    private final Map<MentionKey, String> predicted;
    private final Resolver<R> resolver;

    Examples(MentionIndex index, ScoredPairs<R> pairs, Map<MentionKey, String> predicted, Resolver<R> resolver) {
        this.index = index;
        this.pairs = pairs;
        this.predicted = predicted;
        this.resolver = resolver;
    }

    List<Example> merges(List<LinkErrors.Merge> merges, int n) {
        List<LinkErrors.Merge> shown = merges.subList(0, Math.min(n, merges.size()));
        List<Map<String, List<MentionKey>>> groups = shown.stream().map(LinkErrors.Merge::byTruth).toList();
        // across a merge, the sides are two truths: the pair must join mentions of different persons
        long[] best = strongest(groups, (x, y) -> index.truth(x) != index.truth(y));
        List<Example> out = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            LinkErrors.Merge m = shown.get(k);
            out.add(example(Example.Kind.FALSE_MERGE, m.entity(), m.pairs(), m.byTruth(), best[k],
                    x -> truthLabel(m.byTruth(), x)));
        }
        return out;
    }

    List<Example> splits(List<LinkErrors.Split> splits, int n) {
        List<LinkErrors.Split> shown = splits.subList(0, Math.min(n, splits.size()));
        List<Map<String, List<MentionKey>>> groups = shown.stream().map(LinkErrors.Split::byEntity).toList();
        // across a split, the sides are two entities of one person
        long[] best = strongest(groups, (x, y) -> !predicted.get(index.key(x)).equals(predicted.get(index.key(y))));
        List<Example> out = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            LinkErrors.Split s = shown.get(k);
            out.add(example(Example.Kind.FALSE_SPLIT, s.truth(), s.pairs(), s.byEntity(), best[k],
                    x -> predicted.get(index.key(x))));
        }
        return out;
    }

    private interface Across {
        boolean test(int x, int y);
    }

    /** For each example, the kept pair of highest probability whose mentions are both in it and on two sides; -1 if none. */
    private long[] strongest(List<Map<String, List<MentionKey>>> examples, Across across) {
        Int2IntOpenHashMap slot = new Int2IntOpenHashMap();
        slot.defaultReturnValue(-1);
        for (int k = 0; k < examples.size(); k++) {
            for (List<MentionKey> group : examples.get(k).values()) {
                for (MentionKey key : group) {
                    int number = index.number(key);
                    if (number >= 0) { // a mention with a truth but in no report has no number
                        slot.put(number, k);
                    }
                }
            }
        }
        long[] best = new long[examples.size()];
        Arrays.fill(best, -1);
        for (Long2ObjectMap.Entry<Score> e : pairs.evidence().long2ObjectEntrySet()) {
            int x = ScoredPairs.low(e.getLongKey());
            int y = ScoredPairs.high(e.getLongKey());
            int k = slot.get(x);
            if (k < 0 || slot.get(y) != k || !across.test(x, y)) {
                continue;
            }
            if (best[k] < 0 || stronger(e.getLongKey(), e.getValue(), best[k])) {
                best[k] = e.getLongKey();
            }
        }
        return best;
    }

    private boolean stronger(long pair, Score score, long than) {
        double other = pairs.evidence().get(than).probability();
        return score.probability() > other || score.probability() == other && pair < than;
    }

    private interface Label {
        String of(int number);
    }

    private Example example(Example.Kind kind, String subject, long count, Map<String, List<MentionKey>> groups, long pair,
                            Label label) {
        if (pair >= 0) {
            int x = ScoredPairs.low(pair);
            int y = ScoredPairs.high(pair);
            String a = label.of(x);
            String b = label.of(y);
            return new Example(kind, subject, count, new Example.Side(a, groups.get(a)), new Example.Side(b, groups.get(b)),
                    index.key(x), index.key(y), pairs.evidence().get(pair), true);
        }
        // no pair across was scored: the two largest sides, and their first mentions scored now
        List<String> largest = groups.keySet().stream()
                .sorted(Comparator.comparingInt((String g) -> groups.get(g).size()).reversed().thenComparing(g -> g)).limit(2).toList();
        MentionKey from = groups.get(largest.get(0)).get(0);
        MentionKey to = groups.get(largest.get(1)).get(0);
        Mention<R> mf = resolver.mention(from);
        Mention<R> mt = resolver.mention(to);
        Score score = mf == null || mt == null ? null : resolver.score(mf.record(), mt.record());
        return new Example(kind, subject, count, new Example.Side(largest.get(0), groups.get(largest.get(0))),
                new Example.Side(largest.get(1), groups.get(largest.get(1))), from, to, score, false);
    }

    private String truthLabel(Map<String, List<MentionKey>> byTruth, int x) {
        MentionKey key = index.key(x);
        return byTruth.entrySet().stream().filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
