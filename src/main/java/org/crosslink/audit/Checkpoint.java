package org.crosslink.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A signed statement of the audit chain's head: "at this time the chain had {@code seq} entries and its last hash
 * was {@code hash}". Published to an address only auditors may read, kept by the broker, away from the database: an
 * administrator of the database who rewrites the chain, even with its key, cannot rewrite these.
 * <p>
 * One line of text: {@code crosslink-audit-checkpoint v1 seq=... hash=... at=... sig=...}.
 */
public record Checkpoint(long seq, String hash, Instant at, String signature) {
    private static final String PREFIX = "crosslink-audit-checkpoint v1";

    public Checkpoint {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative");
        }
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(signature, "signature");
    }

    /** The bytes the signature covers. */
    public static byte[] payload(long seq, String hash, Instant at) {
        return (PREFIX + " seq=" + seq + " hash=" + hash + " at=" + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] payload() {
        return payload(seq, hash, at);
    }

    public String toText() {
        return PREFIX + " seq=" + seq + " hash=" + hash + " at=" + at.toEpochMilli() + " sig=" + signature;
    }

    /** Reads a checkpoint's line. */
    public static Checkpoint parse(String text) {
        if (text == null || !text.startsWith(PREFIX + " ")) {
            throw new IllegalArgumentException("not an audit checkpoint");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : text.substring(PREFIX.length() + 1).trim().split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        try {
            return new Checkpoint(Long.parseLong(fields.get("seq")), fields.get("hash"),
                    Instant.ofEpochMilli(Long.parseLong(fields.get("at"))), fields.get("sig"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a malformed audit checkpoint: " + e.getMessage(), e);
        }
    }
}
