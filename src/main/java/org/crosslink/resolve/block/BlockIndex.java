package org.crosslink.resolve.block;

import java.nio.charset.StandardCharsets;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Blocking key (as a 64-bit hash) to the mentions filed under it.
 * <p>
 * Most keys of a national store have one mention (a phone, a name with a date of birth), so a key's
 * single mention is kept in the hash table itself: about 16 bytes a key, and one memory access to find
 * it. A key with several mentions points to a list in a side table ({@code -(list + 1)}), and goes back
 * to a single entry when all but one leave.
 */
public final class BlockIndex {
    private static final int NONE = Integer.MIN_VALUE;
    private final Long2IntOpenHashMap heads = new Long2IntOpenHashMap();
    private final java.util.ArrayList<IntArrayList> lists = new java.util.ArrayList<>();
    private final IntArrayList freeLists = new IntArrayList();

    public BlockIndex() {
        heads.defaultReturnValue(NONE);
    }

    public void add(long key, int mention) {
        int head = heads.putIfAbsent(key, mention); // one probe for the usual case, a new key
        if (head == NONE) {
            return;
        }
        if (head >= 0) {
            IntArrayList list = new IntArrayList(4);
            list.add(head);
            list.add(mention);
            heads.put(key, -(store(list) + 1));
        } else {
            lists.get(-head - 1).add(mention);
        }
    }

    public void remove(long key, int mention) {
        int head = heads.get(key);
        if (head == NONE) {
            return;
        }
        if (head >= 0) {
            if (head == mention) {
                heads.remove(key);
            }
            return;
        }
        IntArrayList list = lists.get(-head - 1);
        int at = list.lastIndexOf(mention);
        if (at >= 0) {
            list.removeInt(at);
        }
        if (list.size() == 1) {
            heads.put(key, list.getInt(0));
            release(-head - 1);
        }
    }

    /**
     * Appends the mentions under a key to {@code into}, unless there are more than {@code limit}.
     *
     * @return how many mentions the key has (appended or not)
     */
    public int postings(long key, IntArrayList into, int limit) {
        int head = heads.get(key);
        if (head == NONE) {
            return 0;
        }
        if (head >= 0) {
            into.add(head);
            return 1;
        }
        IntArrayList list = lists.get(-head - 1);
        if (list.size() <= limit) {
            into.addAll(list);
        }
        return list.size();
    }

    /** The mentions under a key, in a new list. */
    public IntArrayList get(long key) {
        IntArrayList out = new IntArrayList();
        postings(key, out, Integer.MAX_VALUE);
        return out;
    }

    public int keyCount() {
        return heads.size();
    }

    private int store(IntArrayList list) {
        if (freeLists.isEmpty()) {
            lists.add(list);
            return lists.size() - 1;
        }
        int slot = freeLists.popInt();
        lists.set(slot, list);
        return slot;
    }

    private void release(int slot) {
        lists.set(slot, null);
        freeLists.add(slot);
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
