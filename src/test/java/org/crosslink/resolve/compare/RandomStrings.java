package org.crosslink.resolve.compare;

import java.util.Random;

/** Random strings for the property tests of string comparisons. */
final class RandomStrings {
    private RandomStrings() {
    }

    /** A string of {@code minLength} to {@code maxLength} characters drawn from the alphabet. */
    static String of(Random random, String alphabet, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /**
     * {@code s} with {@code edits} slips, each at a random place: a character replaced or inserted (drawn from
     * the alphabet), a space inserted when {@code spaces}, or two neighbours swapped.
     */
    static String mutate(String s, Random random, int edits, String alphabet, boolean spaces) {
        StringBuilder sb = new StringBuilder(s);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(sb.length());
            int kind = random.nextInt(spaces ? 4 : 3);
            if (kind == 0) {
                sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            } else if (kind == 1) {
                sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            } else if (kind == 2 && spaces) {
                sb.insert(at, ' ');
            } else if (at + 1 < sb.length()) {
                char c = sb.charAt(at);
                sb.setCharAt(at, sb.charAt(at + 1));
                sb.setCharAt(at + 1, c);
            }
        }
        return sb.toString();
    }
}
