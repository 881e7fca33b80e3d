package org.crosslink.resolve.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.score.FieldWeights;
import org.crosslink.resolve.score.Weights;

/**
 * Compares two addresses part by part. Street and further lines are compared crosswise, because
 * systems disagree on which line holds what; postcodes agree near when one slip apart or, in the UK,
 * in the same district.
 */
final class AddressComparator {
    /** The parts compared, each a field of its own under the prefix, with the levels each is given. */
    static final Map<String, Set<Agreement>> FIELD_LEVELS = fieldLevels();
    static final List<String> FIELDS = List.copyOf(FIELD_LEVELS.keySet());

    private static Map<String, Set<Agreement>> fieldLevels() {
        Set<Agreement> text = EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.CLOSE, Agreement.WEAK, Agreement.DIFFERENT);
        Set<Agreement> code = EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.DIFFERENT);
        Map<String, Set<Agreement>> f = new LinkedHashMap<>();
        f.put("postcode", EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.CLOSE, Agreement.DIFFERENT));
        f.put("houseNumber", code);
        f.put("unit", code);
        f.put("street", text);
        f.put("locality", text);
        f.put("town", text);
        return Collections.unmodifiableMap(f);
    }
    private final Similarity similarity;
    private final FieldWeights postcode;
    private final FieldWeights houseNumber;
    private final FieldWeights unit;
    private final FieldWeights street;
    private final FieldWeights locality;
    private final FieldWeights town;

    AddressComparator(Similarity similarity, Weights weights, String prefix) {
        this.similarity = similarity;
        this.postcode = weights.field(prefix + "postcode");
        this.houseNumber = weights.field(prefix + "houseNumber");
        this.unit = weights.field(prefix + "unit");
        this.street = weights.field(prefix + "street");
        this.locality = weights.field(prefix + "locality");
        this.town = weights.field(prefix + "town");
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

    private static void add(List<Comparison> out, FieldWeights field, Agreement level) {
        if (level != null) {
            out.add(field.at(level));
        }
    }
}
