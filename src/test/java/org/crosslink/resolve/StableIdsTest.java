package org.crosslink.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.key;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.report;

import java.util.List;

import org.crosslink.model.MentionKey;
import org.crosslink.model.Report;
import org.crosslink.model.ReportKey;
import org.crosslink.undo.UndoLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Merges and splits, and what they do to entity ids. The story: MET knows Mihai Ionescu by his date of birth,
 * GMP by his passport; the two are not enough alike to link. WMP then reports him with both, which bridges them.
 */
class StableIdsTest {
    private static final MentionKey MET = key("MET", "R1", "P1");
    private static final MentionKey GMP = key("GMP", "R2", "P1");
    private static final MentionKey WMP = key("WMP", "R3", "P1");

    private final ResolutionEngine engine = Fixtures.engine();
    private final Recorder<PersonRecord> persons = new Recorder<>();
    private final Recorder<LocationRecord> locations = new Recorder<>();
    private final UndoLog undo = new UndoLog();
    private String metId;
    private String gmpId;

    private static Report metReport() {
        return report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian")).build();
    }

    private static Report gmpReport() {
        return report("GMP", "R2").with(person("P1").named("Mihai", "Ionescu").passport("RO1234567").nationality("Romanian")).build();
    }

    private static Report bridge() {
        return report("WMP", "R3").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").passport("RO 123 4567")).build();
    }

    private void resolve(Report r) {
        engine.resolve(r, List.of(), List.of());
    }

    private String idOf(MentionKey key) {
        return engine.persons().mention(key).entity().id();
    }

    @BeforeEach
    void twoSeparateEntities() {
        engine.bind(persons, locations, undo);
        resolve(metReport());
        resolve(gmpReport());
        metId = idOf(MET);
        gmpId = idOf(GMP);
        assertThat(metId).isNotEqualTo(gmpId);
        assertThat(engine.persons().entityCount()).isEqualTo(2);
        persons.clear();
    }

    @Test
    void aMentionThatBridgesTwoEntitiesMergesThem() {
        resolve(bridge());

        assertThat(engine.persons().entityCount()).isEqualTo(1);
        assertThat(idOf(WMP)).isEqualTo(idOf(MET)).isEqualTo(idOf(GMP));
    }

    @Test
    void aMergeKeepsTheIdOfTheOlderEntity() {
        resolve(bridge());

        assertThat(idOf(GMP)).isEqualTo(metId);
        assertThat(engine.persons().entity(gmpId).isActive()).isFalse();
        assertThat(engine.persons().entity(gmpId).mergedInto()).isEqualTo(metId);
    }

    @Test
    void aMergeIsReportedAsAMergeEventWithItsCause() {
        resolve(bridge());

        assertThat(persons.events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntityEvent.Kind.MERGE);
            assertThat(e.entityId()).isEqualTo(metId);
            assertThat(e.others()).containsExactly(gmpId);
            assertThat(e.cause()).isEqualTo(WMP);
        });
        assertThat(persons.retired).containsExactly(gmpId);
    }

    @Test
    void theOlderEntityKeepsItsIdWhicheverReportArrivedFirst() {
        ResolutionEngine other = Fixtures.engine();
        other.resolve(gmpReport(), List.of(), List.of());
        other.resolve(metReport(), List.of(), List.of());
        String older = other.persons().mention(GMP).entity().id();

        other.resolve(bridge(), List.of(), List.of());

        assertThat(other.persons().mention(MET).entity().id()).isEqualTo(older);
    }

    @Test
    void erasingTheBridgeSplitsTheEntityAgain() {
        resolve(bridge());
        persons.clear();

        engine.erase(new ReportKey("WMP", "R3"), List.of("P1"), List.of(), "erased");

        assertThat(engine.persons().entityCount()).isEqualTo(2);
        assertThat(engine.persons().mention(WMP)).isNull();
        assertThat(idOf(MET)).isNotEqualTo(idOf(GMP));
    }

    @Test
    void aSplitIsReportedAsASplitEventAndTheOlderPartKeepsTheId() {
        resolve(bridge());
        persons.clear();

        engine.erase(new ReportKey("WMP", "R3"), List.of("P1"), List.of(), "erased");

        assertThat(idOf(MET)).isEqualTo(metId);
        assertThat(persons.events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntityEvent.Kind.SPLIT);
            assertThat(e.entityId()).isEqualTo(metId);
            assertThat(e.others()).containsExactly(idOf(GMP));
            assertThat(e.cause()).isEqualTo(WMP);
            assertThat(e.reason()).isEqualTo("erased");
        });
    }

    @Test
    void aSplitGivesBackTheIdTheMergeRetired() {
        resolve(bridge());
        persons.clear();

        engine.erase(new ReportKey("WMP", "R3"), List.of("P1"), List.of(), "erased");

        assertThat(idOf(GMP)).isEqualTo(gmpId);
        assertThat(persons.revived).containsExactly(gmpId);
        assertThat(persons.created).isEmpty();
        assertThat(engine.persons().entity(gmpId).isActive()).isTrue();
    }

    @Test
    void aRevivedEntityIsNoLongerMarkedMergedIntoAnother() {
        resolve(bridge());

        engine.erase(new ReportKey("WMP", "R3"), List.of("P1"), List.of(), "erased");

        assertThat(engine.persons().entity(gmpId).isActive()).isTrue();
        assertThat(engine.persons().entity(gmpId).mergedInto()).isNull();
    }

    @Test
    void aSplitGivesEachPartBackItsOwnIdEvenWhenTheNewerPartIsLarger() {
        resolve(report("GMP", "R4").with(person("P1").named("Mihai", "Ionescu").passport("RO1234567")).build());
        assertThat(idOf(key("GMP", "R4", "P1"))).isEqualTo(gmpId);
        resolve(bridge());
        assertThat(idOf(key("GMP", "R4", "P1"))).isEqualTo(metId);

        engine.erase(new ReportKey("WMP", "R3"), List.of("P1"), List.of(), "erased");

        assertThat(idOf(MET)).as("the older part keeps the id").isEqualTo(metId);
        assertThat(idOf(GMP)).as("the retired id is given back").isEqualTo(gmpId);
        assertThat(idOf(key("GMP", "R4", "P1"))).isEqualTo(gmpId);
    }

    @Test
    void aNewRevisionThatNoLongerBridgesSplitsTheEntity() {
        resolve(bridge());
        persons.clear();

        engine.resolve(report("WMP", "R3").revision(2).with(person("P1").named("Mihai", "Ionescu").born("1985-03-12")).build(),
                List.of("P1"), List.of());

        assertThat(engine.persons().mention(WMP).revision()).isEqualTo(2);
        assertThat(idOf(WMP)).isEqualTo(metId);
        assertThat(idOf(MET)).isEqualTo(metId);
        assertThat(idOf(GMP)).isEqualTo(gmpId);
        assertThat(persons.events(EntityEvent.Kind.SPLIT)).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo(metId);
            assertThat(e.others()).containsExactly(gmpId);
            assertThat(e.reason()).isEqualTo("superseded by revision 2");
        });
    }

    @Test
    void aNewRevisionWithoutThePersonSplitsTheEntity() {
        resolve(bridge());
        persons.clear();

        engine.resolve(report("WMP", "R3").revision(2).with(address("L1", "LU1 3XY", "12 Mill Lane")).build(), List.of("P1"), List.of());

        assertThat(engine.persons().mention(WMP)).isNull();
        assertThat(engine.persons().mentionCount()).isEqualTo(2);
        assertThat(idOf(MET)).isEqualTo(metId);
        assertThat(idOf(GMP)).isEqualTo(gmpId);
        assertThat(persons.events(EntityEvent.Kind.SPLIT)).hasSize(1);
    }

    @Test
    void aNewRevisionOfTheSamePersonKeepsTheirEntityId() {
        engine.resolve(report("MET", "R1").revision(2).with(person("P1").named("Mihai", "Ionescu").born("1985-03-12")
                .nationality("Romanian").phone("07700 900461")).build(), List.of("P1"), List.of());

        assertThat(idOf(MET)).isEqualTo(metId);
        assertThat(engine.persons().mention(MET).revision()).isEqualTo(2);
        assertThat(engine.persons().mentionCount()).isEqualTo(2);
        assertThat(engine.persons().entityCount()).isEqualTo(2);
        assertThat(persons.events).isEmpty();
    }

    @Test
    void erasingTheOnlyMentionOfAnEntityRetiresIt() {
        engine.erase(new ReportKey("GMP", "R2"), List.of("P1"), List.of(), "erased");

        assertThat(engine.persons().entityCount()).isEqualTo(1);
        assertThat(engine.persons().entity(gmpId).isActive()).isFalse();
        assertThat(persons.retired).containsExactly(gmpId);
    }

    @Test
    void theSameMentionsGiveTheSameIdsInAnotherEngine() {
        ResolutionEngine other = Fixtures.engine();
        other.resolve(metReport(), List.of(), List.of());
        other.resolve(gmpReport(), List.of(), List.of());

        assertThat(other.persons().mention(MET).entity().id()).isEqualTo(metId);
        assertThat(other.persons().mention(GMP).entity().id()).isEqualTo(gmpId);
        assertThat(metId).startsWith("P-").hasSize(14);
    }
}
