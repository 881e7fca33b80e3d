package org.crosslink.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;

import org.crosslink.config.ConfigurationException;
import org.crosslink.config.Settings;
import org.crosslink.resolve.ResolutionSettings;
import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.LocationComparator;
import org.crosslink.resolve.compare.PersonComparator;
import org.crosslink.resolve.compare.NameFrequencies;
import org.crosslink.resolve.compare.PlaceholderBirthdays;
import org.crosslink.resolve.normalise.Names;
import org.crosslink.resolve.normalise.Nicknames;
import org.crosslink.resolve.score.Thresholds;
import org.crosslink.resolve.score.Weights;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the resolution settings from {@code config/resolution.yaml}, the name frequencies and the properties. */
public final class ResolutionConfig {
    private ResolutionConfig() {
    }

    public static ResolutionSettings read(Settings s) {
        JsonNode yaml;
        String file = s.get("crosslink.resolve.config");
        try (InputStream in = s.home().open(file)) {
            yaml = new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ResolutionSettings(
                weights(file, yaml, "person", PersonComparator.FIELDS), weights(file, yaml, "location", LocationComparator.FIELDS),
                new Thresholds(s.getDouble("crosslink.resolve.person.match-probability"),
                        s.getDouble("crosslink.resolve.person.possible-probability")),
                new Thresholds(s.getDouble("crosslink.model.match-probability"),
                        s.getDouble("crosslink.resolve.person.possible-probability")),
                new Thresholds(s.getDouble("crosslink.resolve.location.match-probability"),
                        s.getDouble("crosslink.resolve.location.possible-probability")),
                s.getDouble("crosslink.resolve.similarity.near"), s.getDouble("crosslink.resolve.similarity.close"),
                frequencies(s), s.getDouble("crosslink.resolve.location.exact-metres"),
                s.getDouble("crosslink.resolve.location.near-metres"), s.getInt("crosslink.resolve.location.h3-resolution"),
                s.getInt("crosslink.resolve.max-block-size"), s.getInt("crosslink.resolve.max-component-size"),
                s.getInt("crosslink.resolve.max-links-per-entity"),
                s.getDouble("crosslink.resolve.person.shared-max-bits"),
                s.getDouble("crosslink.resolve.person.shared-disagreement-max-bits"),
                s.getDouble("crosslink.resolve.person.id-contradiction-bits"),
                s.getDouble("crosslink.resolve.person.tf-max-bonus-bits"), nicknames(s), placeholderBirthdays(s));
    }

    /** A section's weights, checked against the fields and levels its comparator knows: a misspelt name stops the bus. */
    private static Weights weights(String file, JsonNode yaml, String section, Map<String, Set<Agreement>> schema) {
        if (!yaml.has(section)) {
            throw new ConfigurationException(file + ": no " + section + " section");
        }
        try {
            return Weights.from(yaml.path(section), schema);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(file + ": " + section + "." + e.getMessage(), e);
        }
    }

    private static PlaceholderBirthdays placeholderBirthdays(Settings s) {
        try {
            return PlaceholderBirthdays.parse(s.get("crosslink.resolve.person.placeholder-birthdays"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("crosslink.resolve.person.placeholder-birthdays: " + e.getMessage(), e);
        }
    }

    /** The nickname lists named by {@code crosslink.resolve.nicknames}, comma-separated, read into one table. */
    private static Nicknames nicknames(Settings s) {
        List<String[]> rows = new ArrayList<>();
        for (String file : s.get("crosslink.resolve.nicknames").split(",")) {
            if (file.isBlank()) {
                continue;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(s.home().open(file.trim()), StandardCharsets.UTF_8))) {
                for (String line : (Iterable<String>) r.lines()::iterator) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        rows.add(line.split(","));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Nicknames.of(rows);
    }

    private static NameFrequencies frequencies(Settings s) {
        Map<String, Double> family = new HashMap<>();
        Map<String, Double> given = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                s.home().open(s.get("crosslink.resolve.name-frequencies")), StandardCharsets.UTF_8))) {
            for (String line : (Iterable<String>) r.lines()::iterator) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("kind,")) {
                    continue;
                }
                String[] f = line.split(",");
                String name = Names.compact(Names.normalise(f[1]));
                double freq = Double.parseDouble(f[2].trim());
                (f[0].trim().toUpperCase(Locale.ROOT).equals("FAMILY") ? family : given).put(name, freq);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return NameFrequencies.common(family, given);
    }
}
