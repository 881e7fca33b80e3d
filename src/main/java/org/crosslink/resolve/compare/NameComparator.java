package org.crosslink.resolve.compare;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.crosslink.resolve.NamePair;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.normalise.Names;
import org.crosslink.resolve.normalise.Nicknames;
import org.crosslink.resolve.normalise.Spellings;
import org.crosslink.resolve.normalise.Teknonyms;
import org.crosslink.resolve.score.FieldWeights;
import org.crosslink.resolve.score.Weights;

/**
 * Compares two persons' names: every name and alias of one against every one of the other, in the order given
 * and with given and family name swapped, keeping the alignment that scores best. A given name may agree as a
 * nickname, by initials or in part (a second given name); a family name in part (one half of a double-barrelled
 * name); either with a slip of one letter. Agreement on a common name counts for less (term frequency).
 */
final class NameComparator {
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance THREE_EDITS = new LevenshteinDistance(3);
    /** A slip of one letter is believed in names of this length or more: Jan and Jen are two names. */
    static final int SLIP_LENGTH = 4;
    /** Two romanisations of one name keep most of its letters: pairs whose Jaro-Winkler cannot reach this are not. */
    private static final double ROMANISATION_FLOOR = 0.7;
    private final Similarity similarity;
    private final Nicknames nicknames;
    private final NameFrequencies frequencies;
    private final FieldWeights givenName;
    private final FieldWeights familyName;
    private final double nameOrderWeight;
    private final double tfMaxBonusBits;
    /** The most a cross pair (given name against family name) can add: at any level, and at a level below exact. */
    private final double crossBest;
    private final double crossBestInexact;

    NameComparator(Similarity similarity, Nicknames nicknames, NameFrequencies frequencies, Weights weights, double tfMaxBonusBits) {
        this.tfMaxBonusBits = frequencies.commonOnly() ? 0 : tfMaxBonusBits;
        this.similarity = similarity;
        this.nicknames = nicknames;
        this.frequencies = frequencies;
        this.givenName = weights.field("givenName");
        this.familyName = weights.field("familyName");
        this.nameOrderWeight = weights.weight("nameOrder", Agreement.SWAPPED);
        double best = Double.NEGATIVE_INFINITY;
        double inexact = Double.NEGATIVE_INFINITY;
        for (Agreement level : Agreement.values()) {
            double w = crossWeight(level);
            best = Math.max(best, w);
            inexact = level == Agreement.EXACT ? inexact : Math.max(inexact, w);
        }
        this.crossBest = best;
        this.crossBestInexact = inexact;
    }

    /**
     * The best-scoring alignment of the two persons' names: the comparisons of given and family name. Two records
     * both known by monikers ({@code monikers}) are compared on those apart ({@link Monikers}), and on their names
     * without them.
     */
    List<Comparison> compare(PersonRecord a, PersonRecord b, boolean monikers) {
        return monikers ? best(Monikers.names(a), Monikers.names(b)) : best(variants(a), variants(b));
    }

    /** The best-scoring alignment of any name of one side with any of the other's (their own names alone, say). */
    List<Comparison> best(List<NamePair> as, List<NamePair> bs) {
        List<Comparison> best = List.of();
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (NamePair na : as) {
            for (NamePair nb : bs) {
                List<Comparison> straight = pair(na, nb, false);
                double w = PersonComparator.total(straight);
                if (w > bestWeight) {
                    bestWeight = w;
                    best = straight;
                }
                // the swapped order only wins by scoring more, which it cannot when its bound is no more:
                // namesakes agree exactly in the right order, and their crossed names need no Jaro-Winkler then
                if (w < swappedBound(na, nb)) {
                    List<Comparison> swapped = pair(na, nb, true);
                    double ws = PersonComparator.total(swapped);
                    if (ws > bestWeight) {
                        bestWeight = ws;
                        best = swapped;
                    }
                }
                // the same words split elsewhere between given and family name (NameSplits), at the swapped order's cost
                for (List<Comparison> resplit : resplits(na, nb)) {
                    double wr = PersonComparator.total(resplit);
                    if (wr > bestWeight) {
                        bestWeight = wr;
                        best = resplit;
                    }
                }
            }
        }
        return best;
    }

    private List<List<Comparison>> resplits(NamePair a, NamePair b) {
        if (!NameSplits.spaced(a) && !NameSplits.spaced(b)) {
            return List.of(); // most pairs: nothing to split, and nothing built on every comparison
        }
        List<List<Comparison>> out = new ArrayList<>();
        for (NamePair r : NameSplits.of(a, b)) {
            out.add(resplit(pair(r, b, false)));
        }
        for (NamePair r : NameSplits.of(b, a)) {
            out.add(resplit(pair(a, r, false)));
        }
        return out;
    }

    private List<Comparison> resplit(List<Comparison> straight) {
        List<Comparison> out = new ArrayList<>(straight);
        out.add(new Comparison("nameOrder", Agreement.SWAPPED, nameOrderWeight));
        return out;
    }

    private static List<NamePair> variants(PersonRecord p) {
        if (p.aliases().isEmpty()) {
            return List.of(p.name());
        }
        List<NamePair> all = new ArrayList<>(p.aliases().size() + 1);
        all.add(p.name());
        all.addAll(p.aliases());
        return all;
    }

    List<Comparison> pair(NamePair a, NamePair b, boolean swapped) { // package-private for tests
        List<Comparison> out = new ArrayList<>(3);
        if (!swapped) {
            Agreement given = given(a.given(), a.givenSound(), b.given(), b.givenSound());
            Agreement family = family(a.family(), a.familySound(), b.family(), b.familySound());
            if (given != null) {
                out.add(name(givenName, given, a.given(), b.given()));
            }
            if (family != null) {
                out.add(name(familyName, family, a.family(), b.family()));
            }
            return out;
        }
        // Swapped: each cross pair is worth the mean of its given-name and family-name weights,
        // so that comparing a with b scores exactly as comparing b with a.
        crossed(out, "givenName~familyName", given(a.given(), a.givenSound(), b.family(), b.familySound()), a.given());
        crossed(out, "familyName~givenName", given(a.family(), a.familySound(), b.given(), b.givenSound()), a.family());
        if (!out.isEmpty()) {
            out.add(new Comparison("nameOrder", Agreement.SWAPPED, nameOrderWeight));
        }
        return out;
    }

    /**
     * The most {@code pair(a, b, true)} can total, summed in the same order so that rounding cannot
     * put it below the real total: a cross pair of names spelt differently cannot agree exactly.
     */
    double swappedBound(NamePair a, NamePair b) {
        double bound = 0;
        boolean any = false;
        for (int i = 0; i < 2; i++) {
            String x = i == 0 ? a.given() : a.family();
            String y = i == 0 ? b.family() : b.given();
            if (x != null && y != null) {
                bound += Similarity.exact(x, y) ? crossBest + Math.max(0, tfMaxBonusBits) : crossBestInexact;
                any = true;
            }
        }
        return any ? bound + nameOrderWeight : 0;
    }

    /**
     * The mean of the two fields' weights; a level only one field has (a nickname, an initial: a given name's) is
     * worth that field's weight, not half of it: K. against Kannan is a given name's initial wherever it is filed.
     */
    private double crossWeight(Agreement level) {
        boolean given = givenName.u(level) > 0;
        if (given != familyName.u(level) > 0) {
            return given ? givenName.weight(level) : familyName.weight(level);
        }
        return (givenName.weight(level) + familyName.weight(level)) / 2;
    }

    /** A cross pair is worth the mean of the two fields' weights, discounted like any exact agreement on a common name. */
    private void crossed(List<Comparison> out, String field, Agreement level, String name) {
        if (level != null) {
            double w = crossWeight(level);
            if (level == Agreement.EXACT) {
                double frequency = Math.max(frequencies.given(name), frequencies.family(name));
                w += adjustment((givenName.u(level) + familyName.u(level)) / 2, frequency);
            }
            out.add(new Comparison(field, level, w));
        }
    }

    /**
     * Given names: initials against names (G. and George, J. R. and John Robert), then spelling, then a slip of
     * one letter, a name that is part of the other (Anna and Anna Maria), nicknames, and a name one slip from a part
     * of the other (Welat and Mehmet Velat).
     */
    Agreement given(String a, String soundA, String b, String soundB) {
        if (a == null || b == null) {
            return null;
        }
        String childA = Teknonyms.child(a);
        String childB = Teknonyms.child(b);
        if ((childA == null) != (childB == null)) {
            // mother of Tendai: no given name of her own to compare, but not Tendai herself
            String child = childA != null ? childA : childB;
            String other = childA != null ? b : a;
            return other.equals(child) || first(other).equals(child) ? Agreement.DIFFERENT : null;
        }
        if (Initials.only(a) || Initials.only(b)) {
            return Initials.agree(a, b) || initialOfForm(a, b) || initialOfForm(b, a) ? Agreement.INITIAL : Agreement.DIFFERENT;
        }
        Agreement level = similarity.text(a, soundA, b, soundB);
        if (level == Agreement.EXACT || level == Agreement.NEAR) {
            return level;
        }
        if (slip(a, b) || NameParts.partOf(a, b) || romanisations(a, b)) {
            return Agreement.NEAR;
        }
        if (nicknames.related(a, b) || firstNamesRelated(a, b) || ShortForms.abbreviation(a, b) || ShortForms.truncation(a, b)) {
            return Agreement.NICKNAME;
        }
        // a part mistyped, or romanised otherwise, is weaker than a part: close, yet no other name
        return (level == Agreement.WEAK || level == Agreement.DIFFERENT) && NameParts.looselyPartOf(a, b) ? Agreement.CLOSE : level;
    }

    /**
     * The first given names the same or nicknames of each other, and the names after them agreeing or absent (Bill
     * Henry and William Henry; Anna Sergeevna and Hanna Serhiivna). One first name with two other second names is two
     * people's: brothers named Van Long and Van Nam (Van and Thi begin most Vietnamese men's and women's given
     * names), sisters Maria Luz and Maria Rosa, Mohammed Ali and Mohammed Hassan.
     */
    private boolean firstNamesRelated(String a, String b) {
        String firstA = first(a);
        String firstB = first(b);
        if (!firstA.equals(firstB) && !nicknames.related(firstA, firstB)) {
            return false;
        }
        String restA = rest(a);
        String restB = rest(b);
        if (restA.isEmpty() || restB.isEmpty()) {
            return true;
        }
        // a patronymic in two romanisations still agrees (Sergeevna, Serhiivna); another name shares few letters
        return Similarity.jaroWinkler(restA, restB) >= ROMANISATION_FLOOR;
    }

    /**
     * Family names: spelling, a slip of one letter, or one half of a double-barrelled name; a half mistyped, or
     * romanised otherwise, is close.
     */
    Agreement family(String a, String soundA, String b, String soundB) {
        if (a == null || b == null) {
            return null;
        }
        Agreement level = similarity.text(a, soundA, b, soundB);
        if (level == Agreement.EXACT || level == Agreement.NEAR) {
            return level;
        }
        if (slip(a, b) || NameParts.partOf(a, b) || romanisations(a, b)) {
            return Agreement.NEAR;
        }
        if (ShortForms.abbreviation(a, b) && level == Agreement.DIFFERENT) {
            return Agreement.CLOSE;
        }
        // one word of a family name of several, mistyped or romanised otherwise (Abakar of Ishaq Abaker): close
        return (level == Agreement.WEAK || level == Agreement.DIFFERENT) && NameParts.looselyPartOf(a, b) ? Agreement.CLOSE : level;
    }

    /**
     * Whether the given names of the best alignment of two persons' names are other names, not a mangled one: three
     * edits or more apart (Ana and Ioana are not; Mirela and Denis are), in every alignment that has them.
     */
    boolean otherNames(PersonRecord a, PersonRecord b) {
        for (NamePair na : variants(a)) {
            for (NamePair nb : variants(b)) {
                if (na.given() != null && nb.given() != null && editsApart(na.given(), nb.given()) < 3) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether both are written family name first, the family name in the given name's place: the one given name they
     * share is one the store knows better as a family name, and their family names, which are their given names then,
     * are other names (Nguyen Thi Lan and Nguyen Thu Trang, twin sisters).
     */
    boolean familyFirstOtherNames(PersonRecord a, PersonRecord b) {
        NamePair x = a.name();
        NamePair y = b.name();
        if (x.given() == null || x.family() == null || y.family() == null || !x.given().equals(y.given())) {
            return false;
        }
        return frequencies.family(x.given()) > frequencies.given(x.given())
                && editsApart(Names.withoutGeneration(x.family()), Names.withoutGeneration(y.family())) >= 3;
    }

    private static int editsApart(String a, String b) {
        int d = THREE_EDITS.apply(Names.compact(a), Names.compact(b));
        return d < 0 ? 3 : d;
    }

    /** One name spelt by two romanisations (Oksana and Oxana, Shevchenko and Schewtschenko): {@link Spellings}. */
    static boolean romanisations(String a, String b) {
        // a pair far apart in letters is no transliteration of one name; the bound tells so in a pass over each
        return !JaroWinklerBound.below(a, b, ROMANISATION_FLOOR) && Spellings.same(a, b);
    }

    /** One insertion, deletion or substitution, in names long enough for a slip to be told from another name. */
    static boolean slip(String a, String b) {
        return Math.min(a.length(), b.length()) >= SLIP_LENGTH && Math.abs(a.length() - b.length()) <= 1
                && ONE_EDIT.apply(a, b) == 1;
    }

    /**
     * Whether initials stand for a name of which the other's first word is a nickname or form (M. for Gretta,
     * a Margaret): the initials are the formal name's, the other's later words agreeing as initials do.
     */
    private boolean initialOfForm(String initialsName, String other) {
        if (!Initials.only(initialsName) || Initials.only(other)) {
            return false;
        }
        char initial = initialsName.charAt(0);
        if (!nicknames.formOfInitial(first(other), initial)) {
            return false;
        }
        String ia = Initials.letters(initialsName);
        String ib = initial + Initials.letters(other).substring(1);
        return ia.startsWith(ib) || ib.startsWith(ia);
    }

    private static String first(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /** The words after the first, or the empty string. */
    private static String rest(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1);
    }

    /**
     * Two names agreeing at a level. Exact agreement is discounted for the name's frequency; agreement as nicknames
     * or a slip apart is worth no more than the commoner of the two names would be if both gave it exactly: Jack and
     * John, or Schmid and Schmidt, are not better evidence than John and John, or Schmidt and Schmidt, which the
     * store's many Johns and Schmidts discount.
     */
    private Comparison name(FieldWeights field, Agreement level, String a, String b) {
        boolean given = field == givenName;
        if (level == Agreement.EXACT) {
            return new Comparison(field.field(), level, exact(field, given ? frequencies.given(a) : frequencies.family(a)));
        }
        double weight = field.weight(level);
        if (level == Agreement.NICKNAME || level == Agreement.NEAR) {
            double frequency = given ? Math.max(frequencies.given(a), frequencies.given(b))
                    : Math.max(frequencies.family(a), frequencies.family(b));
            if (frequency > 0) {
                weight = Math.min(weight, exact(field, frequency));
            }
        }
        return new Comparison(field.field(), level, weight);
    }

    /** Exact agreement on a name of this frequency (0 for one of no known frequency: the field's average). */
    private double exact(FieldWeights field, double frequency) {
        return field.weight(Agreement.EXACT) + adjustment(field.u(Agreement.EXACT), frequency);
    }

    /**
     * Exact agreement on a name is worth what the name's frequency says (term frequency): log2(u / frequency), less
     * for a common name, more for a rare one, but at most {@code tfMaxBonusBits} more, so that a name the store has
     * seen twice does not count as proof. A name of unknown frequency (0) is worth the field's average.
     */
    double adjustment(double u, double frequency) {
        return frequency > 0 && u > 0 ? Math.min(tfMaxBonusBits, Weights.log2(u / frequency)) : 0;
    }
}
