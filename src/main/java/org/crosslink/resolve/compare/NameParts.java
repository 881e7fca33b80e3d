package org.crosslink.resolve.compare;

/** A name that is part of another: some of its words, its initials, or one word of it written otherwise. */
final class NameParts {
    private NameParts() {
    }

    /**
     * Every word of the shorter name is a word of the longer (Anna of Anna Maria; Smith of Smith Jones), or the
     * initial of one (M. Asif of Muhammad Asif), and at least one is a whole word.
     */
    static boolean partOf(String a, String b) {
        boolean spaceA = a.indexOf(' ') >= 0;
        boolean spaceB = b.indexOf(' ') >= 0;
        if (!spaceA && !spaceB) {
            return false;
        }
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        // of two names with as many words, either may hold the initials: try both ways, so that a with b is b with a
        return wa.length <= wb.length && wordsOf(wa, wb) || wb.length <= wa.length && wordsOf(wb, wa);
    }

    /** Every word of the first is a word of the second, or the initial of one, and one at least is a whole word. */
    private static boolean wordsOf(String[] shorter, String[] longer) {
        boolean whole = false;
        for (String w : shorter) {
            if (contains(longer, w)) {
                whole |= w.length() >= 2;
            } else if (w.length() != 1 || !initialOf(longer, w.charAt(0))) {
                return false;
            }
        }
        return whole;
    }

    private static boolean contains(String[] words, String w) {
        for (String x : words) {
            if (x.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name of one word one slip or romanisation from a word of the other (Welat of Mehmet Velat), or that word
     * written without its vowels (Bahadur of Man Bdr., as Nepali records shorten it); or two names of several words
     * that are one name with other short words beside it.
     */
    static boolean looselyPartOf(String a, String b) {
        String one = a.indexOf(' ') < 0 ? a : b;
        String other = one == a ? b : a;
        if (one.indexOf(' ') >= 0) {
            return oneNameBesideShortWords(a.split(" "), b.split(" "));
        }
        if (other.indexOf(' ') < 0 || one.length() < NameComparator.SLIP_LENGTH) {
            return false;
        }
        for (String x : other.split(" ")) {
            if (x.length() >= NameComparator.SLIP_LENGTH && (NameComparator.slip(one, x) || NameComparator.romanisations(one, x))
                    || ShortForms.abbreviation(one, x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two names of several words that share one whole word of four letters or more, every other word of either an
     * initial or an abbreviation of two letters (Ma. Luzviminda and Luzviminda B., as Filipino records write Maria
     * and a mother's maiden name): the name itself, written with other trimmings.
     */
    private static boolean oneNameBesideShortWords(String[] a, String[] b) {
        boolean shared = false;
        for (String x : a) {
            if (contains(b, x) && x.length() >= NameComparator.SLIP_LENGTH) {
                shared = true;
            } else if (x.length() > 2) {
                return false;
            }
        }
        for (String y : b) {
            if (!contains(a, y) && y.length() > 2) {
                return false;
            }
        }
        return shared;
    }

    private static boolean initialOf(String[] words, char initial) {
        for (String x : words) {
            if (!x.isEmpty() && x.charAt(0) == initial) {
                return true;
            }
        }
        return false;
    }
}
