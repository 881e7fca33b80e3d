package org.crosslink.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crosslink.alert.AlertSettings;
import org.crosslink.alert.AlertType;
import org.crosslink.alert.Severity;
import org.crosslink.audit.AuditKey;
import org.crosslink.config.ConfigurationException;
import org.crosslink.config.SecretFile;
import org.crosslink.config.Settings;
import org.crosslink.intake.Intake;
import org.crosslink.intake.IntakeLimits;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportSchema;
import org.crosslink.messaging.security.CredentialStore;
import org.crosslink.model.Registry;
import org.crosslink.pipeline.RetryPolicy;
import org.crosslink.resolve.learn.ModelTrainer;
import org.crosslink.store.Json;
import org.crosslink.store.NearMissPolicy;

/**
 * What each part of the bus reads from the settings, in one place: the commands, the tests and the runtime build
 * their parts from the same keys. Reading only; nothing here starts anything.
 */
public final class RuntimeSettings {
    private RuntimeSettings() {
    }

    /** How the bus trains a person model from its store: crosslink.model.*. */
    public static ModelTrainer.Options trainingOptions(Settings s) {
        ModelTrainer.Options d = ModelTrainer.Options.defaults();
        return new ModelTrainer.Options(s.getLong("crosslink.model.random-pairs"), s.getInt("crosslink.model.blocked-mentions"),
                s.getInt("crosslink.model.max-iterations"), d.tolerance(), d.mStrength(), d.uStrength(),
                s.getDouble("crosslink.model.min-expected-matches"), d.seed());
    }

    public static Intake intake(Settings s, Registry registry) {
        IntakeLimits limits = new IntakeLimits(s.getInt("crosslink.intake.max-bytes"), s.getInt("crosslink.intake.max-depth"),
                s.getInt("crosslink.intake.max-tokens"), s.getInt("crosslink.intake.max-string-length"),
                s.getInt("crosslink.intake.max-number-length"));
        try (InputStream in = s.home().open(s.get("crosslink.intake.schema"))) {
            return new Intake(new ReportParser(limits), new ReportSchema(Json.MAPPER.readTree(in), registry.sourceCodes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The broker an instance connects to, as the status command shows it: the external broker's hosts (without
     * the url's parameters), or the embedded broker's Core acceptor.
     */
    public static String brokerName(Settings s) {
        String url = s.get("crosslink.broker.url", "");
        if (url.isBlank()) {
            return "embedded tcp://" + s.get("crosslink.broker.host") + ":" + s.get("crosslink.broker.core-port");
        }
        return url.replaceAll("\\?[^,]*", "");
    }

    /**
     * The database's password: {@code crosslink.db.password} when set (from the environment, say), else the content
     * of {@code crosslink.db.password-file}. The embedded database always has one: generated into that file, owner-only,
     * the first time.
     */
    public static String databasePassword(Settings s) {
        String given = s.get("crosslink.db.password", null);
        if (given != null) {
            return given;
        }
        Path file = s.path("crosslink.db.password-file");
        if (s.get("crosslink.db.url", "").isBlank()) {
            return SecretFile.readOrCreate(file);
        }
        String stored = SecretFile.read(file);
        return stored == null ? "" : stored;
    }

    /** The logins that relay for other sources ({@code crosslink.security.relay-logins}); none by default. */
    public static Set<String> relayLogins(Settings s) {
        Set<String> relays = new HashSet<>(Arrays.asList(s.get("crosslink.security.relay-logins", "").split("\\s*,\\s*")));
        relays.remove("");
        return relays;
    }

    /** The audit chain's key: the bus makes one the first time. */
    public static AuditKey auditKey(Settings s) {
        return AuditKey.loadOrCreate(s.path("crosslink.audit.key"));
    }

    /** The broker's logins of a data directory. */
    public static CredentialStore credentials(Settings s) {
        return new CredentialStore(s.path("crosslink.security.users"), s.path("crosslink.security.roles"),
                s.path("crosslink.security.generated-passwords"), s.path("crosslink.broker.password-file"));
    }

    /** The acceptors' TLS parameters, from the keystore settings. */
    public static Settings tls(Settings s) {
        String params = "";
        if (s.getBoolean("crosslink.broker.tls.enabled")) {
            // the keystore's password is not written into the generated broker.xml: the broker is given it in memory
            params = ";keyStorePath=" + s.path("crosslink.broker.tls.keystore");
        }
        return s.with(Map.of("crosslink.broker.tls-params", params));
    }

    /** The bus's one retry policy: the routes' error handler reads the same {@code crosslink.errors.*} as placeholders. */
    public static RetryPolicy retryPolicy(Settings s) {
        return new RetryPolicy(s.getInt("crosslink.errors.maximum-redeliveries"), s.getLong("crosslink.errors.redelivery-delay-ms"),
                s.getDouble("crosslink.errors.backoff-multiplier"), s.getLong("crosslink.errors.outage-initial-backoff-ms"),
                s.getLong("crosslink.errors.outage-max-backoff-ms"));
    }

    /**
     * Which rejected candidates the store keeps as near misses: {@code crosslink.resolve.near-misses-per-mention} and
     * {@code near-miss-probability}, the floor below both possible-match thresholds.
     */
    public static NearMissPolicy nearMissPolicy(Settings s) {
        String perKey = "crosslink.resolve.near-misses-per-mention";
        String floorKey = "crosslink.resolve.near-miss-probability";
        double floor = s.getDouble(floorKey);
        for (String kind : new String[] {"person", "location"}) {
            String possible = "crosslink.resolve." + kind + ".possible-probability";
            if (floor >= s.getDouble(possible)) {
                throw new ConfigurationException(floorKey + "=" + floor + " must be below " + possible + "=" + s.getDouble(possible)
                        + ": a candidate above that is a possible match, kept as a link");
            }
        }
        try {
            return new NearMissPolicy(s.getInt(perKey), floor);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(perKey + ", " + floorKey + ": " + e.getMessage(), e);
        }
    }

    /** How many mentions the search index may lag for a look-up of shared identifiers to read them directly. */
    /** The most persons named at the same places that an alert on a person carries. */
    public static int placeAssociatesMax(Settings s) {
        int n = s.getInt("crosslink.associates.max-through-places");
        if (n < 0) {
            throw new ConfigurationException("crosslink.associates.max-through-places must be 0 or more: " + n);
        }
        return n;
    }

    public static long associatesMaxUnindexed(Settings s) {
        long n = s.getLong("crosslink.associates.max-unindexed");
        if (n < 0) {
            throw new ConfigurationException("crosslink.associates.max-unindexed must be 0 or more: " + n);
        }
        return n;
    }

    public static AlertSettings alertSettings(Settings s) {
        Map<AlertType, Severity> severities = new EnumMap<>(AlertType.class);
        for (AlertType t : AlertType.values()) {
            severities.put(t, Severity.valueOf(s.get("crosslink.alerts.severity." + t.name())));
        }
        Set<AlertType> enabled = Arrays.stream(s.get("crosslink.alerts.enabled").split(",")).map(String::trim)
                .filter(x -> !x.isEmpty()).map(AlertType::valueOf).collect(Collectors.toSet());
        return new AlertSettings(s.getInt("crosslink.alerts.hotspot-reports"),
                Duration.ofDays(s.getLong("crosslink.alerts.hotspot-window-days")),
                Duration.ofDays(s.getLong("crosslink.alerts.closure-window-days")), severities, enabled,
                s.get("crosslink.alerts.nca-source"));
    }
}
