package org.crosslink.resolve.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Nationality as an ISO 3166-1 alpha-3 code, however a force wrote it: {@code ROU}, {@code RO}, {@code Romania},
 * {@code Romanian} are one nationality. Countries' codes and English names come from the JDK; every country's
 * English names and adjectives (demonyms) from {@code reference/nationalities.csv} (mledoze/countries, ODbL), an
 * adjective that two countries share (Congolese, Dominican) left as text; the UK's own and a few more as the table
 * below says. Anything else is kept as its normalised text, so two forces that write it alike still agree.
 */
public final class Nationalities {
    private static final String REFERENCE = "/reference/nationalities.csv";
    private static final Map<String, String> CODES = codes();

    private Nationalities() {
    }

    /** The ISO alpha-3 code, the normalised text when unknown, or null when nothing is given. */
    public static String normalise(String raw) {
        String text = Names.normalise(raw);
        if (text == null) {
            return null;
        }
        return CODES.getOrDefault(text, text);
    }

    private static Map<String, String> codes() {
        Map<String, String> out = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale country = new Locale("", iso2);
            String iso3 = country.getISO3Country().toUpperCase(Locale.ROOT);
            out.put(iso2.toLowerCase(Locale.ROOT), iso3);
            out.put(iso3.toLowerCase(Locale.ROOT), iso3);
            out.put(Names.normalise(country.getDisplayCountry(Locale.ENGLISH)), iso3);
        }
        out.putAll(reference());
        String[][] demonyms = {
            {"GBR", "british", "english", "scottish", "welsh", "northern irish", "uk", "united kingdom", "great britain", "england", "scotland", "wales"},
            {"IRL", "irish"}, {"ROU", "romanian"}, {"POL", "polish"}, {"ALB", "albanian"}, {"VNM", "vietnamese", "viet nam"},
            {"CHN", "chinese"}, {"NGA", "nigerian"}, {"ERI", "eritrean"}, {"SDN", "sudanese"}, {"SSD", "south sudanese"},
            {"IND", "indian"}, {"PAK", "pakistani"}, {"BGD", "bangladeshi"}, {"LKA", "sri lankan"}, {"LTU", "lithuanian"},
            {"LVA", "latvian"}, {"EST", "estonian"}, {"SVK", "slovak", "slovakian"}, {"CZE", "czech"}, {"UKR", "ukrainian"},
            {"RUS", "russian"}, {"BGR", "bulgarian"}, {"HUN", "hungarian"}, {"MDA", "moldovan"}, {"SRB", "serbian"},
            {"XKX", "kosovan", "kosovar", "kosovo"}, {"AFG", "afghan", "afghani"}, {"IRN", "iranian"}, {"IRQ", "iraqi"},
            {"SYR", "syrian"}, {"ETH", "ethiopian"}, {"SOM", "somali", "somalian"}, {"GHA", "ghanaian"}, {"EGY", "egyptian"},
            {"TUR", "turkish"}, {"GRC", "greek"}, {"DEU", "german"}, {"FRA", "french"}, {"ITA", "italian"},
            {"ESP", "spanish"}, {"PRT", "portuguese"}, {"BRA", "brazilian"}, {"PHL", "filipino", "philippine"},
            {"THA", "thai"}, {"MAR", "moroccan"}, {"DZA", "algerian"}, {"LBY", "libyan"}, {"USA", "american"},
            {"JAM", "jamaican"}, {"ZWE", "zimbabwean"}, {"KEN", "kenyan"}, {"UGA", "ugandan"}, {"CMR", "cameroonian"},
            {"GMB", "gambian"}, {"SLE", "sierra leonean"}, {"GIN", "guinean"}, {"CIV", "ivorian"}, {"COD", "congolese"},
            {"TCD", "chadian"}, {"YEM", "yemeni"}, {"KWT", "kuwaiti"}, {"MYS", "malaysian"}, {"IDN", "indonesian"},
            {"NPL", "nepalese", "nepali"}, {"MMR", "burmese"}, {"KOR", "korean", "south korean"}, {"BLR", "belarusian"},
            {"GEO", "georgian"}, {"ARM", "armenian"}, {"AZE", "azerbaijani"}, {"NLD", "dutch"}, {"BEL", "belgian"},
            {"NOR", "norwegian"}, {"UZB", "uzbek", "uzbekistani"}, {"KAZ", "kazakh", "kazakhstani"},
            {"TJK", "tajik", "tajikistani"}, {"KGZ", "kyrgyz", "kirghiz"}, {"TKM", "turkmen"}, {"AZE", "azeri"},
        };
        for (String[] row : demonyms) {
            for (int i = 1; i < row.length; i++) {
                out.put(row[i], row[0]);
            }
        }
        return Map.copyOf(out);
    }

    /** The reference table's names, each normalised; one that names two countries names neither. */
    private static Map<String, String> reference() {
        Map<String, String> out = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        try (InputStream in = Nationalities.class.getResourceAsStream(REFERENCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comma = line.indexOf(',');
                if (line.startsWith("#") || comma < 0 || line.startsWith("code,")) {
                    continue;
                }
                String code = line.substring(0, comma);
                String name = Names.normalise(line.substring(comma + 1).replace("\"", ""));
                if (name == null) {
                    continue;
                }
                String before = out.putIfAbsent(name, code);
                if (before != null && !before.equals(code)) {
                    ambiguous.add(name);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + REFERENCE, e);
        }
        out.keySet().removeAll(ambiguous);
        return out;
    }
}
