package org.crosslink.app;

import java.io.Console;
import java.nio.file.Path;

import org.crosslink.config.SecretFile;
import org.crosslink.config.Settings;
import org.crosslink.runtime.RuntimeSettings;

/**
 * Where a command finds a login's password, never on its command line (where every user of the machine sees it in
 * the process list): a file given with {@code --password-file}, else the environment ({@code CROSSLINK_PASSWORD}),
 * else the file of passwords the bus generated in the data directory, else a prompt when someone is at the terminal.
 */
final class PasswordSource {
    static final String ENV = "CROSSLINK_PASSWORD";

    private PasswordSource() {
    }

    /** The password of the login, or null when none is to be found. */
    static String find(Path passwordFile, Settings s, String login) {
        if (passwordFile != null) {
            String fromFile = SecretFile.read(passwordFile);
            if (fromFile == null) {
                throw new IllegalArgumentException("no password file " + passwordFile);
            }
            return fromFile;
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) {
            return env;
        }
        String generated = login == null ? null : RuntimeSettings.credentials(s).password(login);
        if (generated != null) {
            return generated;
        }
        Console console = System.console();
        if (console != null && login != null) {
            char[] typed = console.readPassword("password for %s: ", login);
            return typed == null ? null : new String(typed);
        }
        return null;
    }
}
