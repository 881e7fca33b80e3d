package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.List;

/** A resolved person or place: the mentions judged to be the same. Its id outlives merges into it. */
public final class Entity<R> {
    final String id;
    final long createdSeq;
    final List<Mention<R>> members = new ArrayList<>(2);
    boolean active;
    String mergedInto;

    Entity(String id, long createdSeq) {
        this.id = id;
        this.createdSeq = createdSeq;
        this.active = true;
    }

    public String id() {
        return id;
    }

    public long createdSeq() {
        return createdSeq;
    }

    /** The current members; do not modify. */
    public List<Mention<R>> members() {
        return members;
    }

    public boolean isActive() {
        return active;
    }

    /** For a retired entity, the entity it was merged into, if any. */
    public String mergedInto() {
        return mergedInto;
    }

    @Override
    public String toString() {
        return id;
    }
}
