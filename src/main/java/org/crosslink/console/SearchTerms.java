package org.crosslink.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosslink.model.IdentifierType;
import org.crosslink.resolve.Id;
import org.crosslink.resolve.LocationRecord;
import org.crosslink.resolve.NamePair;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.normalise.Identifiers;
import org.crosslink.resolve.normalise.Names;
import org.crosslink.resolve.normalise.Phonetics;
import org.crosslink.resolve.normalise.Postcodes;
import org.crosslink.store.SearchStore;

/**
 * The terms a mention can be found by, and the terms a search asks for, built with the resolution engine's own
 * normalisers: names transliterated and cleaned ({@link Names}), their Double Metaphone and Beider–Morse sounds
 * ({@link Phonetics}), identifiers in their canonical form (a phone in E.164 whatever way it was written),
 * postcodes normalised. So a search finds what resolution would call the same: {@code Anna Popesku} finds
 * {@code Ana Popescu}, {@code +44 7700 900461} finds {@code 07700 900461}.
 * <p>
 * Terms are kept as 64-bit hashes: the index holds no name, number or postcode in clear.
 */
public final class SearchTerms {
    private static final IdentifierType[] SEARCHABLE = {IdentifierType.PHONE, IdentifierType.VEHICLE, IdentifierType.EMAIL,
            IdentifierType.PASSPORT, IdentifierType.NATIONAL_ID, IdentifierType.NI_NUMBER, IdentifierType.PNC_ID,
            IdentifierType.HOME_OFFICE_REF, IdentifierType.BANK_ACCOUNT, IdentifierType.OTHER};
    private static final int BEIDER_MORSE_CODES = 4;

    private SearchTerms() {
    }

    /** The terms of a person mention: its names and aliases, identifiers, postcodes, report id. */
    public static Set<String> of(PersonRecord p, String reportId) {
        Set<String> out = new LinkedHashSet<>();
        name(out, p.name());
        p.aliases().forEach(a -> name(out, a));
        for (Id id : p.ids()) {
            out.add(SearchStore.identifierTerm(id.type().name(), id.value()));
        }
        p.addresses().forEach(a -> address(out, a));
        out.add(report(reportId));
        return out;
    }

    /** The terms of a location mention: its premises name, postcode, report id. */
    public static Set<String> of(LocationRecord l, String reportId) {
        Set<String> out = new LinkedHashSet<>();
        if (l.name() != null) {
            String sound = Phonetics.longMetaphone(l.name());
            if (sound != null) {
                out.add("ln|" + sound);
            }
        }
        if (l.address() != null) {
            address(out, l.address());
        }
        out.add(report(reportId));
        return out;
    }

    /**
     * The terms a search for this text asks for: read as a name (one word: either name; several: given names
     * then family name, or family name first), as every kind of identifier, as a postcode, a premises name and a
     * report id. Whatever the text is, the terms that do not apply simply find nothing.
     */
    public static Set<String> query(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank() || text.length() > 200) {
            return out;
        }
        String q = text.strip();
        out.add(report(q));
        for (IdentifierType type : SEARCHABLE) {
            String v = Identifiers.normalise(type, q);
            if (v != null) {
                out.add(SearchStore.identifierTerm(type.name(), v));
            }
        }
        String postcode = Postcodes.normalise(q);
        if (postcode != null) {
            out.add("pc|" + postcode);
        }
        String name = Names.normalise(q);
        if (name != null) {
            String premises = Phonetics.longMetaphone(name);
            if (premises != null) {
                out.add("ln|" + premises);
            }
            String[] words = name.split(" ");
            if (words.length == 1) {
                String sound = Phonetics.metaphone(words[0]);
                if (sound != null) {
                    out.add("s|" + sound);
                }
                int n = 0;
                for (String code : Phonetics.beiderMorse(words[0])) {
                    if (n++ < BEIDER_MORSE_CODES) {
                        out.add("bm|" + code);
                    }
                }
            } else {
                String last = words[words.length - 1];
                String allButLast = String.join(" ", Arrays.copyOf(words, words.length - 1));
                String allButFirst = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
                pair(out, new NamePair(allButLast, last));
                pair(out, new NamePair(allButFirst, words[0]));
            }
        }
        return out;
    }

    /** The 64-bit hashes of terms, as the index files them. */
    public static List<Long> hashes(Set<String> terms) {
        List<Long> out = new ArrayList<>(terms.size());
        terms.forEach(t -> out.add(hash(t)));
        return out;
    }

    /** A term's hash: the store's ({@link SearchStore#termHash}), so that the store can look identifiers up itself. */
    static long hash(String term) {
        return SearchStore.termHash(term);
    }

    private static void name(Set<String> out, NamePair n) {
        if (n.givenSound() != null) {
            out.add("s|" + n.givenSound());
        }
        if (n.familySound() != null) {
            out.add("s|" + n.familySound());
            int i = 0;
            for (String code : Phonetics.beiderMorse(n.family())) {
                if (i++ < BEIDER_MORSE_CODES) {
                    out.add("bm|" + code);
                }
            }
        }
        pair(out, n);
    }

    /** Both names' sounds together (in either order), and the family name's Beider–Morse codes with the given initial. */
    private static void pair(Set<String> out, NamePair n) {
        String g = n.givenSound();
        String f = n.familySound();
        if (g != null && f != null) {
            out.add("p|" + (g.compareTo(f) <= 0 ? g + "|" + f : f + "|" + g));
        }
        if (n.given() != null && n.family() != null) {
            int i = 0;
            for (String code : Phonetics.beiderMorse(n.family())) {
                if (i++ < BEIDER_MORSE_CODES) {
                    out.add("bmp|" + code + "|" + n.given().charAt(0));
                }
            }
        }
    }

    private static void address(Set<String> out, Address a) {
        if (a.postcode() != null) {
            out.add("pc|" + a.postcode());
        }
    }

    private static String report(String reportId) {
        return "rid|" + reportId.strip().toUpperCase(Locale.ROOT);
    }
}
