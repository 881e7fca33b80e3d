package org.crosslink.resolve;

import java.util.List;

import org.crosslink.resolve.compare.Comparison;
import org.crosslink.resolve.compare.RecordComparator;
import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Score;
import org.crosslink.resolve.score.Thresholds;
import org.crosslink.resolve.score.Weights;
import org.crosslink.undo.UndoLog;

/**
 * The model a resolver scores pairs with: its comparator, weights and thresholds, replaced as a whole, on the
 * writer's thread, when a trained model is applied.
 */
final class Scoring<R> {
    /** Why a pair sharing an identity document is a question however little else agrees. */
    static final String ONE_DOCUMENT = "one identity document under two identities";
    /** Why a match on documents between two identities is a question, not a join. */
    static final String ANOTHER_IDENTITY = "a match on papers alone, the names and date of birth of another identity";
    /** Why a match on a given name and a house is a question, not a join. */
    static final String HOUSE_MATES = "house-mates of one given name: the family names differ, and nothing but the house "
            + "and what is handed round in it agrees";
    private RecordComparator<R> comparator;
    private Weights weights;
    private Thresholds thresholds;

    Scoring(RecordComparator<R> comparator, Weights weights, Thresholds thresholds) {
        this.comparator = comparator;
        this.weights = weights;
        this.thresholds = thresholds;
    }

    /** The evidence between two records and its outcome: no match, whatever the total, when they are held apart. */
    Score score(R a, R b) {
        List<Comparison> comparisons = comparator.compare(a, b);
        String apart = comparator.heldApart(a, b, comparisons);
        Score score = Score.of(weights.priorWeight(), comparisons, apart, thresholds);
        if (apart != null) {
            // held apart by another identifier of a personal kind (two men's fingerprints), yet one document: papers
            // handed from one man to the next are a question for a coordinator, though the two are never one
            return comparator.forReview(comparisons) ? score.forReview(ONE_DOCUMENT + ", yet " + apart) : score;
        }
        // one identity document under two identities: far short by the sum, yet a question for a coordinator, and
        // however many documents, not a join; a name alone, short of a match: a question no one could answer
        if (score.outcome() == MatchOutcome.MATCH && comparator.anotherIdentity(a, b, comparisons)) {
            return score.forReview(ANOTHER_IDENTITY);
        }
        // and two house-mates of one given name, whose family names differ, are a question too
        if (score.outcome() == MatchOutcome.MATCH && comparator.houseMates(comparisons)) {
            return score.forReview(HOUSE_MATES);
        }
        if (score.outcome() == MatchOutcome.NO_MATCH && comparator.forReview(comparisons)) {
            return score.forReview(ONE_DOCUMENT);
        }
        return score.outcome() == MatchOutcome.POSSIBLE && comparator.nameAlone(comparisons) ? score.notForReview() : score;
    }

    /** Puts another model to use; undone with the batch when an undo log is given. */
    void replace(RecordComparator<R> newComparator, Weights newWeights, Thresholds newThresholds, UndoLog undo) {
        RecordComparator<R> oldComparator = comparator;
        Weights oldWeights = weights;
        Thresholds oldThresholds = thresholds;
        comparator = newComparator;
        weights = newWeights;
        thresholds = newThresholds;
        if (undo != null) {
            undo.push(() -> {
                comparator = oldComparator;
                weights = oldWeights;
                thresholds = oldThresholds;
            });
        }
    }

    RecordComparator<R> comparator() {
        return comparator;
    }

    Weights weights() {
        return weights;
    }

    Thresholds thresholds() {
        return thresholds;
    }
}
