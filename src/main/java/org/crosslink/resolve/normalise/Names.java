package org.crosslink.resolve.normalise;

import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.ibm.icu.text.Transliterator;

/**
 * Person and place names reduced to lower-case ASCII letters and single spaces. Other scripts and
 * diacritics are transliterated to Latin with ICU4J, so that {@code Ionescu}, {@code IONESCU},
 * {@code Ionesku} and {@code Ионеску} can meet: the first two become equal, the others close.
 */
public final class Names {
    private static final Cache<String, String> CACHE = Caches.bounded();
    private static final ThreadLocal<Transliterator> LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Names() {
    }

    /** The normalised name, or null when nothing of a name is left. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // only transliteration is worth a cache: plain ASCII is cleaned as fast as it is looked up, and kept
        // out of the cache it holds no raw name in memory (33 MB less at a million persons)
        String result = ascii(raw) ? clean(raw) : CACHE.get(raw, r -> clean(LATIN.get().transliterate(r)));
        return result.isEmpty() ? null : result;
    }

    /** The name without spaces: {@code winston hills} and {@code winstonhills} compare equal this way. */
    public static String compact(String normalised) {
        return normalised == null ? null : normalised.replace(" ", "");
    }

    /** The length of {@link #compact}{@code (s)}, counted without making it. */
    public static int compactLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ' ') {
                n++;
            }
        }
        return n;
    }

    /** The length of the common prefix of {@link #compact}{@code (a)} and {@code compact(b)}, without making either. */
    public static int compactCommonPrefix(String a, String b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (true) {
            while (i < a.length() && a.charAt(i) == ' ') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == ' ') {
                j++;
            }
            if (i == a.length() || j == b.length() || a.charAt(i) != b.charAt(j)) {
                return n;
            }
            n++;
            i++;
            j++;
        }
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String latin) {
        StringBuilder sb = new StringBuilder(latin.length());
        boolean space = true;
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
                space = false;
            } else if (c == '\'' || c == '’' || c == '`') {
                continue; // O'Brien and OBrien are one name
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
