package org.crosslink.messaging.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.crosslink.config.Settings;
import org.crosslink.runtime.RuntimeSettings;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** The generated logins: every file owner-only, and the bus's own password apart from the hand-out file. */
class CredentialStoreTest {

    @Test
    void everyGeneratedFileIsOwnerOnlyAndTheHandOutFileDoesNotHoldTheBussOwnPassword() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("credentials"), Map.of());
        CredentialStore store = RuntimeSettings.credentials(settings);

        Map<String, String> passwords = store.generate(RegistryLoader.load(settings));

        for (String key : new String[] {"crosslink.security.users", "crosslink.security.roles", "crosslink.security.generated-passwords",
                "crosslink.broker.password-file"}) {
            Path file = settings.path(key);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(key).isEqualTo("rw-------");
        }
        String handOut = Files.readString(settings.path("crosslink.security.generated-passwords"));
        assertThat(handOut).contains("MET=", "auditor=").doesNotContain(Principals.BUS, passwords.get(Principals.BUS));
        assertThat(Files.readString(settings.path("crosslink.broker.password-file")).trim()).isEqualTo(passwords.get(Principals.BUS));
        assertThat(store.busPassword()).isEqualTo(passwords.get(Principals.BUS));
    }

    @Test
    void aDataDirectoryThatKeptTheBussPasswordInTheHandOutFileHasItMovedToItsOwnFile() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("credentials-old"), Map.of());
        Path handOut = settings.path("crosslink.security.generated-passwords");
        Files.createDirectories(handOut.getParent());
        Files.writeString(handOut, "MET=met-password\ncrosslink-bus=the-bus-password\n");

        String bus = RuntimeSettings.credentials(settings).busPassword();

        assertThat(bus).isEqualTo("the-bus-password");
        assertThat(Files.readString(settings.path("crosslink.broker.password-file")).trim()).isEqualTo("the-bus-password");
        assertThat(Files.readString(handOut)).contains("MET=met-password").doesNotContain("the-bus-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(handOut))).isEqualTo("rw-------");
    }
}
