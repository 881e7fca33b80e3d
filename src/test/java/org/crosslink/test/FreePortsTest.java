package org.crosslink.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsAreGivenBelowTheEphemeralRangeAndNeverTwice() {
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = FreePorts.next();
            assertThat(port).isBetween(FreePorts.FIRST, FreePorts.LAST).isLessThan(32_768);
            assertThat(given.add(port)).as("port %d given twice", port).isTrue();
        }
    }

    @Test
    void aPortSomethingListensOnIsNotFree() throws Exception {
        int port = FreePorts.next();
        try (ServerSocket listening = new ServerSocket(port)) {
            assertThat(FreePorts.free(port)).isFalse();
        }
        assertThat(FreePorts.free(port)).isTrue();
    }
}
