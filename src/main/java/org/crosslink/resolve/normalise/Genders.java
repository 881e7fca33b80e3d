package org.crosslink.resolve.normalise;

import java.util.Locale;

/** Gender as one letter: M, F or X; null when not given or not readable. */
public final class Genders {
    private Genders() {
    }

    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toUpperCase(Locale.ROOT)) {
            case "M", "MALE", "MAN", "BOY" -> "M";
            case "F", "FEMALE", "WOMAN", "GIRL" -> "F";
            case "X", "OTHER", "NON-BINARY", "NONBINARY" -> "X";
            default -> null;
        };
    }
}
