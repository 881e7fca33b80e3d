package org.crosslink.resolve;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Comparison;
import org.crosslink.resolve.compare.Contradiction;
import org.crosslink.resolve.compare.RecordComparator;

/** What the clusterer asks of the comparator to keep people apart. */
interface Apart<R> {
    /** The levels that count as agreeing on a field a contradiction is about. */
    Set<Agreement> AGREE = EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.NICKNAME);
    /** The levels that count as support within a cluster: agreement, or a partial value agreeing as far as it goes. */
    Set<Agreement> SUPPORT = EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.NICKNAME, Agreement.WEAK);

    /** How strongly two records say they are two people, and the fields on which they say it. */
    record Between(Contradiction strength, Set<String> fields) {
        static final Between NONE = new Between(Contradiction.NONE, Set.of());
    }

    /** How two records contradict each other, from one comparison of the two. */
    Between between(R a, R b);

    /**
     * Whether a record bears all the given fields, which {@code other} has: then how it compares with two records
     * that disagree on them says which of the two it is; without one of them, it cannot say, nor with an initial
     * where the other has a given name.
     */
    boolean bears(R r, R other, Set<String> fields);

    /**
     * How a record compares with another on the given fields: 1 when it agrees on all of them at one of the
     * {@code agreeing} levels ({@link #AGREE}: exactly, but for a slip, or as a nickname), -1 when it disagrees on
     * one, 0 otherwise (a date one whole part of which differs, an initial, a field either lacks): a partial
     * agreement is what two namesakes' records show too.
     */
    int agreement(R r, R other, Set<String> fields, Set<Agreement> agreeing);

    /**
     * Whether a record disagrees with another on one of the given fields, names compared across the name order
     * counting as both names (Asif AKRAM against Muhammad ASIF: the given names disagree whichever way they are read).
     */
    default boolean disagrees(R r, R other, Set<String> fields) {
        return agreement(r, other, fields, AGREE) < 0;
    }

    /** Whether two records agree on something a family of one name does not share (see {@link RecordComparator#householdAlone}). */
    default boolean tells(R a, R b) {
        return true;
    }

    /** The rules of one comparator: the starting model's, whatever model scores the links later. */
    static <R> Apart<R> by(RecordComparator<R> comparator) {
        return new Apart<>() {
            @Override
            public Between between(R a, R b) {
                List<Comparison> comparisons = comparator.compare(a, b);
                Contradiction strength = comparator.contradiction(a, b, comparisons);
                return strength == Contradiction.NONE ? Between.NONE
                        : new Between(strength, comparator.contradictingFields(a, b, comparisons));
            }

            @Override
            public boolean tells(R a, R b) {
                return !comparator.householdAlone(comparator.compare(a, b));
            }

            @Override
            public boolean bears(R r, R other, Set<String> fields) {
                Set<String> borne = new HashSet<>();
                for (Comparison c : comparator.compare(r, other)) {
                    if (c.level() != Agreement.INITIAL) {
                        borne.add(c.field()); // K. is no given name between Kian and Kyle: it fits both
                    }
                }
                return borne.containsAll(fields);
            }

            @Override
            public boolean disagrees(R r, R other, Set<String> fields) {
                for (Comparison c : comparator.compare(r, other)) {
                    int cross = c.field().indexOf('~');
                    // names read across the order are one: either cross pair disagreeing is the names disagreeing
                    boolean about = cross < 0 ? fields.contains(c.field())
                            : fields.contains(c.field().substring(0, cross)) || fields.contains(c.field().substring(cross + 1));
                    if (about && c.level() == Agreement.DIFFERENT) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public int agreement(R r, R other, Set<String> fields, Set<Agreement> agreeing) {
                int agreed = 0;
                for (Comparison c : comparator.compare(r, other)) {
                    if (fields.contains(c.field())) {
                        if (c.level() == Agreement.DIFFERENT) {
                            return -1;
                        }
                        agreed += agreeing.contains(c.level()) ? 1 : 0;
                    }
                }
                return agreed == fields.size() ? 1 : 0;
            }
        };
    }
}
