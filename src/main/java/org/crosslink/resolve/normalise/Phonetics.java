package org.crosslink.resolve.normalise;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Phonetic keys from commons-codec: Double Metaphone (fast, English-leaning) and Beider–Morse
 * (slow, but built for surnames across European languages). Both are cached: names repeat.
 */
public final class Phonetics {
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, String> METAPHONE = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> BEIDER_MORSE = new ConcurrentHashMap<>();
    private static final Map<String, String> LONG_METAPHONE = new ConcurrentHashMap<>();
    private static final ThreadLocal<DoubleMetaphone> DM_LONG = ThreadLocal.withInitial(() -> {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(24);
        return dm;
    });
    private static final ThreadLocal<DoubleMetaphone> DM = ThreadLocal.withInitial(() -> {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(6);
        return dm;
    });
    private static final ThreadLocal<BeiderMorseEncoder> BM = ThreadLocal.withInitial(() -> {
        BeiderMorseEncoder bm = new BeiderMorseEncoder();
        bm.setNameType(NameType.GENERIC);
        bm.setRuleType(RuleType.APPROX);
        bm.setConcat(true);
        bm.setMaxPhonemes(4);
        return bm;
    });

    private Phonetics() {
    }

    /** The primary Double Metaphone code of a normalised name, spaces removed; null for null. */
    public static String metaphone(String name) {
        if (name == null) {
            return null;
        }
        String cached = METAPHONE.get(name);
        if (cached == null) {
            cached = DM.get().doubleMetaphone(Names.compact(name));
            cached = cached == null ? "" : cached;
            if (METAPHONE.size() < CACHE_LIMIT) {
                METAPHONE.put(name, cached);
            }
        }
        return cached.isEmpty() ? null : cached;
    }

    /** The primary Double Metaphone code of a whole name of several words (a premises name), up to 24 sounds. */
    public static String longMetaphone(String name) {
        if (name == null) {
            return null;
        }
        String cached = LONG_METAPHONE.get(name);
        if (cached == null) {
            cached = DM_LONG.get().doubleMetaphone(Names.compact(name));
            cached = cached == null ? "" : cached;
            if (LONG_METAPHONE.size() < CACHE_LIMIT) {
                LONG_METAPHONE.put(name, cached);
            }
        }
        return cached.isEmpty() ? null : cached;
    }

    /** The Beider–Morse codes of a normalised name (a few alternatives); empty for null. */
    public static Set<String> beiderMorse(String name) {
        if (name == null) {
            return Set.of();
        }
        Set<String> cached = BEIDER_MORSE.get(name);
        if (cached == null) {
            cached = new LinkedHashSet<>();
            try {
                for (String code : BM.get().encode(Names.compact(name)).split("\\|")) {
                    if (!code.isBlank()) {
                        cached.add(code.trim());
                    }
                }
            } catch (Exception e) {
                // an encoder failure on an odd string only costs a blocking key
            }
            cached = Set.copyOf(cached);
            if (BEIDER_MORSE.size() < CACHE_LIMIT) {
                BEIDER_MORSE.put(name, cached);
            }
        }
        return cached;
    }
}
