package org.crosslink.messaging.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.activemq.artemis.utils.DefaultSensitiveStringCodec;
import org.crosslink.config.SecretFile;
import org.crosslink.model.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's logins, in Artemis's own formats, so that the same files serve the embedded broker and an
 * external one: {@code users.properties} ({@code MET = ENC(<one-way PBKDF2 hash>)}) and {@code roles.properties}
 * ({@code MET = MET}, {@code coordinator = NCA-MSHT,...}). No password is stored in plain text there.
 * <p>
 * When the files do not exist, {@link #generate} creates a login for every source, every coordinator, the
 * bus, an operator and an auditor, with random passwords. Those to hand out are written once to
 * {@code credentials.txt}; the bus's own is written to a file of its own, which the bus keeps reading after the
 * operator has deleted {@code credentials.txt}. Every one of these files is owner-only from its first byte.
 */
public final class CredentialStore {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialStore.class);
    private final Path users;
    private final Path roles;
    private final Path plain;
    private final Path busPassword;

    public CredentialStore(Path users, Path roles, Path plain, Path busPassword) {
        this.users = users;
        this.roles = roles;
        this.plain = plain;
        this.busPassword = busPassword;
    }

    public Path users() {
        return users;
    }

    public Path roles() {
        return roles;
    }

    public boolean exists() {
        return Files.exists(users) && Files.exists(roles);
    }

    /** Creates a login for every principal the registry implies; returns the plain passwords it chose. */
    public Map<String, String> generate(Registry registry) {
        Map<String, String> passwords = new LinkedHashMap<>();
        Map<String, List<String>> roleMembers = new LinkedHashMap<>();
        for (String source : registry.sourceCodes()) {
            passwords.put(source, random());
            roleMembers.put(source, List.of(source));
        }
        List<String> coordinators = new ArrayList<>();
        registry.coordinators().forEach(c -> {
            passwords.put(c.code(), random());
            roleMembers.put(c.code(), List.of(c.code()));
            coordinators.add(c.code());
        });
        roleMembers.put(Principals.COORDINATOR_ROLE, coordinators);
        passwords.put(Principals.BUS, random());
        roleMembers.put(Principals.BUS_ROLE, List.of(Principals.BUS));
        passwords.put(Principals.ADMIN, random());
        roleMembers.put(Principals.ADMIN_ROLE, List.of(Principals.ADMIN));
        passwords.put(Principals.AUDITOR, random());
        roleMembers.put(Principals.AUDITOR_ROLE, List.of(Principals.AUDITOR));
        Properties u = new Properties();
        for (Map.Entry<String, String> e : passwords.entrySet()) {
            u.setProperty(e.getKey(), "ENC(" + hash(e.getValue()) + ")");
        }
        Properties r = new Properties();
        roleMembers.forEach((role, members) -> r.setProperty(role, String.join(",", members)));
        SecretFile.write(busPassword, passwords.get(Principals.BUS) + "\n");
        store(u, users, "crosslink broker logins: one-way PBKDF2 hashes (Artemis ENC format)");
        store(r, roles, "crosslink broker roles: role = logins");
        Properties p = new Properties();
        passwords.forEach((login, password) -> {
            if (!Principals.BUS.equals(login)) {
                p.setProperty(login, password);
            }
        });
        store(p, plain, "crosslink generated passwords: hand each to its force, coordinator, operator or auditor, then delete this file");
        return passwords;
    }

    /**
     * The bus's own password, from its own file. A data directory from before that file existed kept it in the
     * hand-out file: it is moved to its own file, and out of the hand-out file, the first time it is asked for.
     */
    public String busPassword() {
        String own = SecretFile.read(busPassword);
        if (own != null && !own.isEmpty()) {
            return own;
        }
        Properties p = readPlain();
        String old = p == null ? null : p.getProperty(Principals.BUS);
        if (old == null) {
            return null;
        }
        SecretFile.write(busPassword, old + "\n");
        p.remove(Principals.BUS);
        store(p, plain, "crosslink generated passwords: hand each to its force, coordinator, operator or auditor, then delete this file");
        LOG.info("event=security.bus-password-moved from={} to={}", plain, busPassword);
        return old;
    }

    /** The plain password generated for a login, when this data directory generated it. */
    public String password(String login) {
        if (Principals.BUS.equals(login)) {
            return busPassword();
        }
        Properties p = readPlain();
        return p == null ? null : p.getProperty(login);
    }

    private Properties readPlain() {
        if (!Files.exists(plain)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(plain)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The password is the login's, as the broker would judge it: the file is read at every call, so a password the
     * operator changes is in force at once. One-way hashed entries ({@code ENC(...)}) are checked with Artemis's own
     * codec; a plain entry (an operator may write one) is compared in constant time.
     */
    public boolean verify(String login, String password) {
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

    /** The one-way hash of a password, as Artemis's 'mask --hash' writes it. */
    public static String hash(String password) {
        try {
            DefaultSensitiveStringCodec codec = new DefaultSensitiveStringCodec();
            codec.init(Map.of(DefaultSensitiveStringCodec.ALGORITHM, DefaultSensitiveStringCodec.ONE_WAY));
            return codec.encode(password);
        } catch (Exception e) {
            throw new IllegalStateException("cannot hash a password", e);
        }
    }

    private static String random() {
        return SecretFile.randomPassword(20);
    }

    /** Written owner-only and in one step: the login files too, since their hashes can be attacked offline. */
    private static void store(Properties p, Path file, String comment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            p.store(out, comment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SecretFile.write(file, out.toByteArray());
    }
}
