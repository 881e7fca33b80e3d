package org.crosslink.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.key;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crosslink.model.MentionKey;
import org.crosslink.model.Report;
import org.crosslink.model.ReportKey;
import org.crosslink.resolve.Fixtures;
import org.crosslink.resolve.LocationRecord;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.resolve.ResolutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A failed report or batch is rolled back: resolution must be left exactly as it was. */
class UndoLogTest {
    private final ResolutionEngine engine = Fixtures.engine();
    private final UndoLog undo = new UndoLog();

    /** Everything observable of the resolution index. */
    record State(int personEntities, int personMentions, int personKeys, Map<MentionKey, String> personEntityOf,
                 Map<MentionKey, Integer> personLinks, Map<MentionKey, Integer> personRevision,
                 int locationEntities, int locationMentions, Map<MentionKey, String> locationEntityOf) {
    }

    private State state() {
        Map<MentionKey, String> personEntityOf = new TreeMap<>();
        Map<MentionKey, Integer> links = new TreeMap<>();
        Map<MentionKey, Integer> revisions = new TreeMap<>();
        for (Mention<PersonRecord> m : engine.persons().mentions()) {
            personEntityOf.put(m.key(), m.entity().id());
            links.put(m.key(), m.edges().size());
            revisions.put(m.key(), m.revision());
            assertThat(m.entity().members()).contains(m);
        }
        Map<MentionKey, String> locationEntityOf = new TreeMap<>();
        for (Mention<LocationRecord> m : engine.locations().mentions()) {
            locationEntityOf.put(m.key(), m.entity().id());
        }
        return new State(engine.persons().entityCount(), engine.persons().mentionCount(), engine.persons().blockingKeyCount(),
                personEntityOf, links, revisions, engine.locations().entityCount(), engine.locations().mentionCount(), locationEntityOf);
    }

    private void resolve(Report r, String... previousPersons) {
        engine.resolve(r, List.of(previousPersons), List.of());
    }

    private static Report bridge() {
        return report("WMP", "R3").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").passport("RO1234567").livesAt("L1"))
                .with(address("L1", "LU1 3XY", "12 Mill Lane")).build();
    }

    @BeforeEach
    void twoSeparateEntities() {
        engine.bind(ResolutionListener.none(), ResolutionListener.none(), undo);
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian").livesAt("L1"))
                .with(address("L1", "lu13xy", "12 Mill Ln")).build());
        resolve(report("GMP", "R2").with(person("P1").named("Mihai", "Ionescu").passport("RO1234567").nationality("Romanian")).build());
        undo.clear();
    }

    @Test
    void rollingBackAMergingReportRestoresTheExactPreviousState() {
        State before = state();
        int mark = undo.mark();
        resolve(bridge());
        assertThat(state()).isNotEqualTo(before);

        undo.rollbackTo(mark);

        assertThat(state()).isEqualTo(before);
        assertThat(undo.size()).isEqualTo(mark);
    }

    @Test
    void aReportResolvedAgainAfterARollbackGivesTheSameResultAsTheFirstTime() {
        int mark = undo.mark();
        resolve(bridge());
        State first = state();
        undo.rollbackTo(mark);

        resolve(bridge());

        assertThat(state()).isEqualTo(first);
    }

    @Test
    void rollingBackAnErasureRestoresTheMergedEntity() {
        resolve(bridge());
        State merged = state();
        int mark = undo.mark();
        engine.erase(new ReportKey("WMP", "R3"), List.of("P1"), List.of("L1"), "erased");
        assertThat(engine.persons().entityCount()).isEqualTo(2);

        undo.rollbackTo(mark);

        assertThat(state()).isEqualTo(merged);
        assertThat(engine.persons().entityCount()).isEqualTo(1);
    }

    @Test
    void rollingBackANewRevisionRestoresTheOldOne() {
        resolve(bridge());
        State merged = state();
        int mark = undo.mark();
        resolve(report("WMP", "R3").revision(2).with(person("P1").named("Mihai", "Ionescu").born("1985-03-12")).build(), "P1");
        assertThat(engine.persons().mention(key("WMP", "R3", "P1")).revision()).isEqualTo(2);

        undo.rollbackTo(mark);

        assertThat(state()).isEqualTo(merged);
        assertThat(engine.persons().mention(key("WMP", "R3", "P1")).revision()).isEqualTo(1);
    }

    @Test
    void rollingBackOneReportOfSeveralKeepsTheEarlierOnes() {
        resolve(report("KENT", "R4").with(person("P1").named("Anna", "Popesku").born("1990-07-21")).build());
        State afterFirst = state();
        int mark = undo.mark();
        resolve(report("KENT", "R5").with(person("P1").named("Ana", "Popescu").born("1990-07-21")).build());

        undo.rollbackTo(mark);

        assertThat(state()).isEqualTo(afterFirst);
        assertThat(engine.persons().mention(key("KENT", "R4", "P1"))).isNotNull();
        assertThat(engine.persons().mention(key("KENT", "R5", "P1"))).isNull();
    }

    @Test
    void undoActionsRunNewestFirst() {
        UndoLog log = new UndoLog();
        List<Integer> ran = new ArrayList<>();
        log.push(() -> ran.add(1));
        int mark = log.mark();
        log.push(() -> ran.add(2));
        log.push(() -> ran.add(3));

        log.rollbackTo(mark);

        assertThat(ran).containsExactly(3, 2);
        assertThat(log.size()).isEqualTo(1);
    }

    @Test
    void aClearedLogUndoesNothing() {
        UndoLog log = new UndoLog();
        List<Integer> ran = new ArrayList<>();
        log.push(() -> ran.add(1));

        log.clear();
        log.rollbackTo(0);

        assertThat(ran).isEmpty();
        assertThat(log.size()).isZero();
    }
}
