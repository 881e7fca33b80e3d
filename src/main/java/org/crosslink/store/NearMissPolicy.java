package org.crosslink.store;

import java.util.List;
import java.util.function.Supplier;

import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Score;

/**
 * Which rejected candidates of a mention are kept as its near misses, for {@code explain} and the console to show why
 * two records were not joined: of the candidates it was compared with and not linked to (no match by the sum of the
 * weights, or held apart whatever the sum), the strongest {@code perMention} whose probability by the sum is at least
 * {@code minProbability}. Most candidates a blocking key brings are nowhere near: the floor keeps those out, so a batch
 * writes a near miss only where there is something to weigh.
 */
public record NearMissPolicy(int perMention, double minProbability) {
    /** At most this many near misses a mention. */
    public static final int MAX_PER_MENTION = 20;

    public NearMissPolicy {
        if (perMention < 0 || perMention > MAX_PER_MENTION) {
            throw new IllegalArgumentException("near misses per mention must be from 0 to " + MAX_PER_MENTION + ": " + perMention);
        }
        if (!(minProbability > 0 && minProbability < 1)) {
            throw new IllegalArgumentException("the near-miss probability must be above 0 and below 1: " + minProbability);
        }
    }

    /** Keeps none. */
    public static NearMissPolicy none() {
        return new NearMissPolicy(0, 0.5);
    }

    /** Whether a comparison is a near miss worth keeping at all. */
    boolean keeps(Score score) {
        return perMention > 0 && score.outcome() == MatchOutcome.NO_MATCH && score.probability() >= minProbability;
    }

    /**
     * Keeps a near miss of {@code mention} among its strongest: a mention's comparisons all come while it is resolved, so
     * its near misses are the last rows of the list, and the weakest of them gives way when there are enough. The list
     * is the batch's, so that a report undone takes its near misses with it.
     */
    void offer(UndoableList<Rows.NearMiss> rows, long mention, long other, String kind, Score score, Supplier<String> evidence) {
        List<Rows.NearMiss> items = rows.items();
        int start = items.size();
        while (start > 0 && items.get(start - 1).mentionId() == mention) {
            start--;
        }
        if (items.size() - start < perMention) {
            rows.add(new Rows.NearMiss(mention, other, kind, score.probability(), score.total(), evidence.get()));
            return;
        }
        int weakest = start;
        for (int i = start + 1; i < items.size(); i++) {
            if (items.get(i).total() < items.get(weakest).total()) {
                weakest = i;
            }
        }
        if (score.total() > items.get(weakest).total()) {
            rows.set(weakest, new Rows.NearMiss(mention, other, kind, score.probability(), score.total(), evidence.get()));
        }
    }
}
