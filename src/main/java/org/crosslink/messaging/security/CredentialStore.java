package org.crosslink.messaging.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.activemq.artemis.utils.DefaultSensitiveStringCodec;
import org.crosslink.model.Registry;

/**
 * The broker's logins, in Artemis's own formats, so that the same files serve the embedded broker and an
 * external one: {@code users.properties} ({@code MET = ENC(<one-way PBKDF2 hash>)}) and {@code roles.properties}
 * ({@code MET = MET}, {@code coordinator = NCA-MSHT,...}). No password is stored in plain text there.
 * <p>
 * When the files do not exist, {@link #generate} creates a login for every source, every coordinator, the
 * bus and an operator, with random passwords written once to {@code credentials.txt} (readable by the owner
 * only) for the operator to hand out. Commands running beside the bus read their own password from it.
 */
public final class CredentialStore {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final Path users;
    private final Path roles;
    private final Path plain;

    public CredentialStore(Path users, Path roles, Path plain) {
        this.users = users;
        this.roles = roles;
        this.plain = plain;
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
        try {
            Files.createDirectories(users.getParent());
            Properties u = new Properties();
            for (Map.Entry<String, String> e : passwords.entrySet()) {
                u.setProperty(e.getKey(), "ENC(" + hash(e.getValue()) + ")");
            }
            Properties r = new Properties();
            roleMembers.forEach((role, members) -> r.setProperty(role, String.join(",", members)));
            store(u, users, "crosslink broker logins: one-way PBKDF2 hashes (Artemis ENC format)");
            store(r, roles, "crosslink broker roles: role = logins");
            Properties p = new Properties();
            p.putAll(passwords);
            store(p, plain, "crosslink generated passwords: hand each to its force or coordinator, then delete this file");
            ownerOnly(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write credentials to " + users.getParent(), e);
        }
        return passwords;
    }

    /** The plain password generated for a login, when this data directory generated it. */
    public String password(String login) {
        if (!Files.exists(plain)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(plain)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty(login);
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
        SecureRandom rng = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void store(Properties p, Path file, String comment) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, comment);
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the operator protects the file
        }
    }
}
