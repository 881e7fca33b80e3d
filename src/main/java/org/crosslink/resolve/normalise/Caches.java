package org.crosslink.resolve.normalise;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The normalisers' caches: names, phones and postcodes repeat, and parsing them again costs more than a
 * look-up. Bounded and kept by use (Caffeine's W-TinyLFU), so that a bus that has seen millions of distinct
 * strings still caches the ones that keep arriving: a map that simply stopped growing when full froze its
 * first 200,000 entries for good. Upkeep runs on the calling thread: no background threads.
 * <p>
 * The caches hold raw names and phone numbers, personal data: an erasure empties them all
 * ({@link #forgetAll()}), so that nothing of an erased report outlives it in memory.
 */
public final class Caches {
    private static final int SIZE = 200_000;
    private static final List<Cache<String, ?>> ALL = new CopyOnWriteArrayList<>();

    private Caches() {
    }

    static <V> Cache<String, V> bounded() {
        Cache<String, V> cache = Caffeine.newBuilder().maximumSize(SIZE).executor(Runnable::run).build();
        ALL.add(cache);
        return cache;
    }

    /** Empties every normaliser cache; they fill again as reports arrive. */
    public static void forgetAll() {
        for (Cache<String, ?> cache : ALL) {
            cache.invalidateAll();
        }
    }

    /** True when any cache holds a value for this text: for tests of erasure. */
    public static boolean holds(String key) {
        for (Cache<String, ?> cache : ALL) {
            if (cache.getIfPresent(key) != null) {
                return true;
            }
        }
        return false;
    }
}
