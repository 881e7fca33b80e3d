package org.crosslink.resolve.compare;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.model.PartialDate;
import org.crosslink.resolve.Id;
import org.crosslink.resolve.NamePair;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.normalise.Identifiers;
import org.crosslink.resolve.score.FieldWeights;
import org.crosslink.resolve.score.Weights;

/**
 * Compares two person mentions: names (in either order, and every alias), date of birth, personal
 * identifiers, shared phones and e-mail addresses, gender, nationality and the addresses they are
 * linked to. Agreement on a common name counts for less (term-frequency adjustment).
 */
public final class PersonComparator implements RecordComparator<PersonRecord> {
    private final Similarity similarity;
    private final FieldWeights givenName;
    private final FieldWeights familyName;
    private final FieldWeights dateOfBirth;
    private final FieldWeights personalId;
    private final FieldWeights sharedContact;
    private final FieldWeights gender;
    private final FieldWeights nationality;
    private final NameFrequencies frequencies;
    private final AddressComparator addresses;
    private final double addressWithoutNameMaxBits;
    /** The most a cross pair (given name against family name) can add: at any level, and at a level below exact. */
    private final double crossBest;
    private final double crossBestInexact;
    private final double nameOrderWeight;

    /**
     * @param addressWithoutNameMaxBits the most a shared address may add when no name agrees (exact, near or
     *                                  close): people housed together are not one person
     */
    public PersonComparator(Similarity similarity, Weights weights, NameFrequencies frequencies, double addressWithoutNameMaxBits) {
        this.similarity = similarity;
        this.givenName = weights.field("givenName");
        this.familyName = weights.field("familyName");
        this.dateOfBirth = weights.field("dateOfBirth");
        this.personalId = weights.field("personalId");
        this.sharedContact = weights.field("sharedContact");
        this.gender = weights.field("gender");
        this.nationality = weights.field("nationality");
        this.frequencies = frequencies;
        this.addresses = new AddressComparator(similarity, weights, "address.");
        this.addressWithoutNameMaxBits = addressWithoutNameMaxBits;
        double best = Double.NEGATIVE_INFINITY;
        double inexact = Double.NEGATIVE_INFINITY;
        for (Agreement level : Agreement.values()) {
            double w = crossWeight(level);
            best = Math.max(best, w);
            inexact = level == Agreement.EXACT ? inexact : Math.max(inexact, w);
        }
        this.crossBest = best;
        this.crossBestInexact = inexact;
        this.nameOrderWeight = weights.weight("nameOrder", Agreement.SWAPPED);
    }

    @Override
    public List<Comparison> compare(PersonRecord a, PersonRecord b) {
        List<Comparison> out = new ArrayList<>(12);
        List<Comparison> names = names(a, b);
        out.addAll(names);
        add(out, dateOfBirth, dates(a.dateOfBirth(), b.dateOfBirth()));
        add(out, personalId, personalIds(a.ids(), b.ids()));
        add(out, sharedContact, sharedContact(a.ids(), b.ids()));
        add(out, gender, equality(a.gender(), b.gender()));
        add(out, nationality, equality(a.nationality(), b.nationality()));
        out.addAll(capped(bestAddress(a.addresses(), b.addresses()), agree(names)));
        return out;
    }

    @Override
    public int touch(PersonRecord r) {
        int n = length(r.name().given()) + length(r.name().family()) + r.aliases().size();
        n += r.dateOfBirth() == null ? 0 : r.dateOfBirth().year();
        for (Id id : r.ids()) {
            n += length(id.value());
        }
        for (Address a : r.addresses()) {
            n += length(a.postcode()) + length(a.street()) + length(a.town());
        }
        return n;
    }

    /** The string's length and first character: reading the character brings its bytes in, which comparing reads. */
    private static int length(String s) {
        return s == null || s.isEmpty() ? 0 : s.length() + s.charAt(0);
    }

    /** Whether any of the names' comparisons agrees at least closely. */
    private static boolean agree(List<Comparison> names) {
        for (Comparison c : names) {
            if (c.level() == Agreement.EXACT || c.level() == Agreement.NEAR || c.level() == Agreement.CLOSE) {
                return true;
            }
        }
        return false;
    }

    /** Without a name in agreement, the address's weights are scaled down to add at most the cap; the levels stay. */
    private List<Comparison> capped(List<Comparison> address, boolean namesAgree) {
        double total = total(address);
        if (namesAgree || total <= addressWithoutNameMaxBits) {
            return address;
        }
        double positive = 0;
        for (Comparison c : address) {
            positive += Math.max(0, c.weight());
        }
        // the agreements shrink, the disagreements stay, and together they add up to the cap
        double scale = (addressWithoutNameMaxBits - (total - positive)) / positive;
        List<Comparison> out = new ArrayList<>(address.size());
        for (Comparison c : address) {
            out.add(new Comparison(c.field(), c.level(), c.weight() > 0 ? c.weight() * scale : c.weight()));
        }
        return out;
    }

    private List<Comparison> names(PersonRecord a, PersonRecord b) {
        List<Comparison> best = List.of();
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (NamePair na : variants(a)) {
            for (NamePair nb : variants(b)) {
                List<Comparison> straight = namePair(na, nb, false);
                double w = total(straight);
                if (w > bestWeight) {
                    bestWeight = w;
                    best = straight;
                }
                // the swapped order only wins by scoring more, which it cannot when its bound is no more:
                // namesakes agree exactly in the right order, and their crossed names need no Jaro-Winkler then
                if (w < swappedBound(na, nb)) {
                    List<Comparison> swapped = namePair(na, nb, true);
                    double ws = total(swapped);
                    if (ws > bestWeight) {
                        bestWeight = ws;
                        best = swapped;
                    }
                }
            }
        }
        return best;
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

    List<Comparison> namePair(NamePair a, NamePair b, boolean swapped) { // package-private for tests
        List<Comparison> out = new ArrayList<>(3);
        if (!swapped) {
            Agreement given = givenName(a.given(), a.givenSound(), b.given(), b.givenSound());
            Agreement family = similarity.text(a.family(), a.familySound(), b.family(), b.familySound());
            // a name's frequency is looked up only when it agrees exactly, the one level it discounts
            if (given != null) {
                out.add(name(givenName, given, given == Agreement.EXACT ? frequencies.given(a.given()) : 0));
            }
            if (family != null) {
                out.add(name(familyName, family, family == Agreement.EXACT ? frequencies.family(a.family()) : 0));
            }
            return out;
        }
        // Swapped: each cross pair is worth the mean of its given-name and family-name weights,
        // so that comparing a with b scores exactly as comparing b with a.
        crossed(out, "givenName~familyName", givenName(a.given(), a.givenSound(), b.family(), b.familySound()), a.given());
        crossed(out, "familyName~givenName", givenName(a.family(), a.familySound(), b.given(), b.givenSound()), a.family());
        if (!out.isEmpty()) {
            out.add(new Comparison("nameOrder", Agreement.SWAPPED, nameOrderWeight));
        }
        return out;
    }

    /**
     * The most {@code namePair(a, b, true)} can total, summed in the same order so that rounding cannot
     * put it below the real total: a cross pair of names spelt differently cannot agree exactly.
     */
    double swappedBound(NamePair a, NamePair b) {
        double bound = 0;
        boolean any = false;
        for (int i = 0; i < 2; i++) {
            String x = i == 0 ? a.given() : a.family();
            String y = i == 0 ? b.family() : b.given();
            if (x != null && y != null) {
                bound += Similarity.exact(x, y) ? crossBest : crossBestInexact;
                any = true;
            }
        }
        return any ? bound + nameOrderWeight : 0;
    }

    private double crossWeight(Agreement level) {
        return (givenName.weight(level) + familyName.weight(level)) / 2;
    }

    /** A cross pair is worth the mean of the two fields' weights, discounted like any exact agreement on a common name. */
    private void crossed(List<Comparison> out, String field, Agreement level, String name) {
        if (level != null) {
            double w = crossWeight(level);
            if (level == Agreement.EXACT) {
                double frequency = Math.max(frequencies.given(name), frequencies.family(name));
                w += discount((givenName.u(level) + familyName.u(level)) / 2, frequency);
            }
            out.add(new Comparison(field, level, w));
        }
    }

    private Agreement givenName(String a, String soundA, String b, String soundB) {
        if (a == null || b == null) {
            return null;
        }
        boolean initialA = a.length() == 1;
        boolean initialB = b.length() == 1;
        if (initialA || initialB) {
            return a.charAt(0) == b.charAt(0) ? Agreement.INITIAL : Agreement.DIFFERENT;
        }
        return similarity.text(a, soundA, b, soundB);
    }

    /** A name agreeing at a level, with the discount for its frequency (0 for a name not looked up). */
    private static Comparison name(FieldWeights field, Agreement level, double frequency) {
        return new Comparison(field.field(), level, field.weight(level) + discount(field.u(level), frequency));
    }

    /**
     * Exact agreement on a common name is worth less: log2(u / frequency), never a bonus (u is never
     * negative, so a frequency of 0 gives no discount).
     */
    private static double discount(double u, double frequency) {
        return frequency > u ? Weights.log2(u / frequency) : 0;
    }

    static Agreement dates(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.year() != b.year() && !(a.isFull() && b.isFull())) {
            return Agreement.DIFFERENT;
        }
        if (!a.isFull() || !b.isFull()) {
            boolean monthsAgree = a.month() == 0 || b.month() == 0 || a.month() == b.month();
            return monthsAgree ? Agreement.WEAK : Agreement.DIFFERENT;
        }
        boolean weak = a.impossible() || b.impossible();
        if (a.year() == b.year() && a.month() == b.month() && a.day() == b.day()) {
            return weak ? Agreement.CLOSE : Agreement.EXACT;
        }
        if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()) {
            return Agreement.NEAR;
        }
        int same = (a.year() == b.year() ? 1 : 0) + (a.month() == b.month() ? 1 : 0) + (a.day() == b.day() ? 1 : 0);
        if (same == 2) {
            return Agreement.CLOSE;
        }
        return Agreement.DIFFERENT;
    }

    private static Agreement personalIds(List<Id> a, List<Id> b) {
        Agreement best = null;
        for (Id x : a) {
            if (!Identifiers.personal(x.type())) {
                continue;
            }
            for (Id y : b) {
                if (x.type() == y.type()) {
                    best = AddressComparator.better(best, Similarity.code(x.value(), y.value()));
                }
            }
        }
        return best;
    }

    /** A shared phone, e-mail, vehicle or bank account. Sharing is evidence; not sharing is no evidence at all. */
    private static Agreement sharedContact(List<Id> a, List<Id> b) {
        for (Id x : a) {
            if (!Identifiers.personal(x.type()) && b.contains(x)) {
                return Agreement.EXACT;
            }
        }
        return null;
    }

    private static Agreement equality(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        return a.equals(b) ? Agreement.EXACT : Agreement.DIFFERENT;
    }

    private List<Comparison> bestAddress(List<Address> a, List<Address> b) {
        List<Comparison> best = List.of();
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (Address x : a) {
            for (Address y : b) {
                List<Comparison> c = addresses.compare(x, y);
                double w = total(c);
                if (w > bestWeight) {
                    bestWeight = w;
                    best = c;
                }
            }
        }
        return best;
    }

    static double total(List<Comparison> comparisons) {
        double w = 0;
        for (int i = 0; i < comparisons.size(); i++) {
            w += comparisons.get(i).weight();
        }
        return w;
    }

    private static void add(List<Comparison> out, FieldWeights field, Agreement level) {
        if (level != null) {
            out.add(field.at(level));
        }
    }
}
