package org.crosslink.resolve;

import org.crosslink.model.Interned;
import org.crosslink.model.LocationKind;
import org.crosslink.resolve.normalise.Address;

/** A location mention after normalisation: kind, premises name, address and coordinates. */
public record LocationRecord(LocationKind kind, String name, Address address, Double latitude, Double longitude) {
    public LocationRecord {
        name = Interned.of(name);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
