package org.crosslink.resolve.compare;

import java.util.Map;

/**
 * Whether a store's people live in households, learned from how its records of one family name at one address
 * differ. Members of a household differ in given name and date of birth both. Twins differ in given name alone,
 * and a father and son of one name in date alone, but they are a few of a household's pairs: a family of two
 * parents and three children has ten, at most one of them twins. So where records that differ in one of the two
 * outnumber those that differ in both, most of them cannot be kin: they are one person whose given name or date
 * was written wrongly or replaced, and a different given name (or date) alone does not hold two records at one
 * address apart there; the score decides. Where households are seen, or the store is too small to tell, it does;
 * and it always does between two addresses, where namesakes are many whether people live in households or not.
 *
 * <p>Counted over the pairs blocking brings together when a model is trained. The starting model, and a model
 * trained before this was learned, assume households ({@link #ASSUMED}).
 *
 * @param bothDiffer       pairs of one family name and address whose given names and dates of birth both differ
 * @param givenNameAlone   pairs of one family name, address and date of birth whose given names differ
 * @param dateOfBirthAlone pairs of one family name, address and given name whose dates of birth differ
 */
public record Households(long bothDiffer, long givenNameAlone, long dateOfBirthAlone) {
    /** No pairs counted: a single difference holds apart, as in a store of families. */
    public static final Households ASSUMED = new Households(0, 0, 0);
    /** Below this many pairs that differ in one field, a store is too small to say households are absent. */
    static final long MIN_PAIRS = 10;

    public Households {
        if (bothDiffer < 0 || givenNameAlone < 0 || dateOfBirthAlone < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Whether a different given name alone holds two records at one address apart. */
    public boolean givenNameHoldsApart() {
        return mayBeKin(givenNameAlone);
    }

    /** Whether a different date of birth alone holds two records at one address apart. */
    public boolean dateHoldsApart() {
        return mayBeKin(dateOfBirthAlone);
    }

    /**
     * Whether the store shows households: at least ten pairs at one address that differ in given name and date of
     * birth both, and neither single difference more common. Not so for a store too small to tell.
     */
    public boolean present() {
        return bothDiffer >= MIN_PAIRS && givenNameHoldsApart() && dateHoldsApart();
    }

    /** Whether pairs that differ in one field alone may be kin: too few to tell, or no more than a household's members. */
    private boolean mayBeKin(long alone) {
        return alone < MIN_PAIRS || alone <= bothDiffer;
    }

    /** Counts one pair's levels (field to level, as a model is trained on) when the two share a family name and address. */
    public Households plus(Map<String, Agreement> levels) {
        if (levels.get("familyName") != Agreement.EXACT || !sameAddress(levels)) {
            return this;
        }
        Agreement given = levels.get("givenName");
        Agreement date = levels.get("dateOfBirth");
        if (given == Agreement.DIFFERENT && date == Agreement.DIFFERENT) {
            return new Households(bothDiffer + 1, givenNameAlone, dateOfBirthAlone);
        }
        if (given == Agreement.DIFFERENT && date == Agreement.EXACT) {
            return new Households(bothDiffer, givenNameAlone + 1, dateOfBirthAlone);
        }
        if (given == Agreement.EXACT && date == Agreement.DIFFERENT) {
            return new Households(bothDiffer, givenNameAlone, dateOfBirthAlone + 1);
        }
        return this;
    }

    private static boolean sameAddress(Map<String, Agreement> levels) {
        return sameAddress(levels.get("address.postcode"), levels.get("address.street"));
    }

    /**
     * Whether two records are at one address: a postcode or street that agrees exactly, and neither that disagrees
     * (a level is null where either lacks the part). A house number may differ: it is the part most often mistyped.
     */
    static boolean sameAddress(Agreement postcode, Agreement street) {
        if (postcode == Agreement.DIFFERENT || street == Agreement.DIFFERENT) {
            return false;
        }
        return postcode == Agreement.EXACT || street == Agreement.EXACT;
    }

    /** One line for notes and logs. */
    public String summary() {
        return String.format("%d pairs at one address differ in given name and date of birth, %d in given name alone, "
                        + "%d in date alone: %s", bothDiffer, givenNameAlone, dateOfBirthAlone, rule());
    }

    private String rule() {
        return rule(givenNameHoldsApart(), dateHoldsApart());
    }

    /** Which single difference holds two records apart, in words: for the summaries of the store's counts. */
    static String rule(boolean givenNameHolds, boolean dateHolds) {
        if (givenNameHolds && dateHolds) {
            return "either alone holds apart";
        }
        if (!givenNameHolds && !dateHolds) {
            return "neither alone holds apart";
        }
        return givenNameHolds ? "a given name alone holds apart, a date alone does not"
                : "a date alone holds apart, a given name alone does not";
    }
}
