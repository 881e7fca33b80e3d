package org.crosslink.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** A secret is owner-only from its first byte, and replaced in one step. */
class SecretFileTest {

    @Test
    void aNewSecretIsCreatedReadableByItsOwnerOnly() throws Exception {
        Path file = TestSettings.newDataDir("secret").resolve("nested/secret.txt");

        SecretFile.write(file, "s3cret\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretFile.read(file)).isEqualTo("s3cret");
    }

    @Test
    void aSecretWrittenOverAFileOthersCouldReadReplacesItWithAnOwnerOnlyFileAndLeavesNoTemporaryFile() throws Exception {
        Path dir = TestSettings.newDataDir("secret-replace");
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecretFile.write(file, "new");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretFile.read(file)).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
