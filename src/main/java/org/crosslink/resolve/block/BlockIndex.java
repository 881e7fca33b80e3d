package org.crosslink.resolve.block;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * Blocking key (as a hash) to the mentions filed under it.
 * <p>
 * A national store files about fourteen million keys, and a new mention looks up some twenty of them: at
 * that size each lookup is a cache and TLB miss, and the misses, not the comparisons, are what grow with
 * the store. So the table is one {@code long[]} with linear probing, each slot holding a key's hash folded
 * to 32 bits next to its value: a lookup touches one cache line, not the two a map with separate key and
 * value arrays touches, and a slot takes 8 bytes instead of 12. Most keys have one mention (a phone, a
 * name with a date of birth), kept in the slot itself; a key with several points to a list in a side
 * table ({@code -(list + 1)}) and goes back to a single entry when all but one leave.
 * <p>
 * Two keys whose hashes fold to the same 32 bits share a slot (about one lookup in three hundred at a
 * million persons): that only adds a candidate, which the comparison then judges like any other.
 */
public final class BlockIndex {
    private static final float LOAD = 0.75f;
    private long[] slots = new long[16];
    private int mask = 15;
    private int size;
    private int maxFill = (int) (16 * LOAD);
    private final ArrayList<IntArrayList> lists = new ArrayList<>();
    private final IntArrayList freeLists = new IntArrayList();
    private long touched;

    public void add(long key, int mention) {
        int k = fold(key);
        int pos = find(k);
        if (pos < 0) {
            slots[-pos - 1] = slot(k, mention);
            if (++size >= maxFill) {
                rehash(slots.length * 2);
            }
            return;
        }
        int head = (int) slots[pos];
        if (head >= 0) {
            IntArrayList list = new IntArrayList(4);
            list.add(head);
            list.add(mention);
            slots[pos] = slot(k, -(store(list) + 1));
        } else {
            lists.get(-head - 1).add(mention);
        }
    }

    public void remove(long key, int mention) {
        int k = fold(key);
        int pos = find(k);
        if (pos < 0) {
            return;
        }
        int head = (int) slots[pos];
        if (head >= 0) {
            if (head == mention) {
                delete(pos);
            }
            return;
        }
        IntArrayList list = lists.get(-head - 1);
        int at = list.lastIndexOf(mention);
        if (at >= 0) {
            list.removeInt(at);
        }
        if (list.size() == 1) {
            slots[pos] = slot(k, list.getInt(0));
            release(-head - 1);
        }
    }

    /**
     * Appends the mentions under a key to {@code into}, unless there are more than {@code limit}.
     *
     * @return how many mentions the key has (appended or not)
     */
    public int postings(long key, IntArrayList into, int limit) {
        int pos = find(fold(key));
        if (pos < 0) {
            return 0;
        }
        int head = (int) slots[pos];
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

    /**
     * Reads the slots of several keys before they are looked up one by one. At a million persons each
     * lookup waits on memory; read in one tight loop of independent loads, the CPU waits for all of them
     * at once instead of for each in turn, and the lookups that follow find their slots in cache.
     */
    public void prefetch(long[] keys) {
        long seen = 0;
        for (long key : keys) {
            seen += slots[home(fold(key))];
        }
        // then, the same way, the lists of keys with several mentions: the list, then its array
        for (long key : keys) {
            int k = fold(key);
            long s = slots[home(k)];
            int head = (int) s;
            if (keyOf(s) == k && head < 0) {
                IntArrayList list = lists.get(-head - 1);
                seen += list.isEmpty() ? 0 : list.getInt(0);
            }
        }
        touched = seen; // kept, so the reads are not optimised away
    }

    /** The mentions under a key, in a new list. */
    public IntArrayList get(long key) {
        IntArrayList out = new IntArrayList();
        postings(key, out, Integer.MAX_VALUE);
        return out;
    }

    public int keyCount() {
        return size;
    }

    /** The slot holding {@code k}, or {@code -(free slot + 1)} where it would go. */
    private int find(int k) {
        int pos = home(k);
        long s;
        while ((s = slots[pos]) != 0) {
            if (keyOf(s) == k) {
                return pos;
            }
            pos = (pos + 1) & mask;
        }
        return -pos - 1;
    }

    /** Empties a slot and shifts back the entries after it that probed past it, as linear probing needs. */
    private void delete(int pos) {
        size--;
        int last;
        for (;;) {
            pos = ((last = pos) + 1) & mask;
            long curr;
            for (;;) {
                if ((curr = slots[pos]) == 0) {
                    slots[last] = 0;
                    return;
                }
                int home = home(keyOf(curr));
                if (last <= pos ? last >= home || home > pos : last >= home && home > pos) {
                    break;
                }
                pos = (pos + 1) & mask;
            }
            slots[last] = curr;
        }
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[capacity];
        mask = capacity - 1;
        maxFill = (int) (capacity * LOAD);
        for (long s : old) {
            if (s != 0) {
                int pos = home(keyOf(s));
                while (slots[pos] != 0) {
                    pos = (pos + 1) & mask;
                }
                slots[pos] = s;
            }
        }
    }

    /** Where linear probing for a folded key starts. */
    private int home(int k) {
        return HashCommon.mix(k) & mask;
    }

    private static int keyOf(long slot) {
        return (int) (slot >>> 32);
    }

    /** The hash folded to 32 bits, never 0 (an empty slot). */
    private static int fold(long key) {
        int k = (int) (key ^ (key >>> 32));
        return k == 0 ? 1 : k;
    }

    private static long slot(int k, int value) {
        return ((long) k << 32) | (value & 0xffffffffL);
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
