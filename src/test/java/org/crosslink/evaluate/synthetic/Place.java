package org.crosslink.evaluate.synthetic;

import java.util.List;

/**
 * A location as a report gives it (wire format v1's location without its ref). {@code truth} names the real place,
 * for a LOCATION truth line, or is null when the data set has no truth for places. Equal places in one report are
 * written once.
 */
public record Place(String kind, String name, List<String> addressLines, String town, String postcode, String region,
                    String country, String truth) {
    public Place {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }

    /** An address given only by some of its parts (any may be null). */
    public static Place address(List<String> lines, String town, String postcode, String region, String country, String truth) {
        return new Place("ADDRESS", null, lines, town, postcode, region, country, truth);
    }

    /** True when no part of the place is given: such a place is left out of the report. */
    public boolean isEmpty() {
        return name == null && addressLines.isEmpty() && town == null && postcode == null && region == null;
    }
}
