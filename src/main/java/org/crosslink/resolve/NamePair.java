package org.crosslink.resolve;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.crosslink.model.Interned;
import org.crosslink.resolve.normalise.Phonetics;

/**
 * A normalised given name and family name; either may be null. Each name's sound (its Double Metaphone
 * code) is derived once here, whatever is passed for it, and not stored: blocking and every comparison
 * with a candidate need it, and looking it up in the phonetic cache for each of a million-person store's
 * candidates cost more than the comparison's string distances. The sounds are the phonetic cache's own
 * copies, not interned: interning them at every normalisation cost more than it saved.
 */
public record NamePair(String given, String family, @JsonIgnore String givenSound, @JsonIgnore String familySound) {
    public NamePair {
        given = Interned.of(given);
        family = Interned.of(family);
        givenSound = Phonetics.metaphone(given);
        familySound = Phonetics.metaphone(family);
    }

    public NamePair(String given, String family) {
        this(given, family, null, null);
    }

    public boolean isEmpty() {
        return given == null && family == null;
    }
}
