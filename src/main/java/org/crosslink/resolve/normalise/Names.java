package org.crosslink.resolve.normalise;

import java.util.Arrays;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.ibm.icu.text.Transliterator;

/**
 * Person and place names reduced to lower-case ASCII letters and single spaces. Other scripts and
 * diacritics are transliterated to Latin with ICU4J, so that {@code Ionescu}, {@code IONESCU},
 * {@code Ionesku} and {@code Ионеску} can meet: the first two become equal, the others close. Russian and
 * Ukrainian Cyrillic are romanised as English-speaking officials write them (BGN/PCGN: Юлия is Yuliya,
 * Шевченко is Shevchenko), not by ICU's scholarly default (Ulia, Sevcenko), which no British record uses.
 */
public final class Names {
    private static final Cache<String, String> CACHE = Caches.bounded();
    private static final ThreadLocal<Transliterator> LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> RUSSIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("ru-ru_Latn/BGN; Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> UKRAINIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("uk-uk_Latn/BGN; Any-Latin; Latin-ASCII"));
    /** Letters of Ukrainian (and Belarusian) Cyrillic that Russian lacks. */
    private static final String UKRAINIAN_LETTERS = "іїєґІЇЄҐ";
    /** Letters of Serbian and Macedonian Cyrillic, whose own Latin alphabet ICU's default writes. */
    private static final String SERBIAN_LETTERS = "ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅ";

    private Names() {
    }

    /** The normalised name, or null when nothing of a name is left. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // only transliteration is worth a cache: plain ASCII is cleaned as fast as it is looked up, and kept
        // out of the cache it holds no raw name in memory (33 MB less at a million persons)
        String result = ascii(raw) ? clean(raw) : CACHE.get(raw, r -> clean(romanise(greekDigraphs(Mojibake.repair(r)))));
        return result.isEmpty() ? null : result;
    }

    /**
     * Masculine and feminine endings of one family name in the languages whose family names change with gender:
     * Bulgarian and Russian (Kostov, Kostova), Polish (Kowalski, Kowalska; Nowicki, Nowicka), Czech and Slovak
     * (Novotny, Novotna; Novak, Novakova; Prochazka, Prochazkova), Greek (Papadopoulos, Papadopoulou), Lithuanian
     * (Kazlauskas, Kazlauskiene for a married woman, Kazlauskaite for an unmarried one). Endings too common to
     * mean this elsewhere (Latvian -s/-a) are left out.
     */
    private static final String[][] GENDERED_ENDINGS = {
        {"ov", "ova"}, {"ev", "eva"}, {"in", "ina"}, {"ski", "ska"}, {"cki", "cka"}, {"sky", "ska"}, {"cky", "cka"},
        {"skiy", "skaya"}, {"skii", "skaia"}, {"ny", "na"}, {"", "ova"}, {"a", "ova"}, {"ek", "kova"}, {"ec", "cova"},
        {"os", "ou"}, {"as", "iene"}, {"as", "aite"}, {"is", "iene"}, {"is", "yte"}, {"ys", "iene"}, {"ys", "yte"},
        {"us", "iene"}, {"us", "ute"},
    };

    /**
     * Whether two normalised family names are the masculine and the feminine form of one name (Kostov and Kostova):
     * a family's men and women, not one person. Both forms must keep a stem of three letters or more.
     */
    public static boolean genderedForms(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = compact(a);
        String y = compact(b);
        return !x.equals(y) && (masculineFeminine(x, y) || masculineFeminine(y, x));
    }

    private static boolean masculineFeminine(String masculine, String feminine) {
        for (String[] e : GENDERED_ENDINGS) {
            if (masculine.endsWith(e[0]) && feminine.endsWith(e[1])) {
                String stem = masculine.substring(0, masculine.length() - e[0].length());
                if (stem.length() >= 3 && feminine.length() == stem.length() + e[1].length() && feminine.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name without spaces: {@code winston hills} and {@code winstonhills} compare equal this way. */
    public static String compact(String normalised) {
        return normalised == null ? null : normalised.replace(" ", "");
    }

    /** The length of {@link #compact}{@code (s)}, counted without making it. */
    public static int compactLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ' ') {
                n++;
            }
        }
        return n;
    }

    /** The length of the common prefix of {@link #compact}{@code (a)} and {@code compact(b)}, without making either. */
    public static int compactCommonPrefix(String a, String b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (true) {
            while (i < a.length() && a.charAt(i) == ' ') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == ' ') {
                j++;
            }
            if (i == a.length() || j == b.length() || a.charAt(i) != b.charAt(j)) {
                return n;
            }
            n++;
            i++;
            j++;
        }
    }

    /**
     * Greek writes the b, d and hard g of foreign names as two letters (Μπεσνίκ Ντόκα is Besnik Doka), which
     * letter-by-letter transliteration turns into mp, nt and gk; at the start of a word they are the one sound.
     */
    static String greekDigraphs(String raw) {
        if (raw.indexOf('π') < 0 && raw.indexOf('Π') < 0 && raw.indexOf('τ') < 0 && raw.indexOf('Τ') < 0
                && raw.indexOf('κ') < 0 && raw.indexOf('Κ') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetter(raw.charAt(i - 1));
            char next = i + 1 < raw.length() ? Character.toLowerCase(raw.charAt(i + 1)) : 0;
            char lower = Character.toLowerCase(c);
            String sound = !wordStart ? null
                    : lower == 'μ' && next == 'π' ? "b" : lower == 'ν' && next == 'τ' ? "d" : lower == 'γ' && next == 'κ' ? "g" : null;
            if (sound != null) {
                sb.append(Character.isUpperCase(c) ? sound.toUpperCase(Locale.ROOT) : sound);
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The name in Latin letters, by the romanisation its script and letters call for. */
    static String romanise(String raw) {
        boolean cyrillic = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (UKRAINIAN_LETTERS.indexOf(c) >= 0) {
                return UKRAINIAN.get().transliterate(raw);
            }
            if (SERBIAN_LETTERS.indexOf(c) >= 0) {
                return LATIN.get().transliterate(raw);
            }
            cyrillic |= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
        }
        return (cyrillic ? RUSSIAN : LATIN).get().transliterate(raw);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String latin) {
        StringBuilder sb = new StringBuilder(latin.length());
        boolean space = true;
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
                space = false;
            } else if (c == '\'' || c == '’' || c == '`' || c == 'ʻ' || c == 'ʼ') {
                continue; // O'Brien and OBrien are one name; Uzbek Latin's Oʻ and Gʻ are O and G (Ulugʻbek, Ulugbek)
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return suffixes(sb.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /**
     * The generation a normalised name says, {@code junior} or {@code senior}, or null: its suffix as
     * {@link #normalise} spells it, in either of a person's names (Lee BARKER JNR, or Lee Jnr BARKER).
     */
    public static String generation(String given, String family) {
        String g = generation(family);
        return g != null ? g : generation(given);
    }

    private static String generation(String name) {
        if (name == null || !name.contains("junior") && !name.contains("senior")) {
            return null;
        }
        for (String word : name.split(" ")) {
            if (word.equals("junior") || word.equals("senior")) {
                return word;
            }
        }
        return null;
    }

    /** A normalised name without its generational suffix (barker junior: barker); null for null. */
    public static String withoutGeneration(String name) {
        if (generation(name) == null) {
            return name;
        }
        return String.join(" ", Arrays.stream(name.split(" "))
                .filter(w -> !w.equals("junior") && !w.equals("senior")).toList());
    }

    /**
     * A generational suffix in one spelling (Jr, Jnr and Junior as junior; Sr and Snr as senior), so that Santos Jr
     * is a part of Alves dos Santos Junior: it is often all that tells a father from his son of one name.
     */
    private static String suffixes(String name) {
        if (!name.contains("jr") && !name.contains("jnr") && !name.contains("sr") && !name.contains("snr")) {
            return name; // nearly every name: nothing to split
        }
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = switch (words[i]) {
                case "jr", "jnr" -> "junior";
                case "sr", "snr" -> "senior";
                default -> words[i];
            };
        }
        return String.join(" ", words);
    }
}
