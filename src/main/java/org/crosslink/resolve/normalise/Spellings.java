package org.crosslink.resolve.normalise;

/**
 * One name romanised by different conventions, folded to one spelling. A Cyrillic, Arabic or Chinese name reaches
 * the bus through English, German, Polish or French paperwork: Oksana and Oxana, Kovalenko and Kowalenko,
 * Shevchenko and Schewtschenko, Yuriy and Jurij, Mariya and Maria, Hassan and Hasan. ICU transliterates a name
 * written in its own script one way ({@link Names}); this folds the Latin spellings other systems made of it, so
 * that the comparator can tell a transliteration from a different name. Only differences of convention are
 * folded, never of sound: {@code x} and {@code ks}, {@code w} and {@code v}, {@code j} and {@code y},
 * {@code sch}, {@code sz} and {@code sh}, {@code tsch}, {@code cz} and {@code ch}, {@code kh} and {@code h},
 * {@code ph} and {@code f}, a {@code y} or {@code iy} before a vowel and an {@code i}, a closing {@code iy} or
 * {@code ii} and an {@code i}, a closing {@code y} after a consonant and an {@code i} (Aly and Ali, Helmy and
 * Helmi: Arabic names romanised in Egypt and elsewhere), and doubled letters; {@code oo} and {@code u},
 * {@code ee} and {@code i}, as South Asian and Korean names are written in English (Noor and Nur, Mahmood and
 * Mahmud, Sameer and Samir, Yoon and Yun); Albanian's {@code xh} and an English {@code j} (Xhuljeta and
 * Julieta); Russian's {@code dzh} and a {@code j}, and {@code ye} opening a name and an {@code e} (Dzhamshid and
 * Jamshid, Yerlan and Erlan), {@code q} and {@code k} (Qasim and Kasim, Qurbon and Kurbon); and Somali's own
 * spellings of Arabic names (Xasan, Cabdi) as their English ones ({@link #somali}).
 * Pinyin's {@code ou} is left alone: Zhou and Zhu are two names.
 */
public final class Spellings {
    private Spellings() {
    }

    /** The folded spelling of a normalised name (lower-case ASCII letters and spaces), spaces removed. */
    public static String fold(String normalised) {
        String s = (normalised.startsWith("ye") ? normalised.substring(1) : normalised);
        s = Names.compact(s)
                .replace("oo", "u").replace("ee", "i").replace("xh", "j").replace("dzh", "j").replace("q", "k")
                .replace("tsch", "ch").replace("sch", "sh").replace("cz", "ch").replace("sz", "sh")
                .replace("kh", "h").replace("ph", "f").replace("x", "ks").replace("w", "v").replace("j", "y");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            int last = out.length() - 1;
            if (c == 'y' && vowel(next) && last >= 0 && out.charAt(last) == 'i') {
                continue; // Mariya: the i already stands for the glide
            }
            if (c == 'y' && vowel(next) && last >= 0 && !vowel(out.charAt(last))) {
                c = 'i'; // Natalya, Natalia
            }
            if (c == 'y' && next == 0 && last >= 1 && out.charAt(last) == 'i') {
                continue; // Yuriy and Jurij as Yurii, whose closing ii the next rule folds
            }
            if (c == 'y' && next == 0 && last >= 0 && !vowel(out.charAt(last))) {
                c = 'i'; // Aly, Ali
            }
            if (last >= 0 && out.charAt(last) == c) {
                continue; // Hassan, Hasan
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether two normalised names are one name in two romanisations (or equal). */
    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b)) || (somaliLetters(a) || somaliLetters(b)) && fold(somali(a)).equals(fold(somali(b)));
    }

    /**
     * Somali's own Latin orthography, as a name reaches the bus from Somali papers: {@code x} for the h of Hassan
     * and Ahmed (Xasan, Axmed, Maxamed), {@code c} for the ayn of Abdi and Ali (Cabdi, Cali, Cumar), read as the
     * English spellings have them. A pinyin or Vietnamese {@code x} is never followed by anything but i or u (Xiao,
     * Xu, Xuan), so those are left; so is a {@code c} before another vowel, or in a name of three letters (Cao, Cai).
     */
    static String somali(String normalised) {
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            char next = i + 1 < normalised.length() ? normalised.charAt(i + 1) : 0;
            boolean wordStart = i == 0 || normalised.charAt(i - 1) == ' ';
            if (c == 'x' && next != 'i' && next != 'u') {
                c = 'h';
            } else if (c == 'c' && wordStart && (next == 'a' || next == 'u') && wordLength(normalised, i) >= 4) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean somaliLetters(String s) {
        return s.indexOf('x') >= 0 || s.indexOf('c') >= 0;
    }

    private static int wordLength(String s, int from) {
        int end = s.indexOf(' ', from);
        return (end < 0 ? s.length() : end) - from;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
