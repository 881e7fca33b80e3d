package org.crosslink.resolve.block;

import java.util.List;

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
        return build(l, false).file();
    }

    @Override
    public List<String> queryKeys(LocationRecord l) {
        return both(l).query();
    }

    /** Both sets in one pass: each street's and name's sound is looked up once. */
    @Override
    public Keys both(LocationRecord l) {
        return build(l, true);
    }

    private Keys build(LocationRecord l, boolean withQuery) {
        KeySets keys = new KeySets(withQuery);
        addressKeys(keys, l);
        if (l.hasCoordinates()) {
            long cell = Geo.cell(l.latitude(), l.longitude(), h3Resolution);
            keys.file("h3|" + Long.toHexString(cell));
            for (long c : withQuery ? Geo.cellAndNeighbours(cell) : List.<Long>of()) {
                keys.query("h3|" + Long.toHexString(c));
            }
        }
        return keys.done();
    }

    private static void addressKeys(KeySets keys, LocationRecord l) {
        Address a = l.address();
        String street = a.streetSound();
        String town = a.townSound();
        if (a.postcode() != null) {
            if (a.number() != null) {
                keys.both("pn|" + a.postcode() + "|" + a.number());
            }
            if (street != null) {
                keys.both("ps|" + a.postcode() + "|" + street);
            }
        }
        if (a.number() != null) {
            // the street and every further line alike: systems disagree on which line holds the street
            String townCode = town == null ? "" : town;
            streetKeys(keys, a.street(), a.number(), townCode, a.postcode() != null);
            for (String locality : a.localities()) {
                streetKeys(keys, locality, a.number(), townCode, a.postcode() != null);
            }
        }
        // the sound of the name, with its numbers: "Car Wash 2" and "Car Wash 12" are different places
        String name = Phonetics.longMetaphone(l.name());
        if (name != null && l.name().chars().anyMatch(Character::isDigit)) {
            name = name + l.name().replaceAll("[^0-9]", "");
        }
        if (name != null) {
            if (town != null) {
                keys.both("nt|" + name + "|" + town);
            }
            if (a.postcode() != null) {
                keys.both("np|" + name + "|" + a.postcode());
            }
        }
    }

    /**
     * A street line with its number and town. The whole street's sound: a short code makes Park Road, Park
     * Street and Park View one street. Without a postcode to fall back on, the street's short code too, so a
     * misspelt street still meets; asymmetric keys let it meet an address with a postcode either way round,
     * without every address with a postcode asking for every street that sounds alike.
     */
    private static void streetKeys(KeySets keys, String line, String number, String town, boolean hasPostcode) {
        String whole = Phonetics.longMetaphone(line);
        String code = Phonetics.metaphone(line);
        if (whole == null || code == null) {
            return;
        }
        keys.both("sn|" + whole + "|" + number + "|" + town);
        String shortKey = "|" + code + "|" + number + "|" + town;
        keys.lacking("ssp" + shortKey, "ssn" + shortKey, hasPostcode);
    }
}
