package org.crosslink.evaluate.synthetic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Spelling errors in a word, each one edit: a letter inserted, deleted, substituted (often by a neighbour on the
 * keyboard) or two swapped; an OCR confusion (rn for m, 1 for l); a phonetic spelling (f for ph); a space put in or
 * taken out; accents dropped. The result keeps the word's case (SMITH stays upper case).
 */
public final class Typos {
    /** The kinds of one-edit error. */
    public enum Kind { INSERT, DELETE, SUBSTITUTE, TRANSPOSE }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[][] OCR = {{"m", "rn"}, {"rn", "m"}, {"d", "cl"}, {"cl", "d"}, {"h", "li"}, {"li", "h"},
        {"o", "0"}, {"l", "1"}, {"i", "1"}, {"s", "5"}, {"g", "9"}, {"b", "6"}, {"e", "c"}, {"c", "e"}, {"n", "h"}, {"u", "v"},
        {"v", "u"}, {"w", "vv"}};
    private static final String[][] PHONETIC = {{"ph", "f"}, {"f", "ph"}, {"ck", "k"}, {"k", "ck"}, {"c", "k"}, {"ie", "y"},
        {"y", "ie"}, {"ee", "ea"}, {"ea", "ee"}, {"th", "t"}, {"z", "s"}, {"s", "z"}, {"ei", "ie"}, {"ie", "ei"},
        {"ou", "ow"}, {"tt", "t"}, {"ll", "l"}, {"nn", "n"}, {"mm", "m"}, {"ss", "s"}, {"w", "v"}, {"v", "w"}, {"i", "y"}};

    private Typos() {
    }

    /** One edit of the given kind; a word too short for it gets a substitution; never returns the word unchanged. */
    public static String edit(String word, Kind kind, Random rng) {
        if (word.isEmpty()) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower);
        int n = lower.length();
        switch (n < 2 && kind != Kind.INSERT ? Kind.SUBSTITUTE : kind) {
            case INSERT -> b.insert(rng.nextInt(n + 1), randomLetter(rng));
            case DELETE -> b.deleteCharAt(rng.nextInt(n));
            case TRANSPOSE -> {
                int i = swappable(lower, rng);
                if (i < 0) {
                    return edit(word, Kind.SUBSTITUTE, rng);
                }
                char c = b.charAt(i);
                b.setCharAt(i, b.charAt(i + 1));
                b.setCharAt(i + 1, c);
            }
            case SUBSTITUTE -> {
                int i = rng.nextInt(n);
                char c = b.charAt(i);
                char r = rng.nextBoolean() ? neighbour(c, rng) : randomLetter(rng);
                b.setCharAt(i, r == c ? (c == 'z' ? 'a' : (char) (c + 1)) : r);
            }
            default -> throw new IllegalStateException();
        }
        return recase(word, b.toString());
    }

    /** One edit of a kind chosen with the given weights (insert, delete, substitute, transpose). */
    public static String edit(String word, Random rng, double insert, double delete, double substitute, double transpose) {
        double x = rng.nextDouble() * (insert + delete + substitute + transpose);
        Kind k = x < insert ? Kind.INSERT : x < insert + delete ? Kind.DELETE
                : x < insert + delete + substitute ? Kind.SUBSTITUTE : Kind.TRANSPOSE;
        return edit(word, k, rng);
    }

    /** One edit, each kind equally likely. */
    public static String edit(String word, Random rng) {
        return edit(word, Kind.values()[rng.nextInt(4)], rng);
    }

    /** An OCR confusion where one applies, otherwise a substitution. */
    public static String ocr(String word, Random rng) {
        return rule(word, OCR, rng);
    }

    /** A phonetic respelling where one applies, otherwise a substitution. */
    public static String phonetic(String word, Random rng) {
        return rule(word, PHONETIC, rng);
    }

    /** A space put into the word, or, when it has one, sometimes taken out. */
    public static String space(String word, Random rng) {
        int sp = word.indexOf(' ');
        if (sp > 0 && rng.nextBoolean()) {
            return word.substring(0, sp) + word.substring(sp + 1);
        }
        if (word.length() < 2) {
            return word + " ";
        }
        int i = 1 + rng.nextInt(word.length() - 1);
        return word.substring(0, i) + " " + word.substring(i);
    }

    /** The word without its accents and special letters (Ștefan becomes Stefan, Łukasz Lukasz). */
    public static String plain(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss");
    }

    private static String rule(String word, String[][] rules, Random rng) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<int[]> hits = new ArrayList<>();
        for (int r = 0; r < rules.length; r++) {
            for (int i = lower.indexOf(rules[r][0]); i >= 0; i = lower.indexOf(rules[r][0], i + 1)) {
                hits.add(new int[] {r, i});
            }
        }
        if (hits.isEmpty()) {
            return edit(word, Kind.SUBSTITUTE, rng);
        }
        int[] h = hits.get(rng.nextInt(hits.size()));
        String out = lower.substring(0, h[1]) + rules[h[0]][1] + lower.substring(h[1] + rules[h[0]][0].length());
        return recase(word, out);
    }

    private static int swappable(String s, Random rng) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) != s.charAt(i + 1)) {
                at.add(i);
            }
        }
        return at.isEmpty() ? -1 : at.get(rng.nextInt(at.size()));
    }

    private static char randomLetter(Random rng) {
        return LETTERS.charAt(rng.nextInt(LETTERS.length()));
    }

    private static char neighbour(char c, Random rng) {
        for (String row : KEYBOARD) {
            int i = row.indexOf(c);
            if (i >= 0) {
                boolean left = i > 0 && (i == row.length() - 1 || rng.nextBoolean());
                return row.charAt(left ? i - 1 : i + 1);
            }
        }
        return randomLetter(rng);
    }

    /** The edited lower-case text in the original's case: all upper, capitalised words, or as it came. */
    private static String recase(String original, String lower) {
        if (original.equals(original.toUpperCase(Locale.ROOT)) && !original.equals(original.toLowerCase(Locale.ROOT))) {
            return lower.toUpperCase(Locale.ROOT);
        }
        if (original.equals(original.toLowerCase(Locale.ROOT))) {
            return lower;
        }
        StringBuilder b = new StringBuilder(lower);
        for (int i = 0; i < b.length(); i++) {
            if (i == 0 || b.charAt(i - 1) == ' ' || b.charAt(i - 1) == '-' || b.charAt(i - 1) == '\'') {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
            }
        }
        return b.toString();
    }
}
