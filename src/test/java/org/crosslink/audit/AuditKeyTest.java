package org.crosslink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** The audit key's HMAC: the standard's value, the same on every call and every thread. */
class AuditKeyTest {
    /** RFC 4231, test case 6: a key longer than the hash's block, 131 bytes of 0xaa. */
    private static final AuditKey RFC_KEY = AuditKey.of(filled(131, (byte) 0xaa));
    private static final String RFC_TEXT = "Test Using Larger Than Block-Size Key - Hash Key First";
    private static final String RFC_MAC = "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54";

    private static byte[] filled(int n, byte b) {
        byte[] bytes = new byte[n];
        Arrays.fill(bytes, b);
        return bytes;
    }

    @Test
    void theMacIsHmacSha256AsTheStandardGivesIt() {
        assertThat(RFC_KEY.mac(RFC_TEXT)).isEqualTo(RFC_MAC);
    }

    @Test
    void aMacComputedAgainAfterAnotherTextIsTheSame() {
        String first = RFC_KEY.mac(RFC_TEXT);
        RFC_KEY.mac("another entry");

        assertThat(RFC_KEY.mac(RFC_TEXT)).isEqualTo(first);
    }

    @Test
    void anotherThreadComputesTheSameMac() {
        assertThat(CompletableFuture.supplyAsync(() -> RFC_KEY.mac(RFC_TEXT)).join()).isEqualTo(RFC_MAC);
    }

    @Test
    void aDerivedKeyMacsDifferently() {
        assertThat(RFC_KEY.derive("seal").mac(RFC_TEXT)).isNotEqualTo(RFC_MAC).hasSize(64);
    }
}
