package org.crosslink.resolve.block;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The two key sets a blocker builds in one pass, each in the order its keys came, without repeats. */
final class KeySets {
    private final Set<String> file = new LinkedHashSet<>();
    private final Set<String> query;

    /** @param withQuery false when only the filing keys are wanted (taking a mention out, loading one) */
    KeySets(boolean withQuery) {
        query = withQuery ? new LinkedHashSet<>() : null;
    }

    /** A key the record is filed under and looks up. */
    void both(String key) {
        file.add(key);
        query(key);
    }

    void file(String key) {
        file.add(key);
    }

    void query(String key) {
        if (query != null) {
            query.add(key);
        }
    }

    /**
     * A key through which a record that lacks something (a full date of birth, one of its names, a postcode) meets
     * the records that have it, without those meeting each other through it: a complete record files under
     * {@code all} and looks only among the incomplete ones ({@code incomplete}); an incomplete one files under both
     * and looks among all.
     */
    void lacking(String all, String incomplete, boolean complete) {
        file(all);
        if (complete) {
            query(incomplete);
        } else {
            query(all);
            file(incomplete);
        }
    }

    Blocker.Keys done() {
        return new Blocker.Keys(List.copyOf(file), query == null ? List.of() : List.copyOf(query));
    }
}
