package org.crosslink.test;

import static org.assertj.core.api.Assertions.assertThat;

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

        TestSettings.delete(dir);

        assertThat(dir).doesNotExist();
    }

    @Test
    void aDirectoryAlreadyGoneIsNoError() throws Exception {
        Path dir = Files.createTempDirectory("crosslink-cleanup-");
        Files.delete(dir);

        TestSettings.delete(dir);

        assertThat(dir).doesNotExist();
    }
}
