package org.crosslink.model;

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
}
