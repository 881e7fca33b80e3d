package org.crosslink.evaluate.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK town: the force that polices it, its weight (roughly its population) and its real postcode districts. */
public record Town(String name, String force, double weight, List<String> districts) {
    private static final Pattern RANGE = Pattern.compile("([A-Z]+)(\\d+)(?:-(\\d+))?");
    /** The letters Royal Mail uses in the inward code. */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    public Town {
        districts = List.copyOf(districts);
    }

    /** Parses {@code LS1-17 LS20}: districts LS1 to LS17 and LS20. */
    static List<String> districts(String spec) {
        List<String> out = new ArrayList<>();
        for (String token : spec.trim().split("\\s+")) {
            Matcher m = RANGE.matcher(token);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a district or range: " + token);
            }
            int from = Integer.parseInt(m.group(2));
            int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
            for (int i = from; i <= to; i++) {
                out.add(m.group(1) + i);
            }
        }
        return out;
    }

    /** A made-up full postcode in one of the town's districts: the district is real, the inward code invented. */
    public String postcode(Random rng) {
        return districts.get(rng.nextInt(districts.size())) + " " + rng.nextInt(10)
                + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
    }

    /** Another postcode in the same district as {@code postcode}: a neighbour's. */
    public static String neighbour(String postcode, Random rng) {
        String outward = postcode.substring(0, postcode.indexOf(' '));
        return outward + " " + rng.nextInt(10) + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
    }
}
