package org.crosslink.resolve.block;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The two key sets a blocker builds in one pass, each in the order its keys came, without repeats. */
final class KeySets {
    private final Set<String> file = new LinkedHashSet<>();
    private final Set<String> query = new LinkedHashSet<>();

    /** A key the record is filed under and looks up. */
    void both(String key) {
        file.add(key);
        query.add(key);
    }

    void file(String key) {
        file.add(key);
    }

    void query(String key) {
        query.add(key);
    }

    Blocker.Keys done() {
        return new Blocker.Keys(List.copyOf(file), List.copyOf(query));
    }
}
