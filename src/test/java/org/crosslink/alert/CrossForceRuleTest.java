package org.crosslink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosslink.alert.Mentions.child;
import static org.crosslink.alert.Mentions.person;
import static org.crosslink.alert.Mentions.personEntity;
import static org.crosslink.alert.Mentions.place;
import static org.crosslink.alert.Mentions.placeEntity;
import static org.crosslink.alert.Mentions.settings;

import java.util.List;

import org.crosslink.model.MentionFacts;
import org.crosslink.model.Role;
import org.junit.jupiter.api.Test;

class CrossForceRuleTest {
    private final CrossForceRule persons = new CrossForceRule(AlertType.CROSS_FORCE_PERSON, settings());
    private final CrossForceRule places = new CrossForceRule(AlertType.CROSS_FORCE_LOCATION, settings());

    @Test
    void aPersonKnownToTwoSourcesIsOneFindingAtTheConfiguredSeverityNamingTheSourcesAndNoOne() {
        MentionFacts met = person("MET", "MET-1");
        MentionFacts gmp = person("GMP", "GMP-1");

        List<Finding> found = persons.evaluate(personEntity("P-1", met, gmp));

        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.type()).isEqualTo(AlertType.CROSS_FORCE_PERSON);
        assertThat(f.subject()).isEqualTo("P-1");
        assertThat(f.entityIds()).containsExactly("P-1");
        assertThat(f.evidence()).containsExactlyInAnyOrder(met, gmp);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.summary()).isEqualTo("A person is known to 2 sources (GMP, MET) across 2 reports");
    }

    @Test
    void aPersonKnownToOneSourceOnlyIsNoFinding() {
        assertThat(persons.evaluate(personEntity("P-1", person("MET", "MET-1"), person("MET", "MET-2")))).isEmpty();
    }

    @Test
    void aChildRaisesTheSeverityToHigh() {
        assertThat(persons.evaluate(personEntity("P-1", child("MET", "MET-1"), person("GMP", "GMP-1"))).get(0).severity())
                .isEqualTo(Severity.HIGH);
    }

    @Test
    void aVictimInOneReportAndASuspectInAnotherRaiseTheSeverityToHigh() {
        List<Finding> found = persons.evaluate(personEntity("P-1", person("MET", "MET-1", Role.POTENTIAL_VICTIM, 0),
                person("GMP", "GMP-1", Role.SUSPECT, 0)));

        assertThat(found.get(0).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aPlaceReportedByOneSourceOftenEnoughWithinTheWindowIsAHotspot() {
        List<Finding> found = places.evaluate(placeEntity("L-1", place("MET", "MET-1", 0), place("MET", "MET-2", 7),
                place("MET", "MET-3", 14), place("MET", "MET-4", 21), place("MET", "MET-5", 30)));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).summary()).isEqualTo("A place is a hotspot: 5 reports within 30 days (MET)");
    }

    @Test
    void theSameReportsSpreadBeyondTheWindowAreNoHotspot() {
        assertThat(places.evaluate(placeEntity("L-1", place("MET", "MET-1", 0), place("MET", "MET-2", 7),
                place("MET", "MET-3", 14), place("MET", "MET-4", 21), place("MET", "MET-5", 31)))).isEmpty();
    }

    @Test
    void aPlaceKnownToTwoSourcesIsAFindingOfTheLocationRule() {
        List<Finding> found = places.evaluate(placeEntity("L-1", place("MET", "MET-1", 0), place("GMP", "GMP-1", 0)));

        assertThat(found).extracting(Finding::type).containsExactly(AlertType.CROSS_FORCE_LOCATION);
        assertThat(found.get(0).summary()).isEqualTo("A place is known to 2 sources (GMP, MET) across 2 reports");
    }

    @Test
    void eachRuleReadsItsOwnKindOfEntityOnly() {
        assertThat(persons.appliesTo(EntityView.Kind.PERSON)).isTrue();
        assertThat(persons.appliesTo(EntityView.Kind.LOCATION)).isFalse();
        assertThat(places.appliesTo(EntityView.Kind.LOCATION)).isTrue();
        assertThat(places.appliesTo(EntityView.Kind.PERSON)).isFalse();
    }

    @Test
    void onlyTheTwoCrossForceTypesMakeACrossForceRule() {
        assertThatThrownBy(() -> new CrossForceRule(AlertType.NCA_OVERLAP, settings())).isInstanceOf(IllegalArgumentException.class);
    }
}
