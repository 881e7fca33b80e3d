package org.crosslink.resolve.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads address lines into parts: {@code Unit 4, 12 Mill Ln} is unit 4, number 12, street {@code mill lane}.
 * Common abbreviations are expanded ({@code Rd} road, {@code St} street, or saint before a name).
 */
public final class Addresses {
    private static final Set<String> UNIT_WORDS = Set.of("flat", "unit", "apt", "apartment", "room", "suite", "no");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("rd", "road"), Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("ave", "avenue"),
            Map.entry("av", "avenue"), Map.entry("ln", "lane"), Map.entry("cl", "close"), Map.entry("cres", "crescent"),
            Map.entry("cr", "crescent"), Map.entry("dr", "drive"), Map.entry("ct", "court"), Map.entry("pl", "place"),
            Map.entry("sq", "square"), Map.entry("gdns", "gardens"), Map.entry("gr", "grove"), Map.entry("gro", "grove"),
            Map.entry("tce", "terrace"), Map.entry("terr", "terrace"), Map.entry("pde", "parade"), Map.entry("hwy", "highway"),
            Map.entry("cct", "circuit"), Map.entry("crct", "circuit"), Map.entry("blvd", "boulevard"), Map.entry("mt", "mount"),
            Map.entry("nth", "north"), Map.entry("sth", "south"), Map.entry("est", "estate"), Map.entry("ind", "industrial"),
            Map.entry("bldg", "building"), Map.entry("hse", "house"), Map.entry("pk", "park"), Map.entry("wy", "way"),
            Map.entry("rdg", "ridge"), Map.entry("cnr", "corner"), Map.entry("vlge", "village"), Map.entry("retrmnt", "retirement"));

    private Addresses() {
    }

    public static Address normalise(List<String> lines, String town, String postcode, String region, String country) {
        String unit = null;
        String number = null;
        String street = null;
        List<String> localities = new ArrayList<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            List<String> tokens = tokens(line);
            if (tokens.isEmpty()) {
                continue;
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (unit == null && UNIT_WORDS.contains(tokens.get(i)) && isNumber(tokens.get(i + 1))) {
                    unit = tokens.get(i + 1);
                    tokens.subList(i, i + 2).clear();
                    break;
                }
            }
            if (number == null && !tokens.isEmpty() && isNumber(tokens.get(0))) {
                number = tokens.remove(0);
                if (!tokens.isEmpty()) {
                    street = expand(tokens);
                }
            } else if (!tokens.isEmpty()) {
                if (street == null && number == null && localities.isEmpty()) {
                    street = expand(tokens);
                } else {
                    localities.add(expand(tokens));
                }
            }
        }
        return new Address(unit, number, street, localities, Names.normalise(town), Postcodes.normalise(postcode),
                Names.normalise(region), country(country));
    }

    /** ISO 3166 alpha-2 for the UK's usual spellings; any other country upper-cased as given. */
    public static String country(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String c = raw.trim().toUpperCase(Locale.ROOT);
        return switch (c) {
            case "UK", "GBR", "UNITED KINGDOM", "GREAT BRITAIN", "ENGLAND", "WALES", "SCOTLAND", "NORTHERN IRELAND" -> "GB";
            case "AUS", "AUSTRALIA" -> "AU";
            default -> c;
        };
    }

    private static List<String> tokens(String line) {
        String n = Names.normalise(line);
        List<String> out = new ArrayList<>();
        if (n != null) {
            for (String t : n.split(" ")) {
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0)) && token.length() <= 6
                && token.chars().skip(1).allMatch(ch -> Character.isDigit(ch) || Character.isLetter(ch));
    }

    private static String expand(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String word = "st".equals(t) && i == 0 && tokens.size() > 1 ? "saint" : ABBREVIATIONS.getOrDefault(t, t);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word);
        }
        return sb.toString();
    }
}
