package org.crosslink.resolve.compare;

/**
 * How far two values agree: the comparison levels of the Fellegi–Sunter model. Each field uses
 * the levels that make sense for it; each (field, level) has its own m and u probabilities in
 * {@code config/resolution.yaml}.
 */
public enum Agreement {
    /** Equal after normalisation. */
    EXACT,
    /** Equal but for a slip: one edit, a swapped day and month, Jaro–Winkler at or above the near threshold. */
    NEAR,
    /** Similar: Jaro–Winkler at or above the close threshold, or one date part different. */
    CLOSE,
    /** Different spelling, same sound (Double Metaphone), or only what a partial value gives agrees. */
    WEAK,
    /** An initial agrees with a name. */
    INITIAL,
    /** Given and family names agree only when swapped. */
    SWAPPED,
    /** Both present and they disagree. */
    DIFFERENT
}
