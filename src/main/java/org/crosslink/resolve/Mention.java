package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.model.MentionKey;
import org.crosslink.model.ReportKey;

/**
 * One mention in the resolution index: its record, the blocking keys it is filed under, its links
 * and the entity it belongs to. {@code meta} is what the alert rules need to know of it.
 */
public final class Mention<R> {
    final int index;
    final long id;
    final MentionKey key;
    final int revision;
    /** The report's hash, held here so that telling two reports apart does not wait on their keys in memory. */
    private final int reportHash;
    final long seq;
    final R record;
    final Object meta;
    // most mentions never link: they share one empty list until their first edge
    List<Edge> edges = List.of();
    Entity<R> entity;

    Mention(int index, long id, MentionKey key, int revision, long seq, R record, Object meta) {
        this.index = index;
        this.id = id;
        this.key = key;
        this.revision = revision;
        this.reportHash = key.report().hashCode();
        this.seq = seq;
        this.record = record;
        this.meta = meta;
    }

    public long id() {
        return id;
    }

    public MentionKey key() {
        return key;
    }

    public int revision() {
        return revision;
    }

    public long seq() {
        return seq;
    }

    public R record() {
        return record;
    }

    public Object meta() {
        return meta;
    }

    public Entity<R> entity() {
        return entity;
    }

    public List<Edge> edges() {
        return edges;
    }

    void addEdge(Edge e) {
        if (!(edges instanceof ArrayList)) {
            edges = new ArrayList<>(2);
        }
        edges.add(e);
    }

    void removeEdge(Edge e) {
        if (!edges.isEmpty()) {
            edges.remove(e);
        }
    }

    /** Mentions of one revision of one report are different people or places by definition. */
    boolean sameReportRevision(Mention<?> other) {
        if (revision != other.revision || reportHash != other.reportHash) {
            return false;
        }
        ReportKey mine = key.report();
        ReportKey theirs = other.key.report();
        return mine == theirs || mine.equals(theirs);
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
