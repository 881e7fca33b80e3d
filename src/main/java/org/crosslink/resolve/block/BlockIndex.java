package org.crosslink.resolve.block;

import java.nio.charset.StandardCharsets;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;

/**
 * Blocking key (as a 64-bit hash) to the mentions filed under it. Memory is a few dozen bytes a posting,
 * so a million mentions with ten keys each fit in a few hundred megabytes.
 */
public final class BlockIndex {
    private static final IntArrayList EMPTY = new IntArrayList(0);
    private final Long2ObjectOpenHashMap<IntArrayList> postings = new Long2ObjectOpenHashMap<>();

    public void add(long key, int mention) {
        IntArrayList list = postings.get(key);
        if (list == null) {
            list = new IntArrayList(2);
            postings.put(key, list);
        }
        list.add(mention);
    }

    public void remove(long key, int mention) {
        IntArrayList list = postings.get(key);
        if (list != null) {
            int at = list.lastIndexOf(mention);
            if (at >= 0) {
                list.removeInt(at);
            }
            if (list.isEmpty()) {
                postings.remove(key);
            }
        }
    }

    /** The mentions under a key; do not modify. */
    public IntArrayList get(long key) {
        IntArrayList list = postings.get(key);
        return list == null ? EMPTY : list;
    }

    public int keyCount() {
        return postings.size();
    }

    /** 64-bit FNV-1a of the key's UTF-8 bytes: stable across runs, so stored keys hash the same way after a restart. */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
