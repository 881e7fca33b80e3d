package org.crosslink.resolve;

import org.crosslink.resolve.compare.NameFrequencies;
import org.crosslink.resolve.normalise.Nicknames;
import org.crosslink.resolve.score.Thresholds;
import org.crosslink.resolve.score.Weights;

/** Everything resolution is configured with: weights, thresholds, similarity levels, bounds. */
public record ResolutionSettings(Weights personWeights, Weights locationWeights, Thresholds personThresholds,
                                 Thresholds locationThresholds, double nearSimilarity, double closeSimilarity,
                                 NameFrequencies frequencies, double exactMetres, double nearMetres, int h3Resolution,
                                 int maxBlockSize, int maxComponentSize, int maxLinksPerEntity,
                                 double sharedMaxBits, double sharedDisagreementMaxBits, double idContradictionBits,
                                 double tfMaxBonusBits,
                                 Nicknames nicknames) {
}
