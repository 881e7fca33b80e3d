package org.crosslink.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.crosslink.config.Home;
import org.crosslink.config.Settings;

/**
 * Settings for a bus under test: the project's real config/ and routes/, a data directory of its own,
 * free TCP ports and an in-VM broker id of its own, so that test classes never share a queue.
 * <p>
 * The data directories (a broker journal and a database each, 100 MB and more) are deleted when the test
 * JVM exits: left behind, a few dozen verify runs filled the disk until the broker blocked its producers.
 * Set {@code -Dcrosslink.test.keep-data=true} to keep them for a post-mortem.
 */
public final class TestSettings {
    private static final AtomicInteger IN_VM_IDS = new AtomicInteger(100);
    private static final Set<Path> DATA_DIRS = ConcurrentHashMap.newKeySet();

    static {
        if (!Boolean.getBoolean("crosslink.test.keep-data")) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestSettings::deleteDataDirs, "test-data-cleanup"));
        }
    }

    private TestSettings() {
    }

    public static Path newDataDir(String name) {
        try {
            Path dir = Files.createTempDirectory("crosslink-" + name + "-");
            DATA_DIRS.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteDataDirs() {
        for (Path dir : DATA_DIRS) {
            List<Path> left = delete(dir);
            if (!left.isEmpty()) {
                System.err.println("test data left behind (could not be deleted): " + left);
            }
        }
    }

    /**
     * Deletes a directory and everything in it. Returns what could not be deleted, rather than failing: at exit
     * there is nothing more to do about it than say so. A directory already gone leaves nothing.
     */
    static List<Path> delete(Path dir) {
        List<Path> left = new ArrayList<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return left;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    left.add(f);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            left.add(dir);
        }
        return left;
    }

    public static Settings create(Path dataDir, Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("crosslink.data-dir", dataDir.toString());
        all.put("crosslink.broker.core-port", Integer.toString(freePort()));
        all.put("crosslink.broker.amqp-port", Integer.toString(freePort()));
        all.put("crosslink.broker.stomp-port", Integer.toString(freePort()));
        all.put("crosslink.broker.in-vm-id", Integer.toString(IN_VM_IDS.incrementAndGet()));
        all.put("crosslink.intake.idle-wait-ms", "20");
        all.put("crosslink.console.port", Integer.toString(freePort()));
        all.putAll(overrides);
        return Settings.load(Home.locate(Path.of("").toAbsolutePath()), Map.of(), all);
    }

    /** The same bus again (a restart): same data directory, same ports, same in-VM id. */
    public static Settings again(Settings previous) {
        return previous;
    }

    /** A port no other bus of this JVM was given and nothing listens on (see {@link FreePorts}). */
    public static int freePort() {
        return FreePorts.next();
    }
}
