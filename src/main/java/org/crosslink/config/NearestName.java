package org.crosslink.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The valid name a misspelt one was most likely meant to be, for messages that say "did you mean ...?": the
 * closest by edit distance, if it is close enough to be a slip (at most a third of the name's length, and at
 * least 3 edits allowed); else the only valid name with the same last part, a setting put in the wrong section
 * ({@code crosslink.batch-size} for {@code crosslink.intake.batch-size}). Ties go to the alphabetically first.
 */
public final class NearestName {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private NearestName() {
    }

    /** The valid name {@code name} was most likely meant to be, or empty when none is near. */
    public static Optional<String> suggest(String name, Collection<String> valid) {
        int allowed = Math.max(3, name.length() / 3);
        Optional<String> closest = valid.stream()
                .filter(v -> !v.equals(name))
                .map(v -> new Scored(v, DISTANCE.apply(name, v)))
                .filter(s -> s.distance() <= allowed)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name);
        if (closest.isPresent()) {
            return closest;
        }
        String last = lastPart(name);
        List<String> sameLast = valid.stream().filter(v -> lastPart(v).equals(last)).toList();
        return sameLast.size() == 1 ? Optional.of(sameLast.get(0)) : Optional.empty();
    }

    private static String lastPart(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private record Scored(String name, int distance) {
    }
}
