package org.crosslink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.key;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.report;

import java.util.List;

import org.crosslink.alert.RenderData;
import org.crosslink.dedupe.ReportEntry;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.model.Location;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.ReportFacts;
import org.crosslink.resolve.Entity;
import org.crosslink.resolve.Fixtures;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.undo.UndoLog;
import org.junit.jupiter.api.Test;

/** The persons named in reports about the same places as a person, found in memory for its alerts. */
class PlaceAssociatesTest {
    private final ResolutionEngine engine = Fixtures.engine();
    private final ReportIndex reports = new ReportIndex();

    @Test
    void thePersonsOfOtherReportsAboutThePlaceAreAssociatesAndThePersonItselfIsNot() {
        resolve(report("MET", "R1").with(person("P1").named("Ana", "Popescu").born("1999-04-02").livesAt("L1"))
                .with(carWash()).build());
        resolve(report("GMP", "R2").with(person("P1").named("Ana", "Popescu").born("1999-04-02").livesAt("L1"))
                .with(carWash()).build());
        resolve(report("WMP", "R3").with(person("P1").named("Vlad", "Rusu").born("1975-09-09").livesAt("L1"))
                .with(carWash()).build());

        List<RenderData.Association> found = new PlaceAssociates(engine, reports, 200).of(ana());

        assertThat(found).extracting(RenderData.Association::otherEntity).containsOnly(entityOf("WMP", "R3"));
        assertThat(found).extracting(RenderData.Association::mentionKey)
                .containsExactlyInAnyOrder("MET/R1#P1", "GMP/R2#P1");
        assertThat(found).allSatisfy(a -> {
            assertThat(a.via()).isEqualTo("PLACE");
            assertThat(a.otherReport()).isEqualTo("WMP/R3");
            assertThat(a.otherSource()).isEqualTo("WMP");
            assertThat(a.otherChild()).isFalse();
        });
    }

    @Test
    void forAPlaceThePersonsOfEachReportAboutItAreNamed() {
        resolve(report("MET", "R1").with(person("P1").named("Ana", "Popescu").born("1999-04-02").livesAt("L1"))
                .with(carWash()).build());
        resolve(report("WMP", "R3").with(person("P1").named("Vlad", "Rusu").born("1975-09-09").livesAt("L1"))
                .with(carWash()).build());
        Entity<?> place = engine.locations().mention(key("MET", "R1", "L1")).entity();

        List<RenderData.Association> found = new PlaceAssociates(engine, reports, 200).ofPlace(place);

        assertThat(found).extracting(RenderData.Association::otherEntity)
                .containsExactlyInAnyOrder(entityOf("MET", "R1"), entityOf("WMP", "R3"));
        assertThat(found).extracting(a -> a.mentionKey() + " " + a.otherReport())
                .containsExactlyInAnyOrder("MET/R1#L1 MET/R1", "WMP/R3#L1 WMP/R3");
    }

    @Test
    void aPlaceNamedInManyReportsIsReadOnlyAsFarAsTheLimit() {
        resolve(report("MET", "R1").with(person("P1").named("Ana", "Popescu").born("1999-04-02").livesAt("L1"))
                .with(carWash()).build());
        String[] workers = {"Vlad", "Ion", "Mihai", "Radu", "Sorin"};
        for (int i = 0; i < workers.length; i++) {
            resolve(report("WMP", "W" + i).with(person("P1").named(workers[i], "Rusu").born("197" + i + "-09-09").livesAt("L1"))
                    .with(carWash()).build());
        }

        assertThat(new PlaceAssociates(engine, reports, 3).of(ana())).hasSize(3);
        assertThat(new PlaceAssociates(engine, reports, 0).of(ana())).isEmpty();
    }

    @Test
    void aReportNamingAChildBesideTheOtherPersonIsMarkedSo() {
        resolve(report("MET", "R1").with(person("P1").named("Ana", "Popescu").born("1999-04-02").livesAt("L1"))
                .with(carWash()).build());
        resolve(report("SYP", "R4").with(person("P1").named("Vlad", "Rusu").born("1975-09-09").livesAt("L1"),
                person("P2").named("Roxana", "Ilie").born("2014-06-01")).with(carWash()).build());

        assertThat(new PlaceAssociates(engine, reports, 200).of(ana()))
                .isNotEmpty().allSatisfy(a -> assertThat(a.otherChild()).isTrue());
    }

    @Test
    void anAssociationThroughAPlaceIsKeptInTheOutboxCompactlyAndReadBackWhole() {
        RenderData.Association a = new RenderData.Association("MET/R1#P1", "PLACE", "P-7QX2M4KDZ3WA", "SYP/R-4", "SYP", "C", true);

        assertThat(a.placeEntry()).isEqualTo("MET/R1#P1|P-7QX2M4KDZ3WA|SYP/R-4|C|1");
        assertThat(RenderData.Association.ofPlaceEntry(a.placeEntry())).isEqualTo(a);
    }

    private static Location carWash() {
        return address("L1", "LU1 1AA", "Sparkle Hand Car Wash", "Unit 4, 12 Mill Lane", "Luton");
    }

    private Entity<PersonRecord> ana() {
        return engine.persons().mention(key("MET", "R1", "P1")).entity();
    }

    private String entityOf(String source, String reportId) {
        return engine.persons().mention(key(source, reportId, "P1")).entity().id();
    }

    /** As the resolve stage does: the engine resolves the report, the index keeps its refs. */
    private void resolve(Report r) {
        engine.resolve(r, List.of(), List.of());
        reports.put(r.key(), new ReportEntry(ReportFacts.of(r), r.persons().stream().map(Person::ref).toList(),
                r.locations().stream().map(Location::ref).toList(), false), new UndoLog());
    }
}
