package org.crosslink.resolve.compare;

/**
 * How strongly two mentions say they are two people. A pair that contradicts at all is never a match; what the
 * strength decides is whether a chain of matches may still put the two into one entity.
 */
public enum Contradiction {
    /** Nothing of a person's own disagrees. */
    NONE,
    /**
     * One thing of a person's own disagrees (the given name, or the date of birth, or the gender), which one bad
     * record can explain: a chain of good matches may still join them, if the matches outnumber such doubts.
     */
    WEAK,
    /**
     * Two such things disagree (a father and his son: given name and date of birth), or a reliable personal
     * identifier does (two passports): nothing joins them.
     */
    STRONG
}
