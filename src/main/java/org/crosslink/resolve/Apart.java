package org.crosslink.resolve;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Comparison;
import org.crosslink.resolve.compare.Contradiction;
import org.crosslink.resolve.compare.RecordComparator;

/** What the clusterer asks of the comparator to keep people apart. */
interface Apart<R> {
    /** How strongly two records say they are two people. */
    Contradiction between(R a, R b);

    /**
     * Whether a record bears every field on which two others contradict each other: then how it compares with
     * each says which of the two it is; without one of those fields, it cannot say.
     */
    boolean bears(R r, R a, R b);

    /** The fields on which two records contradict each other; empty when they do not. */
    Set<String> fields(R a, R b);

    /**
     * How a record compares with another on the given fields: 1 when it agrees on all of them (exactly, but for a
     * slip, or as a nickname), -1 when it disagrees on one, 0 otherwise (a date one whole part of which differs, an
     * initial, a field either lacks): a partial agreement is what two namesakes' records show too.
     */
    int agreement(R r, R other, Set<String> fields);

    /** The levels that count as agreeing on a field a contradiction is about. */
    Set<Agreement> AGREE = EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.NICKNAME);

    /** The rules of one comparator: the starting model's, whatever model scores the links later. */
    static <R> Apart<R> by(RecordComparator<R> comparator) {
        return new Apart<>() {
            @Override
            public Contradiction between(R a, R b) {
                return comparator.contradiction(a, b, comparator.compare(a, b));
            }

            @Override
            public Set<String> fields(R a, R b) {
                return comparator.contradictingFields(a, b, comparator.compare(a, b));
            }

            @Override
            public int agreement(R r, R other, Set<String> fields) {
                int agreed = 0;
                for (Comparison c : comparator.compare(r, other)) {
                    if (fields.contains(c.field())) {
                        if (c.level() == Agreement.DIFFERENT) {
                            return -1;
                        }
                        agreed += AGREE.contains(c.level()) ? 1 : 0;
                    }
                }
                return agreed == fields.size() ? 1 : 0;
            }

            @Override
            public boolean bears(R r, R a, R b) {
                Set<String> apart = comparator.contradictingFields(a, b, comparator.compare(a, b));
                Set<String> borne = new HashSet<>();
                for (Comparison c : comparator.compare(r, a)) {
                    borne.add(c.field());
                }
                return borne.containsAll(apart);
            }
        };
    }
}
