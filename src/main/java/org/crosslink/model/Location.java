package org.crosslink.model;

import java.util.List;
import java.util.Objects;

/** A place as one report describes it. {@code name} is a premises name, e.g. a car wash. */
public record Location(String ref, LocationKind kind, String name, List<String> addressLines, String town,
                       String postcode, String region, String country, Double latitude, Double longitude) {
    public Location {
        Objects.requireNonNull(ref, "ref");
        kind = kind == null ? LocationKind.OTHER : kind;
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        if ((latitude == null) != (longitude == null)) {
            latitude = null;
            longitude = null;
        }
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }
}
