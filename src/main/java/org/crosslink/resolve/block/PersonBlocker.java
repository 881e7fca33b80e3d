package org.crosslink.resolve.block;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crosslink.model.PartialDate;
import org.crosslink.resolve.Id;
import org.crosslink.resolve.NamePair;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.normalise.Identifiers;
import org.crosslink.resolve.normalise.Phonetics;

/**
 * Blocking keys for persons. A name alone can never make a match, so every key joins a name to a second
 * piece of evidence (or is a strong identifier on its own): a block then stays small in a national store
 * of a million persons, and the cost of a new mention does not grow with history, while a mention with a
 * typo in any one field still meets its match: both names' sounds with the year of birth or the street, either name
 * with the full date of birth (day and month in either order) or with a postcode, the date with an
 * initial or a postcode, postcode and street, each identifier, and Beider–Morse family-name codes with
 * the given initial and year.
 */
public final class PersonBlocker implements Blocker<PersonRecord> {

    @Override
    public List<String> keys(PersonRecord p) {
        Set<String> keys = new LinkedHashSet<>();
        PartialDate dob = p.dateOfBirth();
        String year = dob == null ? null : Integer.toString(dob.year());
        String fullDate = dob != null && dob.isFull()
                ? dob.year() + "-" + Math.min(dob.month(), dob.day()) + "-" + Math.max(dob.month(), dob.day()) : null;
        List<NamePair> names = new ArrayList<>();
        names.add(p.name());
        names.addAll(p.aliases());
        for (NamePair n : names) {
            String g = Phonetics.metaphone(n.given());
            String f = Phonetics.metaphone(n.family());
            if (g != null && f != null) {
                if (year != null) {
                    keys.add("gfy|" + min(g, f) + "|" + max(g, f) + "|" + year);
                }
                for (Address a : p.addresses()) {
                    String street = Phonetics.metaphone(a.street());
                    if (street != null) {
                        keys.add("gfs|" + min(g, f) + "|" + max(g, f) + "|" + street);
                    }
                }
            }
            for (String name : new String[] {n.given(), n.family()}) {
                String code = Phonetics.metaphone(name);
                if (code == null) {
                    continue;
                }
                if (fullDate != null) {
                    keys.add("nd|" + code + "|" + fullDate);
                    keys.add("di|" + fullDate + "|" + name.charAt(0));
                }
                for (Address a : p.addresses()) {
                    if (a.postcode() != null) {
                        keys.add("np|" + code + "|" + a.postcode());
                    }
                }
            }
            if (year != null) {
                String initial = n.given() == null ? "" : n.given().substring(0, 1);
                int bm = 0;
                for (String code : Phonetics.beiderMorse(n.family())) {
                    if (bm++ < 4) {
                        keys.add("bm|" + code + "|" + initial + "|" + year);
                    }
                }
            }
        }
        for (Address a : p.addresses()) {
            if (a.postcode() == null) {
                continue;
            }
            if (fullDate != null) {
                keys.add("dp|" + fullDate + "|" + a.postcode());
            }
            String street = Phonetics.metaphone(a.street());
            if (street != null) {
                keys.add("ps|" + a.postcode() + "|" + street);
            }
        }
        for (Id id : p.ids()) {
            keys.add("id|" + id.type() + "|" + id.value());
            if (Identifiers.personal(id.type())) {
                keys.add("ix|" + id.type() + "|" + sorted(id.value()));
            }
        }
        return new ArrayList<>(keys);
    }

    /** The characters of a value in order: two neighbours swapped give the same key. */
    private static String sorted(String value) {
        char[] c = value.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }
}
