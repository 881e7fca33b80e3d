package org.crosslink.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.crosslink.model.Grading;
import org.crosslink.model.Handling;
import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.ReportFacts;
import org.crosslink.model.ReportKey;
import org.crosslink.undo.UndoLog;
import org.junit.jupiter.api.Test;

class ReportIndexTest {
    private static final ReportKey MET_1 = new ReportKey("MET", "MET-1");
    private final ReportIndex index = new ReportIndex();
    private final UndoLog undo = new UndoLog();

    @Test
    void aReportNeverSeenIsNew() {
        assertThat(index.decide(MET_1, 1)).isEqualTo(Decision.NEW);
    }

    @Test
    void aHigherRevisionThanTheOneHeldIsARevision() {
        index.put(MET_1, entry(2), undo);

        assertThat(index.decide(MET_1, 3)).isEqualTo(Decision.REVISION);
    }

    @Test
    void theRevisionHeldAgainIsADuplicate() {
        index.put(MET_1, entry(2), undo);

        assertThat(index.decide(MET_1, 2)).isEqualTo(Decision.DUPLICATE);
    }

    @Test
    void aLowerRevisionThanTheOneHeldIsSuperseded() {
        index.put(MET_1, entry(2), undo);

        assertThat(index.decide(MET_1, 1)).isEqualTo(Decision.SUPERSEDED);
    }

    @Test
    void theSameReportIdFromAnotherSourceIsAnotherReport() {
        index.put(MET_1, entry(2), undo);

        assertThat(index.decide(new ReportKey("GMP", "MET-1"), 2)).isEqualTo(Decision.NEW);
    }

    @Test
    void undoingAPutForgetsANewReport() {
        int mark = undo.mark();
        index.put(MET_1, entry(1), undo);

        undo.rollbackTo(mark);

        assertThat(index.get(MET_1)).isNull();
        assertThat(index.size()).isZero();
        assertThat(index.decide(MET_1, 1)).isEqualTo(Decision.NEW);
    }

    @Test
    void undoingAPutGivesBackTheRevisionItReplaced() {
        ReportEntry first = entry(1);
        index.put(MET_1, first, undo);
        int mark = undo.mark();
        index.put(MET_1, entry(2), undo);

        undo.rollbackTo(mark);

        assertThat(index.get(MET_1)).isSameAs(first);
        assertThat(index.decide(MET_1, 2)).isEqualTo(Decision.REVISION);
    }

    @Test
    void anEntryRestoredAtStartIsHeldAndNotUndone() {
        index.restore(MET_1, entry(4));

        undo.rollbackTo(0);

        assertThat(index.get(MET_1).revision()).isEqualTo(4);
        assertThat(index.all()).hasSize(1);
    }

    private static ReportEntry entry(int revision) {
        return new ReportEntry(new ReportFacts(MET_1, revision, Instant.parse("2026-11-01T10:00:00Z"), InvestigationStatus.OPEN,
                new Grading("1", "B", Handling.P), List.of()), List.of("P1"), List.of("L1"), false);
    }
}
