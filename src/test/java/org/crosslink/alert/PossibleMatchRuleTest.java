package org.crosslink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.alert.Mentions.person;
import static org.crosslink.alert.Mentions.punished;
import static org.crosslink.alert.Mentions.settings;

import java.util.List;

import org.crosslink.model.MentionFacts;
import org.crosslink.model.Role;
import org.junit.jupiter.api.Test;

class PossibleMatchRuleTest {
    private final PossibleMatchRule rule = new PossibleMatchRule(settings());
    private final MentionFacts met = person("MET", "MET-1");
    private final MentionFacts gmp = person("GMP", "GMP-1");

    @Test
    void aPossibleMatchAcrossSourcesIsOneFindingAboutThePairForReview() {
        List<Finding> found = rule.evaluate(withPossible("P-A", met, new EntityView.PossibleMatch("P-B", met, gmp, 0.8)));

        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.subject()).isEqualTo("P-A|P-B");
        assertThat(f.entityIds()).containsExactly("P-A", "P-B");
        assertThat(f.evidence()).containsExactlyInAnyOrder(met, gmp);
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.summary()).isEqualTo("A person known to MET may be the same as a person known to GMP (p = 0.80, short of a match): for review");
    }

    @Test
    void aLinkPastAMatchThatARuleKeptAsAQuestionIsNotCalledShortOfAMatch() {
        Finding f = rule.evaluate(withPossible("P-A", met, new EntityView.PossibleMatch("P-B", met, gmp, 0.96, true))).get(0);

        assertThat(f.summary()).isEqualTo("A person known to MET may be the same as a person known to GMP "
                + "(p = 0.96, a question by rule, not a match): for review");
    }

    @Test
    void aPossibleMatchBetweenAVictimAndAnArrestIsHigh() {
        MentionFacts referred = person("WMP", "WMP-1", Role.POTENTIAL_VICTIM, 0);
        MentionFacts arrested = punished("STAFFS", "STAFFS-1");

        Finding f = rule.evaluate(withPossible("P-A", referred, new EntityView.PossibleMatch("P-B", referred, arrested, 0.98))).get(0);

        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.summary()).endsWith("for review. If they are one, a potential victim is treated as an offender");
    }

    @Test
    void eitherSideAssessedFindsTheSameAlert() {
        Finding fromA = rule.evaluate(withPossible("P-A", met, new EntityView.PossibleMatch("P-B", met, gmp, 0.8))).get(0);
        Finding fromB = rule.evaluate(withPossible("P-B", gmp, new EntityView.PossibleMatch("P-A", gmp, met, 0.8))).get(0);

        assertThat(fromB.subject()).isEqualTo(fromA.subject());
        assertThat(fromB.fingerprint()).isEqualTo(fromA.fingerprint());
        assertThat(fromB.summary()).isEqualTo(fromA.summary());
    }

    @Test
    void theStrongestLinkBetweenTwoEntitiesIsTheOneQuoted() {
        MentionFacts gmp2 = person("GMP", "GMP-2");
        List<Finding> found = rule.evaluate(withPossible("P-A", met, new EntityView.PossibleMatch("P-B", met, gmp, 0.6),
                new EntityView.PossibleMatch("P-B", met, gmp2, 0.9)));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).summary()).contains("p = 0.90");
        assertThat(found.get(0).evidence()).containsExactlyInAnyOrder(met, gmp, gmp2);
    }

    @Test
    void possibleMatchesWithTwoOtherEntitiesAreTwoFindings() {
        List<Finding> found = rule.evaluate(withPossible("P-B", met, new EntityView.PossibleMatch("P-A", met, gmp, 0.7),
                new EntityView.PossibleMatch("P-C", met, person("WMP", "WMP-1"), 0.7)));

        assertThat(found).extracting(Finding::subject).containsExactly("P-A|P-B", "P-B|P-C");
    }

    @Test
    void oneSourcesOwnRecordsOnBothSidesAreNoCrossSourceQuestion() {
        assertThat(rule.evaluate(withPossible("P-A", met, new EntityView.PossibleMatch("P-B", met, person("MET", "MET-2"), 0.8))))
                .isEmpty();
    }

    @Test
    void anEntityWithNoPossibleMatchIsNoFinding() {
        assertThat(rule.evaluate(new EntityView(EntityView.Kind.PERSON, "P-A", List.of(met, gmp)))).isEmpty();
    }

    @Test
    void itReadsPersonsOnly() {
        assertThat(rule.appliesTo(EntityView.Kind.PERSON)).isTrue();
        assertThat(rule.appliesTo(EntityView.Kind.LOCATION)).isFalse();
    }

    private static EntityView withPossible(String id, MentionFacts own, EntityView.PossibleMatch... links) {
        return new EntityView(EntityView.Kind.PERSON, id, List.of(own), List.of(links));
    }
}
