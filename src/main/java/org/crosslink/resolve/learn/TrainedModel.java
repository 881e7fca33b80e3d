package org.crosslink.resolve.learn;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.crosslink.resolve.compare.Households;
import org.crosslink.resolve.compare.PlaceholderBirthdays;
import org.crosslink.resolve.compare.Slips;
import org.crosslink.resolve.score.Weights;

/**
 * A person model trained from the store: the weights (with the prior), the name frequencies of the store, the days
 * its sources write for an unknown birthday, what it shows of households and how often one person's records
 * disagree (each null: the starting model's, as in a model stored before they were learned), and how it was made.
 * Version 0 is the starting model of {@code config/resolution.yaml}, which has no provenance.
 */
public record TrainedModel(int version, Weights weights, Map<String, Double> givenFrequencies,
                           Map<String, Double> familyFrequencies, PlaceholderBirthdays placeholderBirthdays,
                           Households households, Slips slips, Provenance provenance) {
    public TrainedModel(int version, Weights weights, Map<String, Double> givenFrequencies,
                        Map<String, Double> familyFrequencies, Provenance provenance) {
        this(version, weights, givenFrequencies, familyFrequencies, null, null, null, provenance);
    }

    public TrainedModel {
        Objects.requireNonNull(weights, "weights");
        givenFrequencies = Map.copyOf(givenFrequencies);
        familyFrequencies = Map.copyOf(familyFrequencies);
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        if (version > 0) {
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * How a model was made: when, from how many mentions, how many random and blocked pairs, the EM's iterations
     * and whether it converged, the expected number of matching pairs, and the version it started from.
     */
    public record Provenance(Instant trainedAt, int mentions, long randomPairs, boolean allPairs, long blockedPairs,
                             double expectedMatches, int iterations, boolean converged, int startedFrom) {
        public Provenance {
            Objects.requireNonNull(trainedAt, "trainedAt");
            if (mentions < 0 || randomPairs < 0 || blockedPairs < 0 || iterations < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
        }
    }
}
