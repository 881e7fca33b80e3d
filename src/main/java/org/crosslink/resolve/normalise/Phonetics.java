package org.crosslink.resolve.normalise;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Phonetic keys from commons-codec: Double Metaphone (fast, English-leaning) and Beider–Morse
 * (slow, but built for surnames across European languages). Both are cached: names repeat.
 */
public final class Phonetics {
    private static final Cache<String, String> METAPHONE = Caches.bounded();
    private static final Cache<String, Set<String>> BEIDER_MORSE = Caches.bounded();
    private static final Cache<String, String> LONG_METAPHONE = Caches.bounded();
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
        return doubleMetaphone(METAPHONE, DM, name);
    }

    /** The primary Double Metaphone code of a whole name of several words (a premises name), up to 24 sounds. */
    public static String longMetaphone(String name) {
        return doubleMetaphone(LONG_METAPHONE, DM_LONG, name);
    }

    /** The code from the cache or the encoder; "" stands for no code, which a cache cannot hold as null. */
    private static String doubleMetaphone(Cache<String, String> cache, ThreadLocal<DoubleMetaphone> encoder, String name) {
        if (name == null) {
            return null;
        }
        String code = cache.get(name, n -> {
            String c = encoder.get().doubleMetaphone(Names.compact(n));
            return c == null ? "" : c;
        });
        return code.isEmpty() ? null : code;
    }

    /**
     * The Beider–Morse codes of a normalised name (a few alternatives), in the encoder's order; empty for null.
     * The order matters: blocking files a name under its first few codes, and must choose the same ones in every
     * run of the JVM (an immutable {@code Set.copyOf} iterates in an order salted afresh by each JVM).
     */
    public static Set<String> beiderMorse(String name) {
        if (name == null) {
            return Set.of();
        }
        return BEIDER_MORSE.get(name, Phonetics::encodeBeiderMorse);
    }

    private static Set<String> encodeBeiderMorse(String name) {
        Set<String> codes = new LinkedHashSet<>();
        try {
            for (String code : BM.get().encode(Names.compact(name)).split("\\|")) {
                if (!code.isBlank()) {
                    codes.add(code.trim());
                }
            }
        } catch (Exception e) {
            // an encoder failure on an odd string only costs a blocking key
        }
        return Collections.unmodifiableSet(codes);
    }
}
