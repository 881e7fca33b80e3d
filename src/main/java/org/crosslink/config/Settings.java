package org.crosslink.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bus's configuration: {@code config/application.properties}, overridden by environment variables
 * ({@code crosslink.intake.batch-size} by {@code CROSSLINK_INTAKE_BATCH_SIZE}), overridden by
 * {@code --property key=value}. Values may refer to others as {@code ${key}}. The resolved map is also
 * what Camel resolves {@code {{placeholders}}} in the routes from.
 * <p>
 * A setting crosslink does not know stops it, rather than being silently ignored: every key of the file and of
 * {@code --property} must be one the bundled {@code config/application.properties} defines, unless it begins
 * {@code camel.} (Camel Main's own options, which Camel binds and refuses when unknown). An environment variable
 * {@code CROSSLINK_...} that names no setting is warned of. Values the code sets itself ({@link #with}) are not checked.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final Pattern REF = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final String FILE = "config/application.properties";
    private static final String CAMEL = "camel.";
    /** Environment variables crosslink reads that are not settings (the home, the log levels, an operator's password). */
    private static final Set<String> NOT_SETTINGS = Set.of("CROSSLINK_HOME", "CROSSLINK_LOG_LEVEL", "CROSSLINK_CAMEL_LOG_LEVEL",
            "CROSSLINK_PASSWORD");
    private final Map<String, String> raw;
    private final Map<String, String> values;
    private final Home home;

    private Settings(Map<String, String> raw, Home home) {
        this.raw = raw;
        this.home = home;
        this.values = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            values.put(key, resolve(raw, raw.get(key), 0));
        }
    }

    /**
     * Reads the settings, and refuses any it does not know.
     *
     * @throws ConfigurationException naming each unknown setting, where it was given, and the nearest known name
     */
    public static Settings load(Home home, Map<String, String> environment, Map<String, String> overrides) {
        Properties file;
        try (InputStream in = home.open(FILE)) {
            file = read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> known = knownKeys();
        List<String> unknown = new ArrayList<>();
        unknown.addAll(unknown(file.stringPropertyNames(), known, home.describe(FILE)));
        unknown.addAll(unknown(overrides.keySet(), known, "--property"));
        if (!unknown.isEmpty()) {
            throw new ConfigurationException(String.join("\n", unknown));
        }
        warnOfUnknownVariables(environment, known);
        Map<String, String> raw = new LinkedHashMap<>();
        file.stringPropertyNames().stream().sorted().forEach(k -> raw.put(k, file.getProperty(k).trim()));
        for (String key : raw.keySet()) {
            String env = environment.get(envName(key));
            if (env != null) {
                raw.put(key, env);
            }
        }
        raw.putAll(overrides);
        return new Settings(raw, home);
    }

    /**
     * The settings crosslink knows: those of the bundled {@code config/application.properties}, which defines every
     * one with its default. A key beginning {@code camel.} is Camel Main's, which binds it and refuses it if unknown.
     */
    public static Set<String> knownKeys() {
        try (InputStream in = Home.bundled(FILE)) {
            return new TreeSet<>(read(in).stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return p;
    }

    /** One line for each key that is neither a known setting nor Camel's, with the nearest known name. */
    private static List<String> unknown(Set<String> keys, Set<String> known, String where) {
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(keys)) {
            if (known.contains(key) || key.startsWith(CAMEL)) {
                continue;
            }
            out.add("unknown setting " + key + " in " + where + NearestName.suggest(key, known).map(n -> ": did you mean " + n + "?")
                    .orElse(": no setting has a name like it (the settings are those of the bundled " + FILE + ")"));
        }
        return out;
    }

    /**
     * An environment variable named like a setting that does not exist is only warned of: the environment is shared
     * with other programs. The variables crosslink reads besides settings are not settings.
     */
    private static void warnOfUnknownVariables(Map<String, String> environment, Set<String> known) {
        Map<String, String> byVariable = new LinkedHashMap<>();
        known.forEach(k -> byVariable.put(envName(k), k));
        for (String variable : new TreeSet<>(environment.keySet())) {
            if (variable.startsWith("CROSSLINK_") && !byVariable.containsKey(variable) && !NOT_SETTINGS.contains(variable)) {
                LOG.warn("event=config.unknown-variable variable={} nearest={}", variable,
                        NearestName.suggest(variable, byVariable.keySet()).orElse("-"));
            }
        }
    }

    /** {@code crosslink.intake.batch-size} is read from {@code CROSSLINK_INTAKE_BATCH_SIZE}. */
    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String resolve(Map<String, String> raw, String value, int depth) {
        if (value == null || depth > 10) {
            return value;
        }
        Matcher m = REF.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = raw.get(m.group(1));
            if (ref == null) {
                ref = m.group(2) != null ? m.group(2) : System.getProperty(m.group(1), "");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(resolve(raw, ref, depth + 1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Fills {@code ${key}} references in a text (broker.xml) from these settings. */
    public String resolveText(String text) {
        return resolve(values, text, 0);
    }

    public Home home() {
        return home;
    }

    public Map<String, String> asMap() {
        return values;
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("missing setting " + key + " (config/application.properties)");
        }
        return v;
    }

    public String get(String key, String otherwise) {
        String v = values.get(key);
        return v == null || v.isBlank() ? otherwise : v;
    }

    public int getInt(String key) {
        return Integer.parseInt(get(key));
    }

    public long getLong(String key) {
        return Long.parseLong(get(key));
    }

    public double getDouble(String key) {
        return Double.parseDouble(get(key));
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key));
    }

    /** A path setting; relative paths are taken from the working directory. */
    public Path path(String key) {
        return Path.of(get(key)).toAbsolutePath().normalize();
    }

    /** A copy with more overrides, for tests and for commands that set a value of their own. */
    public Settings with(Map<String, String> more) {
        Map<String, String> copy = new LinkedHashMap<>(raw);
        copy.putAll(more);
        return new Settings(copy, home);
    }
}
