package org.crosslink.resolve.compare;

/** Names written as initials (J., J. R.), normalised: lower case, one space between words, no full stops. */
final class Initials {
    private Initials() {
    }

    /** A name written as initials only: every word one letter. */
    static boolean only(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordStart = i == 0 || name.charAt(i - 1) == ' ';
            if (c != ' ' && !wordStart) {
                return false;
            }
        }
        return true;
    }

    /** The initials of one name begin those of the other (J. against John Robert; J. R. against John). */
    static boolean agree(String a, String b) {
        String ia = letters(a);
        String ib = letters(b);
        return ia.startsWith(ib) || ib.startsWith(ia);
    }

    /** The first letter of each word. */
    static String letters(String name) {
        StringBuilder sb = new StringBuilder(4);
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != ' ' && (i == 0 || name.charAt(i - 1) == ' ')) {
                sb.append(name.charAt(i));
            }
        }
        return sb.toString();
    }
}
