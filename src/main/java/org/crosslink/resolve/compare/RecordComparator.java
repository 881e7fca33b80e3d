package org.crosslink.resolve.compare;

import java.util.List;
import java.util.Set;

/** Compares two normalised records field by field. Must be symmetric: compare(a, b) scores as compare(b, a). */
public interface RecordComparator<R> {
    List<Comparison> compare(R a, R b);

    /**
     * Why two records compared so cannot be one, whatever their total: a strong contradiction in what is a
     * person's own. Null when nothing holds them apart, the default. A pair held apart is never a match; whether
     * two entities holding such a pair between them may still join is {@link #contradiction}'s to say.
     */
    default String heldApart(R a, R b, List<Comparison> comparisons) {
        return null;
    }

    /**
     * How strongly two records compared so say they are two people: {@link Contradiction#STRONG} keeps their
     * entities apart whatever else links them; {@link Contradiction#WEAK} only when the links are fewer. The
     * default treats every reason to hold a pair apart as strong.
     */
    default Contradiction contradiction(R a, R b, List<Comparison> comparisons) {
        return heldApart(a, b, comparisons) == null ? Contradiction.NONE : Contradiction.STRONG;
    }

    /**
     * The fields on which two records contradict each other (empty when they do not): a third record that bears
     * all of them is evidence of which of the two it is; one that lacks one cannot say. The default names none.
     */
    default Set<String> contradictingFields(R a, R b, List<Comparison> comparisons) {
        return Set.of();
    }

    /**
     * Whether two records compared so are a question for a person however little else agrees: one identity
     * document under two names is a false identity given by a trafficker, or papers handed round, and a
     * coordinator should see it. The resolver keeps such a pair, not held apart, as a possible match. The default
     * asks nothing.
     */
    default boolean forReview(List<Comparison> comparisons) {
        return false;
    }

    /**
     * Whether two records compared so are of another identity altogether, whatever documents they share: then a
     * match on those documents is a question for a person (papers stolen together, or handed round), not a join.
     * The records are given as well as their comparisons, for an alias may be whose the document is. The default
     * finds none.
     */
    default boolean anotherIdentity(R a, R b, List<Comparison> comparisons) {
        return false;
    }

    /**
     * Whether two records compared so are of two house-mates of one given name: their family names disagree, and
     * all that agrees besides is what people of one house share (the house, a phone handed round). However high
     * the total, that is a question for a person, not a join. The default finds none.
     */
    default boolean houseMates(List<Comparison> comparisons) {
        return false;
    }

    /**
     * Whether two records compared so agree on nothing that a namesake would not share: a possible match on a
     * name alone (a common name, no date of birth, nothing else in common) is a question no coordinator can
     * answer, and the resolver does not ask it. The default finds every pair worth asking about.
     */
    default boolean nameAlone(List<Comparison> comparisons) {
        return false;
    }

    /**
     * Whether two records compared so agree on nothing but what a family of one name shares: its names, gender,
     * nationality and house. Such agreement does not tell a father from his son of one name; the default finds
     * every agreement telling.
     */
    default boolean householdAlone(List<Comparison> comparisons) {
        return false;
    }

    /**
     * Reads the parts of a record that a comparison reads first, and returns a number made from them. The
     * resolver calls it for all of a mention's candidates before comparing any, so that the CPU fetches
     * their records from memory together instead of one at a time; the default reads nothing.
     */
    default int touch(R record) {
        return 0;
    }
}
