package org.crosslink.messaging.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.crosslink.audit.AuditKey;
import org.crosslink.intake.Oversize;

/**
 * The bus's seal on the sender it writes into a dead letter ({@code crosslinkOriginalSender}): an HMAC, under a key
 * only the bus holds, of the sender and the report's bytes. When an operator puts the dead letter back with
 * {@code dlq retry}, the bus takes the sender from the message only if the seal holds: an operator (or anyone who can
 * send to an inbound queue) cannot pass a report off as another source's by setting that property.
 */
public final class SenderSeal {
    private final AuditKey key;

    /** A seal under a key derived for this purpose alone. */
    public SenderSeal(AuditKey busKey) {
        this.key = busKey.derive("dead-letter sender seal");
    }

    public String seal(String sender, Object body) {
        return key.mac(sender + "\n" + digest(body));
    }

    public boolean holds(String sender, Object body, String seal) {
        return sender != null && seal != null && MessageDigest.isEqual(seal(sender, body).getBytes(StandardCharsets.US_ASCII),
                seal.getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(Object body) {
        byte[] bytes = body instanceof byte[] b ? b
                : body instanceof Oversize o ? ("oversize:" + o).getBytes(StandardCharsets.UTF_8)
                : String.valueOf(body).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
