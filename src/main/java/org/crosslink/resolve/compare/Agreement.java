package org.crosslink.resolve.compare;

/**
 * How far two values agree: the comparison levels of the Fellegi–Sunter model. Each field uses
 * the levels that make sense for it; each (field, level) has its own m and u probabilities in the model
 * ({@code config/resolution.yaml} for an empty store, a trained model file after that). Declared from the
 * strongest agreement to the weakest, so that the ordinal ranks alternatives.
 */
public enum Agreement {
    /** Equal after normalisation. */
    EXACT,
    /**
     * Equal but for a slip: one edit in a name of four letters or more, Jaro–Winkler at or above the near
     * threshold, part of a longer name (a second given name, one half of a double-barrelled family name);
     * in a date, day and month swapped or one digit mistyped.
     */
    NEAR,
    /** One name is a known nickname or diminutive of the other (Ted and Edward, Sasha and Oleksandr). */
    NICKNAME,
    /**
     * Similar: Jaro–Winkler at or above the close threshold; in a date of birth, a partial date (a year, a year and
     * month) that agrees with the other but for a slip in the year.
     */
    CLOSE,
    /** A date of birth whose year and month agree and whose day does not. */
    DAY_DIFFERS,
    /** A date of birth whose year and day agree and whose month does not. */
    MONTH_DIFFERS,
    /** A date of birth whose month and day agree and whose year does not. */
    YEAR_DIFFERS,
    /** Different spelling, same sound (Double Metaphone), or only what a partial value gives agrees. */
    WEAK,
    /** An initial agrees with a name, or initials with initials. */
    INITIAL,
    /** Given and family names agree only when swapped. */
    SWAPPED,
    /** Both present and they disagree. */
    DIFFERENT
}
