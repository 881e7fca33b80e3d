package org.crosslink.evaluate;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.ResolutionListener;
import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Score;

/**
 * Hears every pair the engine scores and keeps what evaluation needs, not every pair: the two mentions and the
 * probability of each pair at or above the curve's lowest threshold, and the whole {@link Score} of the pairs an
 * example may cite (two mentions of one true person, whatever their score: why they were or were not joined; and
 * two of different persons the engine called a match: why they were joined).
 */
final class ScoredPairs<R> extends ResolutionListener.Quiet<R> {
    private final MentionIndex index;
    private final double floor;
    private final IntArrayList first = new IntArrayList();
    private final IntArrayList second = new IntArrayList();
    private final DoubleArrayList probability = new DoubleArrayList();
    private final Long2ObjectOpenHashMap<Score> evidence = new Long2ObjectOpenHashMap<>();
    private long heard;

    ScoredPairs(MentionIndex index, double floor) {
        this.index = index;
        this.floor = floor;
    }

    @Override
    public void compared(Mention<R> a, Mention<R> b, Score score) {
        heard++;
        record(index.number(a.key()), index.number(b.key()), score);
    }

    /** Keeps what is needed of the score of two mentions, by number; a mention outside the index is ignored. */
    void record(int x, int y, Score score) {
        if (x < 0 || y < 0 || x == y) {
            return;
        }
        if (score.probability() >= floor) {
            first.add(Math.min(x, y));
            second.add(Math.max(x, y));
            probability.add(score.probability());
        }
        boolean sameTruth = index.truth(x) >= 0 && index.truth(x) == index.truth(y);
        if (sameTruth || score.outcome() == MatchOutcome.MATCH) {
            evidence.merge(pair(x, y), score, (old, now) -> now.probability() > old.probability() ? now : old);
        }
    }

    static long pair(int x, int y) {
        return ((long) Math.min(x, y) << 32) | Math.max(x, y);
    }

    static int low(long pair) {
        return (int) (pair >>> 32);
    }

    static int high(long pair) {
        return (int) pair;
    }

    /** How many pairs were scored, kept or not. */
    long heard() {
        return heard;
    }

    int size() {
        return first.size();
    }

    int first(int i) {
        return first.getInt(i);
    }

    int second(int i) {
        return second.getInt(i);
    }

    double probability(int i) {
        return probability.getDouble(i);
    }

    /** The kept evidence: pair (see {@link #pair}) to its score. */
    Long2ObjectOpenHashMap<Score> evidence() {
        return evidence;
    }
}
