package org.crosslink.console;

import java.nio.file.Path;
import java.util.Map;

/**
 * The console's settings, read from the bus's resolved settings ({@code crosslink.console.*}). Taken as a plain
 * map, so that the console depends on no part of the application that starts it.
 */
public record ConsoleSettings(boolean enabled, String host, int port, boolean tls, Path keystore, String keystorePassword,
                              int sessionMinutes, int inboxPageSize, int searchLimit, int indexBatch, long indexIntervalMs,
                              long associatesMaxUnindexed) {
    public ConsoleSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("crosslink.console.port is not a port: " + port);
        }
        if (tls && keystore == null) {
            throw new IllegalArgumentException("crosslink.console.tls is on but crosslink.console.keystore is empty");
        }
    }

    public static ConsoleSettings from(Map<String, String> s) {
        boolean tls = Boolean.parseBoolean(s.getOrDefault("crosslink.console.tls", "false"));
        String keystore = s.getOrDefault("crosslink.console.keystore", "");
        return new ConsoleSettings(Boolean.parseBoolean(s.getOrDefault("crosslink.console.enabled", "true")),
                s.getOrDefault("crosslink.console.host", "127.0.0.1"),
                Integer.parseInt(s.getOrDefault("crosslink.console.port", "8088")), tls,
                keystore.isBlank() ? null : Path.of(keystore).toAbsolutePath().normalize(),
                s.getOrDefault("crosslink.console.keystore-password", ""),
                Integer.parseInt(s.getOrDefault("crosslink.console.session-minutes", "30")),
                Integer.parseInt(s.getOrDefault("crosslink.console.inbox-page-size", "200")),
                Integer.parseInt(s.getOrDefault("crosslink.console.search-limit", "50")),
                Integer.parseInt(s.getOrDefault("crosslink.console.index-batch", "20000")),
                Long.parseLong(s.getOrDefault("crosslink.console.index-interval-ms", "250")),
                Long.parseLong(s.getOrDefault("crosslink.associates.max-unindexed", "20000")));
    }

    /** The same settings on another port (tests, a second instance). */
    public ConsoleSettings withPort(int newPort) {
        return new ConsoleSettings(enabled, host, newPort, tls, keystore, keystorePassword, sessionMinutes, inboxPageSize,
                searchLimit, indexBatch, indexIntervalMs, associatesMaxUnindexed);
    }
}
