package org.crosslink.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bus's configuration: {@code config/application.properties}, overridden by environment variables
 * ({@code crosslink.intake.batch-size} by {@code CROSSLINK_INTAKE_BATCH_SIZE}), overridden by
 * {@code --property key=value}. Values may refer to others as {@code ${key}}. The resolved map is also
 * what Camel resolves {@code {{placeholders}}} in the routes from.
 */
public final class Settings {
    private static final Pattern REF = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
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

    public static Settings load(Home home, Map<String, String> environment, Map<String, String> overrides) {
        Properties file = new Properties();
        try (InputStream in = home.open("config/application.properties")) {
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
