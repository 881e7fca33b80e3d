package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.crosslink.config.Settings;
import org.crosslink.runtime.RuntimeSettings;
import org.crosslink.test.TestSettings;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** The embedded database is never open without its password: not through the bus's server, not through its file. */
class DatabaseCredentialsTest {

    @Test
    void theServerTheBusOpensForCommandsRefusesAnEmptyPasswordAndAnswersTheGeneratedOne() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("db-credentials"), Map.of());
        String password = RuntimeSettings.databasePassword(settings);
        Path dataDir = settings.path("crosslink.data-dir");

        try (Database db = Database.open("", "crosslink", password, dataDir, 2, true)) {
            String url = H2Server.url(dataDir.resolve("db/crosslink").toAbsolutePath());
            assertThat(url).startsWith("jdbc:h2:tcp://127.0.0.1:");

            assertThatThrownBy(() -> DriverManager.getConnection(url, "crosslink", "").close())
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD));
            assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(url, "crosslink", password)) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void theGeneratedPasswordIsInAFileReadableByItsOwnerOnly() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("db-password-file"), Map.of());

        String password = RuntimeSettings.databasePassword(settings);

        Path file = settings.path("crosslink.db.password-file");
        assertThat(password).hasSize(24);
        assertThat(Files.readString(file).trim()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(RuntimeSettings.databasePassword(settings)).as("read again, not generated again").isEqualTo(password);
    }

    @Test
    void aDatabaseCreatedWithoutAPasswordIsGivenItsPasswordWhenTheBusNextOpensIt() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("db-open-door"), Map.of());
        Path dataDir = settings.path("crosslink.data-dir");
        try (Database before = Database.open("", "crosslink", "", dataDir, 2, false)) {
            assertThat(before.reachable()).isTrue();
        }

        String password = RuntimeSettings.databasePassword(settings);
        try (Database after = Database.open("", "crosslink", password, dataDir, 2, false)) {
            assertThat(after.reachable()).isTrue();
        }

        String file = "jdbc:h2:file:" + dataDir.resolve("db/crosslink").toAbsolutePath();
        assertThatThrownBy(() -> DriverManager.getConnection(file, "crosslink", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD));
    }
}
