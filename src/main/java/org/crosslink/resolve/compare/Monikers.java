package org.crosslink.resolve.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.crosslink.resolve.NamePair;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.normalise.Names;
import org.crosslink.resolve.normalise.Spellings;

/**
 * The names a person is known by on the street or at work: aliases of one word (Yarey, Dheere, Blitz, Cindy), which
 * the normaliser files as given names beside the person's own family name. Among boys of one common name in one city
 * (three Mohamed Abdis) the name says little and the moniker says who: two records that both carry monikers are
 * compared on them as a field of its own, the same moniker for, another against, and their names without them, so that
 * a moniker is not counted twice. Longer aliases (a false identity's whole name) stay names to align.
 */
final class Monikers {
    private Monikers() {
    }

    /** Whether the record carries a moniker. */
    static boolean has(PersonRecord r) {
        for (NamePair alias : r.aliases()) {
            if (moniker(r, alias)) {
                return true;
            }
        }
        return false;
    }

    /** The record's own name and its aliases that are not monikers: what its names are aligned on. */
    static List<NamePair> names(PersonRecord r) {
        List<NamePair> out = new ArrayList<>(r.aliases().size() + 1);
        out.add(r.name());
        for (NamePair alias : r.aliases()) {
            if (!moniker(r, alias)) {
                out.add(alias);
            }
        }
        return out;
    }

    /** Of two records that both carry monikers: EXACT when they share one (in any romanisation), else DIFFERENT. */
    static Agreement compare(PersonRecord a, PersonRecord b) {
        for (NamePair x : a.aliases()) {
            for (NamePair y : b.aliases()) {
                if (moniker(a, x) && moniker(b, y) && Spellings.same(x.given(), y.given())) {
                    return Agreement.EXACT;
                }
            }
        }
        return Agreement.DIFFERENT;
    }

    private static boolean moniker(PersonRecord r, NamePair alias) {
        String given = alias.given();
        return given != null && given.indexOf(' ') < 0 && Objects.equals(alias.family(), r.name().family())
                && !Names.compact(given).equals(Names.compact(Objects.requireNonNullElse(r.name().given(), "")));
    }
}
