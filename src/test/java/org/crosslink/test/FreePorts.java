package org.crosslink.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TCP ports for buses under test, handed out below the kernel's ephemeral range (32768 and up on Linux).
 * <p>
 * A port the kernel picks for {@code new ServerSocket(0)} is an ephemeral port: free when asked, but the kernel may
 * give it again, before the bus binds it, as the local end of any outgoing connection (a client to a broker, a JDBC
 * connection), and the embedded broker then cannot listen. Ports below that range are never handed out that way.
 * Each JVM starts at a random place in the range and never gives the same port twice; each port is checked free
 * (bound and released) before it is given, which skips what another process listens on.
 */
final class FreePorts {
    static final int FIRST = 20_000;
    static final int LAST = 32_000;
    private static final AtomicInteger NEXT = new AtomicInteger(
            FIRST + ThreadLocalRandom.current().nextInt(LAST - FIRST));

    private FreePorts() {
    }

    static int next() {
        for (int tried = 0; tried <= LAST - FIRST; tried++) {
            int port = FIRST + Math.floorMod(NEXT.getAndIncrement() - FIRST, LAST - FIRST + 1);
            if (free(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST + " and " + LAST);
    }

    static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
