package org.crosslink.app;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Turns crosslink's own INFO events down to warnings for as long as a measuring command runs, unless the
 * operator chose a level (CROSSLINK_LOG_LEVEL). The benchmark feeds the bus bad input on purpose, and one
 * {@code report.rejected} line per bad report, on the same standard error as the progress bar, buried the
 * progress and the figures. Warnings and errors still show.
 */
final class QuietLogs implements AutoCloseable {
    static final String LOGGER = "org.crosslink";

    private final Level before;

    private QuietLogs(Level before) {
        this.before = before;
    }

    /** Quiet unless {@code chosen} (the CROSSLINK_LOG_LEVEL the operator set, or null) says otherwise. */
    static QuietLogs unless(String chosen) {
        Level before = LogManager.getLogger(LOGGER).getLevel();
        if (chosen == null || chosen.isBlank()) {
            Configurator.setLevel(LOGGER, Level.WARN);
        }
        return new QuietLogs(before);
    }

    /** Puts the level back, so that a command run inside a longer-lived JVM (a test) leaves no trace. */
    @Override
    public void close() {
        Configurator.setLevel(LOGGER, before);
    }
}
