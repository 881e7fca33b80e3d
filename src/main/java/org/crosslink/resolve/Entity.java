package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.List;

/** A resolved person or place: the mentions judged to be the same. Its id outlives merges into it. */
public final class Entity<R> {
    final String id;
    final long createdSeq;
    // most entities have one mention: it is held in an immutable one-element list until a second joins
    List<Mention<R>> members = List.of();
    boolean active;
    String mergedInto;

    Entity(String id, long createdSeq) {
        this.id = id;
        this.createdSeq = createdSeq;
        this.active = true;
    }

    void addMember(Mention<R> m) {
        if (members.isEmpty()) {
            members = List.of(m);
            return;
        }
        if (!(members instanceof ArrayList)) {
            members = new ArrayList<>(members);
        }
        members.add(m);
    }

    void removeMember(Mention<R> m) {
        if (members instanceof ArrayList) {
            members.remove(m);
        } else if (members.contains(m)) {
            members = List.of();
        }
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
