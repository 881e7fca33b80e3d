package org.crosslink.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class TestSettingsTest {

    @Test
    void aDataDirectoryIsDeletedWithEverythingInIt() throws Exception {
        Path dir = Files.createTempDirectory("crosslink-cleanup-");
        Files.createDirectories(dir.resolve("broker/journal"));
        Files.writeString(dir.resolve("broker/journal/activemq-data-1.amq"), "journal");
        Files.writeString(dir.resolve("crosslink.mv.db"), "database");

        assertThat(TestSettings.delete(dir)).isEmpty();

        assertThat(dir).doesNotExist();
    }

    @Test
    void aDirectoryAlreadyGoneLeavesNothingBehind() throws Exception {
        Path dir = Files.createTempDirectory("crosslink-cleanup-");
        Files.delete(dir);

        assertThat(TestSettings.delete(dir)).isEmpty();
    }

    @Test
    void whatCannotBeDeletedIsReportedRatherThanHidden() {
        // a kernel file: not even root may delete it
        Path undeletable = Path.of("/proc/version");
        assumeTrue(Files.exists(undeletable), "a Linux /proc");

        assertThat(TestSettings.delete(undeletable)).containsExactly(undeletable);
        assertThat(undeletable).exists();
    }
}
