package org.crosslink.resolve.block;

import java.util.List;

/**
 * Candidate selection: the blocking keys a record is filed under. Two records are compared when a
 * query key of one is an index key of the other. Keys are plain strings (they are stored with the
 * mention); the index keeps only their 64-bit hashes.
 */
public interface Blocker<R> {
    /** Keys the record is filed under. */
    List<String> keys(R record);

    /** Keys to look up for a new record; by default its own keys. Must be symmetric with {@link #keys}. */
    default List<String> queryKeys(R record) {
        return keys(record);
    }

    /** Both sets at once, as a new mention needs them; a blocker builds them in one pass where it can. */
    default Keys both(R record) {
        return new Keys(keys(record), queryKeys(record));
    }

    /** A record's keys: those it is filed under, and those it looks up. */
    record Keys(List<String> file, List<String> query) {
    }
}
