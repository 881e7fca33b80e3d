package org.crosslink.store;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A mention's blocking keys as stored: their 64-bit hashes, 8 bytes each, as the index holds them. */
public final class BlockingKeys {
    private BlockingKeys() {
    }

    public static byte[] encode(long[] hashes) {
        ByteBuffer b = ByteBuffer.allocate(hashes.length * 8);
        for (long h : hashes) {
            b.putLong(h);
        }
        return b.array();
    }

    public static long[] decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] out = new long[bytes.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getLong();
        }
        return out;
    }

    /** Whether stored keys are the same set as {@code hashes}, in whatever order they were stored. */
    public static boolean sameKeys(byte[] stored, long[] hashes) {
        if (stored == null || stored.length != hashes.length * 8) {
            return false;
        }
        long[] a = decode(stored);
        if (Arrays.equals(a, hashes)) {
            return true; // stored by this version: the blocker's own order
        }
        long[] b = hashes.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }
}
