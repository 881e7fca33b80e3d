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
    private static final Map<String, String> KUNYA = Map.of("abu", "abu", "abou", "abu", "abo", "abu",
            "umm", "umm", "um", "umm", "oum", "umm", "ummu", "umm");
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
        return child(canonical(given, nationality)) != null;
    }

    /**
     * The given name, a teknonym written as the kunya is ({@code abu} or {@code umm} and the child's name: Mai
     * Tendai of a Zimbabwean as umm tendai, Abou Ahmed as abu ahmed); any other name as it is.
     */
    public static String canonical(String given, String nationality) {
        int space = given == null ? -1 : given.indexOf(' ');
        if (space < 0) {
            return given;
        }
        String word = given.substring(0, space);
        String parent = KUNYA.get(word);
        if (parent == null && nationality != null) {
            parent = BY_NATIONALITY.getOrDefault(nationality, Map.of()).get(word);
        }
        boolean teknonym = parent != null && !NOT_A_CHILD.contains(given.substring(space + 1));
        return teknonym ? parent + given.substring(space) : given;
    }

    /**
     * The child a kunya names (tendai of umm tendai, ahmed of abou ahmed), or null for a name that is none: asked of
     * every given name compared, so only a name whose first word is as short as the kunya's is looked at further.
     */
    public static String child(String given) {
        int space = given == null ? -1 : given.indexOf(' ');
        if (space < 2 || space > 4 || !KUNYA.containsKey(given.substring(0, space))) {
            return null;
        }
        String child = given.substring(space + 1);
        return NOT_A_CHILD.contains(child) ? null : child;
    }
}
