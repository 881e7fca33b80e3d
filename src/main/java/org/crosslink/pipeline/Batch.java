package org.crosslink.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crosslink.store.UndoableList;
import org.crosslink.store.WriteSet;
import org.crosslink.undo.UndoLog;

/**
 * One batch of messages taken from the inbound queues, processed together and committed in one
 * database transaction and then one broker transaction. It carries the rows to write, the messages
 * to send, and the undo log that takes everything back if the batch, or one item, fails.
 */
public final class Batch {
    private final List<Item> items = new ArrayList<>();
    private final UndoLog undo = new UndoLog();
    private final WriteSet writes = new WriteSet(undo);
    private final UndoableList<Outgoing> outgoing = new UndoableList<>(undo);
    private final Instant receivedAt;
    private boolean begun;
    private long mentionIdsAtBegin;
    private long eventIdsAtBegin;

    public Batch(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public List<Item> items() {
        return items;
    }

    public void add(Item item) {
        items.add(item);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public UndoLog undo() {
        return undo;
    }

    public WriteSet writes() {
        return writes;
    }

    /** Messages to send in the broker transaction that acknowledges the batch. */
    public UndoableList<Outgoing> outgoing() {
        return outgoing;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The id counters when the batch began: what undoing it sets them back to. */
    void begun(long mentionIds, long eventIds) {
        begun = true;
        mentionIdsAtBegin = mentionIds;
        eventIdsAtBegin = eventIds;
    }

    boolean begun() {
        return begun;
    }

    long mentionIdsAtBegin() {
        return mentionIdsAtBegin;
    }

    long eventIdsAtBegin() {
        return eventIdsAtBegin;
    }

    public long count(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
