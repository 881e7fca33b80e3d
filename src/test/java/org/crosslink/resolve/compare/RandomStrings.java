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
}
