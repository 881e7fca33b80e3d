package org.crosslink.resolve.compare;

/** A name written short: cut off after its first letters, or its consonants without its vowels. */
final class ShortForms {
    private ShortForms() {
    }

    /**
     * One name is the other cut short, as clerks and nicknames cut names (Chris for Christopher, Isa for Isabella):
     * three letters or more, one word, the beginning of the other.
     */
    static boolean truncation(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 3 && shorter.length() < longer.length() && shorter.indexOf(' ') < 0 && longer.startsWith(shorter);
    }

    /**
     * One name is the other's consonants (Mhmd for Mohammed, Hsn for Hassan), as Arabic names are often written
     * without their vowels: three letters or more, no vowel, the same first and last letter, in order in the other.
     */
    static boolean abbreviation(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < 3 || shorter.length() == longer.length() || shorter.indexOf(' ') >= 0
                || shorter.charAt(0) != longer.charAt(0) || shorter.charAt(shorter.length() - 1) != longer.charAt(longer.length() - 1)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) {
                return false;
            }
            j = longer.indexOf(c, j);
            if (j < 0) {
                return false;
            }
            j++;
        }
        return true;
    }
}
