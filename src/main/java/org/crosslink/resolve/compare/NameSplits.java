package org.crosslink.resolve.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crosslink.resolve.NamePair;
import org.crosslink.resolve.normalise.Teknonyms;

/**
 * A name's words split elsewhere between given and family name. A system that does not know which of a person's
 * names is the family name splits them where it guesses: Nguyen Van Minh is filed as {@code Nguyen Van / Minh} by
 * one force and {@code Van Minh / Nguyen} by another; an Eritrean boy, Daniel son of Yonas son of Tesfay, as
 * {@code Daniel / Yonas} and as {@code Daniel Yonas / Tesfay}. Compared as given and family name, either pair
 * disagrees; split alike, they agree.
 */
final class NameSplits {
    private NameSplits() {
    }

    /**
     * The other splits of the first name's words, in either order, when they hold every word of the second and one
     * of the two has three words or more (two names of two words each are the straight or the swapped order, which
     * are compared already), and the words in the family-first order with the family name first. Neither its own
     * split nor its swapped one is returned.
     */
    static List<NamePair> of(NamePair x, NamePair y) {
        if (!spaced(x) && !spaced(y)) {
            return List.of(); // two words at most each: most pairs, and no string split for them
        }
        if (Teknonyms.child(x.given()) != null || Teknonyms.child(y.given()) != null) {
            return List.of(); // Umm Tendai names her child: her words split elsewhere would make her Tendai
        }
        String[] gx = words(x.given());
        String[] fx = words(x.family());
        int n = gx.length + fx.length;
        String[] wy = concat(words(y.given()), words(y.family()));
        if (n < 2 || wy.length < 2 || n < wy.length || Math.max(n, wy.length) < 3 || !holds(concat(gx, fx), wy)) {
            return List.of();
        }
        List<NamePair> out = new ArrayList<>();
        splits(out, concat(gx, fx), gx.length, false);
        splits(out, concat(fx, gx), fx.length, false);
        // the family-first order read as such, its first words the family name: MBUYI KALALA Jean-Pierre, his
        // Christian name left off, is filed as Kalala / MBUYI, and Kalala is his post-name, not another given name
        splits(out, concat(fx, gx), fx.length, true);
        return out;
    }

    private static void splits(List<NamePair> out, String[] sequence, int own, boolean familyFirst) {
        for (int k = 1; k < sequence.length; k++) {
            if (k != own) {
                String head = String.join(" ", Arrays.copyOfRange(sequence, 0, k));
                String tail = String.join(" ", Arrays.copyOfRange(sequence, k, sequence.length));
                out.add(familyFirst ? new NamePair(tail, head) : new NamePair(head, tail));
            }
        }
    }

    /**
     * Whether every word of the second is a word of the first, as often as it appears there, or the initial of one
     * (W. M. Nimal Kumara of Wickramasinghe Mudiyanselage Nimal Kumara, a Sinhala house name as its initials).
     */
    private static boolean holds(String[] words, String[] of) {
        List<String> left = new ArrayList<>(Arrays.asList(words));
        List<String> initials = new ArrayList<>();
        for (String w : of) {
            if (w.length() == 1) {
                initials.add(w); // matched after the whole words, which must not lose theirs to an initial
            } else if (!left.remove(w)) {
                return false;
            }
        }
        for (String initial : initials) {
            if (!removeWordOf(left, initial.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean removeWordOf(List<String> words, char initial) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).charAt(0) == initial) {
                words.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Whether either name has several words: of two names without, there is no other split to try. */
    static boolean spaced(NamePair n) {
        return n.given() != null && n.given().indexOf(' ') >= 0 || n.family() != null && n.family().indexOf(' ') >= 0;
    }

    private static String[] words(String name) {
        return name == null ? new String[0] : name.split(" ");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
