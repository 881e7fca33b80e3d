package org.crosslink.resolve.normalise;

import java.util.Map;
import java.util.Set;

/**
 * A name that says whose parent someone is, written where a given name goes: the Arabic kunya (Abu Ahmed, Umm
 * Khalid), the Shona Mai Tendai and Baba Farai, the Swahili Mama Neema. A record that knows a woman only as
 * "mother of Tendai" says nothing of her own given name, so it neither agrees nor disagrees with one; but it says
 * she is not Tendai. Each is written one way, the kunya's ({@link #canonical}), so that the comparator reads them
 * alike ({@link #child}). The Shona and Swahili words are read so only on records of those countries' nationals:
 * Mai is a Vietnamese and Chinese given name (Mai Anh, Mai Linh), and Mama and Baba given names elsewhere.
 */
public final class Teknonyms {
    private static final Set<String> FATHER = Set.of("abu", "abou", "abo");
    private static final Set<String> MOTHER = Set.of("umm", "um", "oum", "ummu");
    /** Abu Bakr is a given name (the first caliph's), not the father of a Bakr. */
    private static final Set<String> NOT_A_CHILD = Set.of("bakr", "bakar", "baker", "bakir", "bakari");
    private static final Map<String, String> SHONA = Map.of("mai", "umm", "amai", "umm", "baba", "abu");
    private static final Map<String, String> SWAHILI = Map.of("mama", "umm", "baba", "abu");
    private static final Map<String, Map<String, String>> BY_NATIONALITY = Map.of(
            "ZWE", SHONA, "KEN", SWAHILI, "TZA", SWAHILI, "UGA", SWAHILI);

    private Teknonyms() {
    }

    /** Whether a normalised given name is a teknonym, for a record of this nationality (ISO alpha-3, or null). */
    public static boolean is(String given, String nationality) {
        return given != null && (!canonical(given, nationality).equals(given) || child(given) != null);
    }

    /**
     * The given name, a teknonym written as the kunya is ({@code abu} or {@code umm} and the child's name: Mai
     * Tendai of a Zimbabwean as umm tendai); any other name as it is.
     */
    public static String canonical(String given, String nationality) {
        int space = given == null ? -1 : given.indexOf(' ');
        if (space < 0 || nationality == null) {
            return given;
        }
        String parent = BY_NATIONALITY.getOrDefault(nationality, Map.of()).get(given.substring(0, space));
        return parent == null ? given : parent + given.substring(space);
    }

    /** The child a teknonym names (tendai of umm tendai), or null for a name that is none. */
    public static String child(String given) {
        int space = given == null ? -1 : given.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String parent = given.substring(0, space);
        String child = given.substring(space + 1);
        return (FATHER.contains(parent) || MOTHER.contains(parent)) && !NOT_A_CHILD.contains(child) ? child : null;
    }
}
