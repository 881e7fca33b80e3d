package org.crosslink.resolve.normalise;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.crosslink.model.Interned;

/**
 * A normalised address: flat or unit number, house number, street (abbreviations expanded),
 * further lines (localities), town, postcode and its UK district (outward code), region and country.
 * Any part may be null. The street's and town's sounds are derived here, whatever is passed for them,
 * and not stored, as a {@code NamePair}'s are: every comparison with a candidate needs them.
 */
public record Address(String unit, String number, String street, List<String> localities, String town,
                      String postcode, String outward, String region, String country,
                      @JsonIgnore String streetSound, @JsonIgnore String townSound) {
    public Address {
        localities = localities == null ? List.of() : List.copyOf(localities.stream().map(Interned::of).toList());
        unit = Interned.of(unit);
        number = Interned.of(number);
        street = Interned.of(street);
        town = Interned.of(town);
        postcode = Interned.of(postcode);
        outward = Interned.of(outward);
        region = Interned.of(region);
        country = Interned.of(country);
        streetSound = Phonetics.metaphone(street);
        townSound = Phonetics.metaphone(town);
    }

    public Address(String unit, String number, String street, List<String> localities, String town, String postcode,
                   String region, String country) {
        this(unit, number, street, localities, town, postcode, Postcodes.outward(postcode), region, country, null, null);
    }

    public boolean isEmpty() {
        return unit == null && number == null && street == null && localities.isEmpty() && town == null && postcode == null;
    }
}
