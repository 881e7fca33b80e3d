package org.crosslink.store;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.undo.UndoLog;

/** A list of rows to write whose every addition can be taken back through the batch's undo log. */
public final class UndoableList<T> {
    private final List<T> items = new ArrayList<>();
    private final UndoLog undo;

    public UndoableList(UndoLog undo) {
        this.undo = undo;
    }

    public void add(T item) {
        items.add(item);
        undo.push(() -> items.remove(items.size() - 1));
    }

    /** Replaces the item at a position (a row not yet written, updated in place). */
    public void set(int index, T item) {
        T before = items.set(index, item);
        undo.push(() -> items.set(index, before));
    }

    public List<T> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }
}
