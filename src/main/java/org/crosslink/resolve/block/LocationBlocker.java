package org.crosslink.resolve.block;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crosslink.resolve.LocationRecord;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.normalise.Geo;
import org.crosslink.resolve.normalise.Phonetics;

/**
 * Blocking keys for locations: postcode with house number or street, street with number and town,
 * premises name with town or postcode, and the H3 cell of the coordinates. A location is filed under
 * its own cell and looks up its cell and the six around it, so that points near a cell border meet.
 */
public final class LocationBlocker implements Blocker<LocationRecord> {
    private final int h3Resolution;

    public LocationBlocker(int h3Resolution) {
        this.h3Resolution = h3Resolution;
    }

    @Override
    public List<String> keys(LocationRecord l) {
        Set<String> keys = addressKeys(l, false);
        if (l.hasCoordinates()) {
            keys.add("h3|" + Long.toHexString(Geo.cell(l.latitude(), l.longitude(), h3Resolution)));
        }
        return new ArrayList<>(keys);
    }

    @Override
    public List<String> queryKeys(LocationRecord l) {
        Set<String> keys = addressKeys(l, true);
        if (l.hasCoordinates()) {
            for (long cell : Geo.cellAndNeighbours(Geo.cell(l.latitude(), l.longitude(), h3Resolution))) {
                keys.add("h3|" + Long.toHexString(cell));
            }
        }
        return new ArrayList<>(keys);
    }

    private static Set<String> addressKeys(LocationRecord l, boolean query) {
        Set<String> keys = new LinkedHashSet<>();
        Address a = l.address();
        String street = Phonetics.metaphone(a.street());
        String town = Phonetics.metaphone(a.town());
        if (a.postcode() != null) {
            if (a.number() != null) {
                keys.add("pn|" + a.postcode() + "|" + a.number());
            }
            if (street != null) {
                keys.add("ps|" + a.postcode() + "|" + street);
            }
        }
        if (a.number() != null) {
            // the street and every further line alike: systems disagree on which line holds the street
            String townCode = town == null ? "" : town;
            streetKeys(keys, a.street(), a.number(), townCode, a.postcode() != null, query);
            for (String locality : a.localities()) {
                streetKeys(keys, locality, a.number(), townCode, a.postcode() != null, query);
            }
        }
        // the sound of the name, with its numbers: "Car Wash 2" and "Car Wash 12" are different places
        String name = Phonetics.longMetaphone(l.name());
        if (name != null && l.name().chars().anyMatch(Character::isDigit)) {
            name = name + l.name().replaceAll("[^0-9]", "");
        }
        if (name != null) {
            if (town != null) {
                keys.add("nt|" + name + "|" + town);
            }
            if (a.postcode() != null) {
                keys.add("np|" + name + "|" + a.postcode());
            }
        }
        return keys;
    }

    /**
     * A street line with its number and town. The whole street's sound: a short code makes Park Road, Park
     * Street and Park View one street. Without a postcode to fall back on, the street's short code too, so a
     * misspelt street still meets; asymmetric keys let it meet an address with a postcode either way round,
     * without every address with a postcode asking for every street that sounds alike.
     */
    private static void streetKeys(Set<String> keys, String line, String number, String town, boolean hasPostcode,
                                   boolean query) {
        String whole = Phonetics.longMetaphone(line);
        String code = Phonetics.metaphone(line);
        if (whole == null || code == null) {
            return;
        }
        keys.add("sn|" + whole + "|" + number + "|" + town);
        String shortKey = "|" + code + "|" + number + "|" + town;
        if (hasPostcode) {
            keys.add((query ? "ssn" : "ssp") + shortKey);
        } else {
            keys.add("ssn" + shortKey);
            if (query) {
                keys.add("ssp" + shortKey);
            }
        }
    }
}
