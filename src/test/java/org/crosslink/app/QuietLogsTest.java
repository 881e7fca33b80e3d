package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuietLogsTest {
    private final Logger intake = LogManager.getLogger("org.crosslink.pipeline.IntakeStage");
    private final Level before = LogManager.getLogger(QuietLogs.LOGGER).getLevel();

    @AfterEach
    void putTheLevelBack() {
        Configurator.setLevel(QuietLogs.LOGGER, before);
    }

    @Test
    void crosslinksInfoEventsGoQuietWhileAMeasuringCommandRunsAndComeBackAfter() {
        assertThat(intake.isInfoEnabled()).isTrue();
        try (QuietLogs quiet = QuietLogs.unless(null)) {
            assertThat(intake.isInfoEnabled()).isFalse();
            assertThat(intake.isWarnEnabled()).isTrue();
        }
        assertThat(intake.isInfoEnabled()).isTrue();
    }

    @Test
    void aBlankChoiceIsNoChoice() {
        try (QuietLogs quiet = QuietLogs.unless("  ")) {
            assertThat(intake.isInfoEnabled()).isFalse();
        }
    }

    /** The operator chose DEBUG (CROSSLINK_LOG_LEVEL=DEBUG): it is kept, not turned down to warnings, nor back to INFO. */
    @Test
    void aLevelTheOperatorChoseIsKeptWhileTheCommandRunsAndAfter() {
        Configurator.setLevel(QuietLogs.LOGGER, Level.DEBUG);

        try (QuietLogs quiet = QuietLogs.unless("DEBUG")) {
            assertThat(intake.isDebugEnabled()).isTrue();
        }
        assertThat(intake.isDebugEnabled()).isTrue();
    }
}
