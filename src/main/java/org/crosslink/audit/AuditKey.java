package org.crosslink.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.crosslink.config.SecretFile;

/**
 * The secret key of the audit chain (HMAC-SHA256), held outside the database: in an owner-only file. Whoever can
 * write the database but does not hold this file cannot compute the hash of an entry they change, so cannot
 * recompute the chain behind it without {@code audit verify} seeing it.
 */
public final class AuditKey {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;
    /** One initialised MAC a thread: looking the algorithm up and keying it cost more than a short entry's MAC. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private AuditKey(byte[] bytes) {
        if (bytes.length < 32) {
            throw new IllegalArgumentException("an audit key has at least 32 bytes, not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The key in the file (64 hex digits); a new random one, written there owner-only, when there is none. */
    public static AuditKey loadOrCreate(Path file) {
        String hex = SecretFile.read(file);
        if (hex == null || hex.isEmpty()) {
            byte[] bytes = SecretFile.randomBytes(32);
            SecretFile.write(file, HexFormat.of().formatHex(bytes) + "\n");
            return new AuditKey(bytes);
        }
        return new AuditKey(HexFormat.of().parseHex(hex));
    }

    /** The key in the file, which must exist: verifying never makes a key up. */
    public static AuditKey load(Path file) {
        String hex = SecretFile.read(file);
        if (hex == null || hex.isEmpty()) {
            throw new IllegalStateException("no audit key at " + file + " (crosslink.audit.key): the key the bus wrote the log with is needed to verify it");
        }
        return new AuditKey(HexFormat.of().parseHex(hex));
    }

    /** A key of the given bytes (tests). */
    public static AuditKey of(byte[] bytes) {
        return new AuditKey(bytes.clone());
    }

    /** The HMAC of the text, as 64 hex digits. */
    public String mac(String text) {
        return HexFormat.of().formatHex(macBytes(text));
    }

    /** A key of its own for another purpose, derived from this one, so that a MAC made for one is never valid for the other. */
    public AuditKey derive(String purpose) {
        return new AuditKey(macBytes("crosslink key for " + purpose));
    }

    private byte[] macBytes(String text) {
        // doFinal resets the MAC to its key for the next use
        return macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
