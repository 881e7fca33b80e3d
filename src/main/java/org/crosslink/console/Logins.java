package org.crosslink.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Properties;

import org.apache.activemq.artemis.utils.DefaultSensitiveStringCodec;

/**
 * Checks a login against the broker's credential store ({@code users.properties}, Artemis's format): the same
 * passwords the forces and coordinators use for their alert subscriptions. One-way hashed entries
 * ({@code ENC(...)}) are verified with Artemis's own codec; the file is read at every login, so a password the
 * operator changes is in force at once, as it is for the broker.
 */
final class Logins {
    private final Path users;

    Logins(Path users) {
        this.users = users;
    }

    boolean check(String login, String password) {
        if (login == null || password == null || login.isBlank() || password.isEmpty() || !Files.exists(users)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(users)) {
            p.load(in);
        } catch (IOException e) {
            return false;
        }
        String stored = p.getProperty(login);
        if (stored == null) {
            return false;
        }
        stored = stored.trim();
        if (stored.startsWith("ENC(") && stored.endsWith(")")) {
            try {
                DefaultSensitiveStringCodec codec = new DefaultSensitiveStringCodec();
                codec.init(Map.of(DefaultSensitiveStringCodec.ALGORITHM, DefaultSensitiveStringCodec.ONE_WAY));
                return codec.verify(password.toCharArray(), stored.substring(4, stored.length() - 1));
            } catch (Exception e) {
                return false;
            }
        }
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }
}
