package org.crosslink.resolve.compare;

import java.util.Map;

import org.crosslink.resolve.normalise.Identifiers;

/**
 * How often one person's records disagree in a field, learned from the pairs the store itself ties together: those
 * that share an e-mail address or a personal identifier exactly. A different given name or date of birth alone
 * holds two records apart because, in most stores, one person's records seldom disagree there, so a disagreement
 * more likely means a second person of the name. Where the store shows, with confidence, that more than one such
 * pair in ten disagrees (heavily corrupted or badly kept records), that reasoning fails: a single difference there
 * is as likely a slip, and the score, not a veto, decides. Two differences at once, a different gender or a
 * different personal identifier still hold apart.
 *
 * <p>Counted over the pairs blocking brings together when a model is trained. In a store of families the pairs tied
 * by an identifier almost never disagree (households share phones and addresses, not passports), so the rule holds
 * there. The starting model, and a model trained before this was learned, assume slips are rare ({@link #ASSUMED}).
 *
 * @param datesCompared      tied pairs that both bear a date of birth
 * @param datesDiffer        of those, the pairs whose dates differ (in two parts or more)
 * @param givenNamesCompared tied pairs that both bear a given name
 * @param givenNamesDiffer   of those, the pairs whose given names differ (not a slip, nickname or initial)
 */
public record Slips(long datesCompared, long datesDiffer, long givenNamesCompared, long givenNamesDiffer) {
    /** Nothing counted: a single difference holds apart. */
    public static final Slips ASSUMED = new Slips(0, 0, 0, 0);
    /**
     * The share of one person's pairs that may disagree in a field before a disagreement there stops holding two
     * records apart: the weak-contradiction rules of the clusterer assume a disagreement is one record's rare slip.
     */
    static final double COMMON = 0.10;
    /** The normal quantile of a one-sided 97.5% bound: a share must be above {@link #COMMON} with that confidence. */
    private static final double Z = 1.96;

    public Slips {
        if (datesCompared < 0 || givenNamesCompared < 0 || datesDiffer < 0 || givenNamesDiffer < 0
                || datesDiffer > datesCompared || givenNamesDiffer > givenNamesCompared) {
            throw new IllegalArgumentException("counts must not be negative, nor those that differ more than those compared");
        }
    }

    /** Whether a different date of birth alone holds two records apart. */
    public boolean dateHoldsApart() {
        return !common(datesDiffer, datesCompared);
    }

    /** Whether a different given name alone holds two records apart. */
    public boolean givenNameHoldsApart() {
        return !common(givenNamesDiffer, givenNamesCompared);
    }

    /** Whether the lower bound of the share's 95% Wilson interval is above {@link #COMMON}: a few pairs prove nothing. */
    static boolean common(long differ, long compared) {
        return compared > 0 && wilsonLower(differ, compared) > COMMON;
    }

    static double wilsonLower(long k, long n) {
        double p = (double) k / n;
        double z2 = Z * Z;
        double centre = p + z2 / (2.0 * n);
        double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return (centre - spread) / (1 + z2 / n);
    }

    /** Counts one pair's levels (field to level, as a model is trained on) when an identifier ties the two. */
    public Slips plus(Map<String, Agreement> levels) {
        if (!tied(levels)) {
            return this;
        }
        Agreement date = levels.get("dateOfBirth");
        Agreement given = levels.get("givenName");
        return new Slips(datesCompared + (date == null ? 0 : 1), datesDiffer + (date == Agreement.DIFFERENT ? 1 : 0),
                givenNamesCompared + (given == null ? 0 : 1), givenNamesDiffer + (given == Agreement.DIFFERENT ? 1 : 0));
    }

    /** Whether the two share an e-mail address or a personal identifier exactly: a pair the comparator never holds apart. */
    private static boolean tied(Map<String, Agreement> levels) {
        for (Map.Entry<String, Agreement> e : levels.entrySet()) {
            if (e.getValue() == Agreement.EXACT && (e.getKey().equals("email") || Identifiers.isPersonalField(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /** One line for notes and logs. */
    public String summary() {
        return String.format("of the pairs an identifier ties, %d of %d differ in date of birth, %d of %d in given name: %s",
                datesDiffer, datesCompared, givenNamesDiffer, givenNamesCompared,
                Households.rule(givenNameHoldsApart(), dateHoldsApart()));
    }
}
