package org.crosslink.resolve.compare;

import java.util.List;

/** Compares two normalised records field by field. Must be symmetric: compare(a, b) scores as compare(b, a). */
public interface RecordComparator<R> {
    List<Comparison> compare(R a, R b);
}
