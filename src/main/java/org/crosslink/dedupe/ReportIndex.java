package org.crosslink.dedupe;

import java.util.Collection;
import java.util.Map;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.crosslink.model.ReportKey;
import org.crosslink.undo.UndoLog;

/**
 * The current revision of every report, in memory (loaded from the database at start): dedupe decides
 * with it, and the alert rules read report facts from it. Changes are undoable with the batch.
 */
public final class ReportIndex {
    private final Map<ReportKey, ReportEntry> entries = new Object2ObjectOpenHashMap<>(); // open addressing: no node an entry

    public ReportEntry get(ReportKey key) {
        return entries.get(key);
    }

    /** Decides what an accepted report with this key and revision is. */
    public Decision decide(ReportKey key, int revision) {
        ReportEntry held = entries.get(key);
        if (held == null) {
            return Decision.NEW;
        }
        if (revision > held.revision()) {
            return Decision.REVISION;
        }
        return revision == held.revision() ? Decision.DUPLICATE : Decision.SUPERSEDED;
    }

    public void put(ReportKey key, ReportEntry entry, UndoLog undo) {
        ReportEntry before = entries.put(key, entry);
        undo.push(() -> {
            if (before == null) {
                entries.remove(key);
            } else {
                entries.put(key, before);
            }
        });
    }

    /** Loads a stored entry at start-up. */
    public void restore(ReportKey key, ReportEntry entry) {
        entries.put(key, entry);
    }

    public int size() {
        return entries.size();
    }

    public Collection<ReportEntry> all() {
        return entries.values();
    }
}
