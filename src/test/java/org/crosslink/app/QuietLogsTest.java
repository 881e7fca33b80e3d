package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

class QuietLogsTest {
    private final Logger intake = LogManager.getLogger("org.crosslink.pipeline.IntakeStage");

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
    void aLevelTheOperatorChoseIsKept() {
        try (QuietLogs quiet = QuietLogs.unless("INFO")) {
            assertThat(intake.isInfoEnabled()).isTrue();
        }
        assertThat(intake.isInfoEnabled()).isTrue();
    }
}
