package org.crosslink.store;

import org.crosslink.audit.AuditEntry;
import org.crosslink.undo.UndoLog;

/**
 * Everything one batch will write, gathered while the batch is processed and written by
 * {@link BatchWriter} in one transaction. Every addition is undoable, so a report that fails
 * leaves no row behind.
 */
public final class WriteSet {
    public final UndoableList<Rows.Delivery> deliveries;
    public final UndoableList<Rows.Report> reportInserts;
    public final UndoableList<Rows.Report> reportUpdates;
    public final UndoableList<Rows.Mention> mentionInserts;
    public final UndoableList<Rows.MentionEntity> mentionUpdates;
    public final UndoableList<Long> mentionDeletes;
    public final UndoableList<Rows.LinkChange> linkChanges;
    public final UndoableList<Rows.NearMiss> nearMisses;
    public final UndoableList<Rows.NearMissReset> nearMissResets;
    public final UndoableList<Rows.Entity> entityInserts;
    public final UndoableList<Rows.Entity> entityUpdates;
    public final UndoableList<Rows.EntityEvent> events;
    public final UndoableList<Rows.Outbox> outbox;
    public final UndoableList<AuditEntry> audit;
    public final UndoableList<Rows.Erasure> erasures;
    public final UndoableList<Rows.Model> models;

    public WriteSet(UndoLog undo) {
        deliveries = new UndoableList<>(undo);
        reportInserts = new UndoableList<>(undo);
        reportUpdates = new UndoableList<>(undo);
        mentionInserts = new UndoableList<>(undo);
        mentionUpdates = new UndoableList<>(undo);
        mentionDeletes = new UndoableList<>(undo);
        linkChanges = new UndoableList<>(undo);
        nearMisses = new UndoableList<>(undo);
        nearMissResets = new UndoableList<>(undo);
        entityInserts = new UndoableList<>(undo);
        entityUpdates = new UndoableList<>(undo);
        events = new UndoableList<>(undo);
        outbox = new UndoableList<>(undo);
        audit = new UndoableList<>(undo);
        erasures = new UndoableList<>(undo);
        models = new UndoableList<>(undo);
    }
}
