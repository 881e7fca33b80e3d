package org.crosslink.resolve;

import org.crosslink.resolve.compare.NameFrequencies;
import org.crosslink.resolve.compare.PlaceholderBirthdays;
import org.crosslink.resolve.normalise.Nicknames;
import org.crosslink.resolve.score.Thresholds;
import org.crosslink.resolve.score.Weights;

/**
 * Everything resolution is configured with: weights, thresholds, similarity levels, bounds. The person thresholds
 * are two: those of the starting model, a guess made before the store has taught anything, and those of a model
 * trained from the store, whose prior and weights are the store's own and whose probabilities can be taken more
 * nearly at their word. The placeholder birthdays are the starting model's, until a trained model learns the store's.
 */
public record ResolutionSettings(Weights personWeights, Weights locationWeights, Thresholds personThresholds,
                                 Thresholds trainedPersonThresholds, Thresholds locationThresholds, double nearSimilarity, double closeSimilarity,
                                 NameFrequencies frequencies, double exactMetres, double nearMetres, int h3Resolution,
                                 int maxBlockSize, int maxComponentSize, int maxLinksPerEntity,
                                 double sharedMaxBits, double sharedDisagreementMaxBits, double idContradictionBits,
                                 double tfMaxBonusBits,
                                 Nicknames nicknames, PlaceholderBirthdays placeholderBirthdays) {
}
