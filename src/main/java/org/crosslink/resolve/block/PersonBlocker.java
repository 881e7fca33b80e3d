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
 * Blocking keys for persons. Each key joins two pieces of evidence, so that a block stays small in a
 * national store (a million persons) while a mention with a typo in any one field still meets its match:
 * names sound-alike with year of birth, names with full date of birth (day and month in either order),
 * each identifier, postcode with a name, and Beider–Morse family-name codes with the given initial.
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
                keys.add("gf|" + min(g, f) + "|" + max(g, f));
            }
            for (String code : new String[] {g, f}) {
                if (code == null) {
                    continue;
                }
                if (year != null) {
                    keys.add("ny|" + code + "|" + year);
                }
                if (fullDate != null) {
                    keys.add("nd|" + code + "|" + fullDate);
                }
                for (Address a : p.addresses()) {
                    if (a.postcode() != null) {
                        keys.add("np|" + code + "|" + a.postcode());
                    }
                }
            }
            if (fullDate != null) {
                for (String name : new String[] {n.given(), n.family()}) {
                    if (name != null) {
                        keys.add("di|" + fullDate + "|" + name.charAt(0));
                    }
                }
            }
            String initial = n.given() == null ? "" : n.given().substring(0, 1);
            int bm = 0;
            for (String code : Phonetics.beiderMorse(n.family())) {
                if (bm++ < 4) {
                    keys.add("bm|" + code + "|" + initial);
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
