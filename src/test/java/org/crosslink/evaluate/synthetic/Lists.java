package org.crosslink.evaluate.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The name and place lists under {@code src/test/resources/synthetic} (see its README), read once: given names by
 * gender and family names with weights, UK towns with their postcode districts, Australian suburbs, streets,
 * occupations, e-mail providers, names of other nationalities, and English nicknames.
 */
public final class Lists {
    private static final String DIR = "/synthetic/";
    private static Lists loaded;

    final Weighted<String> englishMale;
    final Weighted<String> englishFemale;
    final Weighted<String> englishFamily;
    final Weighted<String> germanMale;
    final Weighted<String> germanFemale;
    final Weighted<String> germanFamily;
    final Weighted<Town> towns;
    final Weighted<String> ukStreets;
    final Weighted<String> occupations;
    final Weighted<String> emailDomains;
    final Weighted<String[]> auSuburbs;
    final Weighted<String> auStreets;
    final Weighted<String> auLocalities;
    final Nicknames nicknames;
    private final Map<String, Weighted<String>> foreign = new LinkedHashMap<>();
    private final List<String> surnameHeads;
    private final List<String> surnameTails;

    private Lists() {
        List<String[]> given = rows("english-given.csv");
        englishMale = weighted(given, "M");
        englishFemale = weighted(given, "F");
        englishFamily = weighted(rows("english-family.csv"), null);
        List<String[]> germanGiven = rows("german-given.csv");
        germanMale = weighted(germanGiven, "M");
        germanFemale = weighted(germanGiven, "F");
        germanFamily = weighted(rows("german-family.csv"), null);
        List<Town> t = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (String[] r : rows("uk-towns.csv")) {
            t.add(new Town(r[0], r[1], Double.parseDouble(r[2]), Town.districts(r[3])));
            w.add(Double.parseDouble(r[2]));
        }
        towns = Weighted.of(t, w);
        ukStreets = Weighted.uniform(lines("uk-streets.txt"));
        occupations = Weighted.uniform(lines("occupations.txt"));
        emailDomains = weighted(rows("email-domains.csv"), null);
        auSuburbs = Weighted.uniform(rows("au-suburbs.csv"));
        auStreets = Weighted.uniform(lines("au-streets.txt"));
        auLocalities = Weighted.uniform(lines("au-localities.txt"));
        nicknames = new Nicknames(rows("nicknames.csv"));
        for (String[] r : rows("foreign-names.csv")) {
            List<String> names = new ArrayList<>();
            for (String n : r[2].split(" ")) {
                names.add(n.replace('_', ' '));
            }
            foreign.put(r[0] + "/" + r[1], Weighted.uniform(names));
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        rows("uk-surname-parts.csv").forEach(r -> parts.put(r[0], List.of(r[1].split(" "))));
        surnameHeads = parts.get("head");
        surnameTails = parts.get("tail");
    }

    /** The lists, read on first use. */
    public static synchronized Lists get() {
        if (loaded == null) {
            loaded = new Lists();
        }
        return loaded;
    }

    /** An English given name for the gender, M or F, by frequency. */
    String englishGiven(char gender, Random rng) {
        return (gender == 'M' ? englishMale : englishFemale).pick(rng);
    }

    /**
     * An English family name: with probability {@code rare} a made-up rarer one (Thornley, Ashworth), otherwise one of
     * the common names by frequency. The common list covers only a part of the population, as a real one does.
     */
    String englishFamily(double rare, Random rng) {
        if (rng.nextDouble() < rare) {
            return surnameHeads.get(rng.nextInt(surnameHeads.size())) + surnameTails.get(rng.nextInt(surnameTails.size()));
        }
        return englishFamily.pick(rng);
    }

    String germanGiven(char gender, Random rng) {
        return (gender == 'M' ? germanMale : germanFemale).pick(rng);
    }

    /** The nationalities with name lists of their own (ISO 3166 alpha-3). */
    List<String> foreignNationalities() {
        return foreign.keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().toList();
    }

    /** A given name (kind M or F) or family name (kind FAMILY) of a nationality. */
    String foreign(String nationality, String kind, Random rng) {
        Weighted<String> w = foreign.get(nationality + "/" + kind);
        if (w == null) {
            throw new IllegalArgumentException("no " + kind + " names for " + nationality);
        }
        return w.pick(rng);
    }

    private static Weighted<String> weighted(List<String[]> rows, String gender) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String[] r : rows) {
            if (gender == null) {
                names.add(r[0]);
                weights.add(Double.parseDouble(r[1]));
            } else if (r[0].equals(gender)) {
                names.add(r[1]);
                weights.add(Double.parseDouble(r[2]));
            }
        }
        return Weighted.of(names, weights);
    }

    /** A CSV file's rows after its header; the files have no quoted fields. */
    private static List<String[]> rows(String file) {
        List<String> lines = lines(file);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    }

    private static List<String> lines(String file) {
        try (InputStream in = Lists.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + DIR + file);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String capitalise(String lower) {
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
