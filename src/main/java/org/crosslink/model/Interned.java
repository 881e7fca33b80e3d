package org.crosslink.model;

import java.util.List;
import java.util.Objects;

/**
 * One shared copy of a value that repeats across a national store: source codes, refs, names, streets,
 * towns, postcodes. A million mentions otherwise hold a million copies of {@code MET} and {@code P1}, a
 * third of the index's memory. The JVM's string table holds interned strings weakly, so a value no
 * mention uses any more is collected.
 */
public final class Interned {
    private Interned() {
    }

    public static String of(String value) {
        return value == null ? null : value.intern();
    }

    /** An unmodifiable copy of the list with each value interned (refs such as {@code P1} repeat in every report). */
    public static List<String> all(List<String> values) {
        String[] out = new String[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(Objects.requireNonNull(values.get(i), "value"));
        }
        return List.of(out);
    }
}
