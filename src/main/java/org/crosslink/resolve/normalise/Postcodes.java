package org.crosslink.resolve.normalise;

import java.util.Locale;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * UK postcodes: {@code b219sn}, {@code B21 9SN} and {@code B21  9sn} are the same postcode, written
 * {@code B21 9SN}. A postcode that is not a UK one is kept as written, only trimmed and upper-cased.
 */
public final class Postcodes {
    // The Royal Mail format, written without the space; the inward code is always digit + two letters.
    private static final Pattern UK = Pattern.compile(
            "GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9])[0-9][ABD-HJLNP-UW-Z]{2}");

    private static final Cache<String, Boolean> UK_CACHE = Caches.bounded();

    private Postcodes() {
    }

    /** True when the text is a UK postcode, however it is spaced or cased. Cached: postcodes repeat. */
    public static boolean isUk(String text) {
        if (text == null) {
            return false;
        }
        return UK_CACHE.get(text, t -> UK.matcher(compact(t)).matches());
    }

    /** The canonical form: {@code B21 9SN} for a UK postcode, otherwise the trimmed upper-cased text; null stays null. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = compact(text);
        if (UK.matcher(compact).matches()) {
            return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        }
        return text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** The outward code (district), {@code B21} of {@code B21 9SN}, or null when not a UK postcode. */
    public static String outward(String normalised) {
        if (normalised == null || !isUk(normalised)) {
            return null;
        }
        return normalised.substring(0, normalised.indexOf(' '));
    }

    private static String compact(String text) {
        return text.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
