package org.crosslink.resolve.compare;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.score.Weights;

/**
 * Compares two addresses part by part. Street and further lines are compared crosswise, because
 * systems disagree on which line holds what; postcodes agree near when one slip apart or, in the UK,
 * in the same district.
 */
final class AddressComparator {
    private final Similarity similarity;
    private final Weights weights;
    private final String postcode;
    private final String houseNumber;
    private final String unit;
    private final String street;
    private final String locality;
    private final String town;

    AddressComparator(Similarity similarity, Weights weights, String prefix) {
        this.similarity = similarity;
        this.weights = weights;
        this.postcode = prefix + "postcode";
        this.houseNumber = prefix + "houseNumber";
        this.unit = prefix + "unit";
        this.street = prefix + "street";
        this.locality = prefix + "locality";
        this.town = prefix + "town";
    }

    List<Comparison> compare(Address a, Address b) {
        List<Comparison> out = new ArrayList<>(6);
        add(out, postcode, postcode(a, b));
        add(out, houseNumber, Similarity.code(a.number(), b.number()));
        add(out, unit, Similarity.code(a.unit(), b.unit()));
        if (a.street() != null && b.street() != null) {
            Agreement level = similarity.text(a.street(), a.streetSound(), b.street(), b.streetSound());
            for (String l : b.localities()) {
                level = better(level, similarity.text(a.street(), a.streetSound(), l, null));
            }
            for (String l : a.localities()) {
                level = better(level, similarity.text(l, null, b.street(), b.streetSound()));
            }
            add(out, street, level);
        }
        if (!a.localities().isEmpty() && !b.localities().isEmpty()) {
            Agreement best = null;
            for (String l : a.localities()) {
                best = better(best, againstLines(l, b));
            }
            for (String l : b.localities()) {
                best = better(best, againstLines(l, a));
            }
            add(out, locality, best);
        }
        add(out, town, similarity.text(a.town(), a.townSound(), b.town(), b.townSound()));
        return out;
    }

    /** The best level of one line against the street and every further line of another address. */
    private Agreement againstLines(String line, Address other) {
        Agreement best = other.street() == null ? null : similarity.text(line, null, other.street(), other.streetSound());
        for (String l : other.localities()) {
            best = better(best, similarity.text(line, l));
        }
        return best;
    }

    private static Agreement postcode(Address a, Address b) {
        Agreement level = Similarity.code(a.postcode(), b.postcode());
        if (level == Agreement.DIFFERENT && a.outward() != null && a.outward().equals(b.outward())) {
            return Agreement.CLOSE;
        }
        return level;
    }

    static Agreement better(Agreement a, Agreement b) {
        return Similarity.rank(b) < Similarity.rank(a) ? b : a;
    }

    private void add(List<Comparison> out, String field, Agreement level) {
        if (level != null) {
            out.add(new Comparison(field, level, weights.weight(field, level)));
        }
    }
}
