package org.crosslink.undo;

import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory side of a transaction: every change to the resolution index pushes the action that
 * reverses it. A report that fails is rolled back to its mark; a batch whose database commit fails is
 * rolled back to its first mark; a committed batch clears the log.
 */
public final class UndoLog {
    private final List<Runnable> actions = new ArrayList<>();

    public void push(Runnable undo) {
        actions.add(undo);
    }

    public int mark() {
        return actions.size();
    }

    /** Reverses every change made since the mark, newest first. */
    public void rollbackTo(int mark) {
        for (int i = actions.size() - 1; i >= mark; i--) {
            actions.remove(i).run();
        }
    }

    public void clear() {
        actions.clear();
    }

    public int size() {
        return actions.size();
    }
}
