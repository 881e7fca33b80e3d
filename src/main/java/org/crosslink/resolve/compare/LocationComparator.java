package org.crosslink.resolve.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.resolve.LocationRecord;
import org.crosslink.resolve.normalise.Geo;
import org.crosslink.resolve.score.FieldWeights;
import org.crosslink.resolve.score.Weights;

/**
 * Compares two location mentions: premises name, the address part by part, and the distance between
 * their coordinates (exact within {@code exactMetres}, near within {@code nearMetres}).
 */
public final class LocationComparator implements RecordComparator<LocationRecord> {
    /** Every field a location model holds, with the levels the comparator gives it. */
    public static final Map<String, Set<Agreement>> FIELDS = fields();

    private static Map<String, Set<Agreement>> fields() {
        Map<String, Set<Agreement>> f = new LinkedHashMap<>(AddressComparator.FIELD_LEVELS);
        f.put("premisesName", EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.CLOSE, Agreement.WEAK, Agreement.DIFFERENT));
        f.put("distance", EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.CLOSE, Agreement.DIFFERENT));
        return Collections.unmodifiableMap(f);
    }
    private final Similarity similarity;
    private final FieldWeights premisesName;
    private final FieldWeights distance;
    private final AddressComparator addresses;
    private final double exactMetres;
    private final double nearMetres;

    public LocationComparator(Similarity similarity, Weights weights, double exactMetres, double nearMetres) {
        this.similarity = similarity;
        this.premisesName = weights.field("premisesName");
        this.distance = weights.field("distance");
        this.addresses = new AddressComparator(similarity, weights, "");
        this.exactMetres = exactMetres;
        this.nearMetres = nearMetres;
    }

    @Override
    public List<Comparison> compare(LocationRecord a, LocationRecord b) {
        List<Comparison> out = new ArrayList<>(addresses.compare(a.address(), b.address()));
        add(out, premisesName, similarity.text(a.name(), b.name()));
        if (a.hasCoordinates() && b.hasCoordinates()) {
            double metres = Geo.metres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            Agreement level = metres <= exactMetres ? Agreement.EXACT
                    : metres <= nearMetres ? Agreement.NEAR
                    : metres <= nearMetres * 4 ? Agreement.CLOSE : Agreement.DIFFERENT;
            add(out, distance, level);
        }
        return out;
    }

    private static void add(List<Comparison> out, FieldWeights field, Agreement level) {
        if (level != null) {
            out.add(field.at(level));
        }
    }
}
