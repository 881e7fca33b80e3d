package org.crosslink.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.crosslink.app.Home;
import org.crosslink.app.Settings;

/**
 * Settings for a bus under test: the project's real config/ and routes/, a data directory of its own,
 * free TCP ports and an in-VM broker id of its own, so that test classes never share a queue.
 */
public final class TestSettings {
    private static final AtomicInteger IN_VM_IDS = new AtomicInteger(100);

    private TestSettings() {
    }

    public static Path newDataDir(String name) {
        try {
            return Files.createTempDirectory("crosslink-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Settings create(Path dataDir, Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("crosslink.data-dir", dataDir.toString());
        all.put("crosslink.broker.core-port", Integer.toString(freePort()));
        all.put("crosslink.broker.amqp-port", Integer.toString(freePort()));
        all.put("crosslink.broker.stomp-port", Integer.toString(freePort()));
        all.put("crosslink.broker.in-vm-id", Integer.toString(IN_VM_IDS.incrementAndGet()));
        all.put("crosslink.intake.idle-wait-ms", "20");
        all.putAll(overrides);
        return Settings.load(Home.locate(Path.of("").toAbsolutePath()), Map.of(), all);
    }

    /** The same bus again (a restart): same data directory, same ports, same in-VM id. */
    public static Settings again(Settings previous) {
        return previous;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
