package org.crosslink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.alert.Mentions.person;
import static org.crosslink.alert.Mentions.personEntity;
import static org.crosslink.alert.Mentions.place;
import static org.crosslink.alert.Mentions.placeEntity;
import static org.crosslink.alert.Mentions.punished;
import static org.crosslink.alert.Mentions.settings;

import java.util.List;

import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.MentionFacts;
import org.crosslink.model.Role;
import org.junit.jupiter.api.Test;

class VictimTreatedAsOffenderRuleTest {
    private final VictimTreatedAsOffenderRule rule = new VictimTreatedAsOffenderRule(settings());

    @Test
    void aVictimInOneReportArrestedInAnotherIsACriticalFindingWithTheStatutoryNote() {
        MentionFacts victim = person("MET", "MET-1", Role.POTENTIAL_VICTIM, 0);
        MentionFacts arrested = punished("GMP", "GMP-1");

        List<Finding> found = rule.evaluate(personEntity("P-1", victim, arrested));

        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.evidence()).containsExactlyInAnyOrder(victim, arrested);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.summary()).isEqualTo("A potential victim (MET/MET-1) is treated as an offender (GMP/GMP-1). "
                + VictimTreatedAsOffenderRule.STATUTORY_NOTE);
    }

    @Test
    void aVictimAndAnArrestInOneReportIsNoFinding() {
        MentionFacts both = new MentionFacts(Mentions.report("MET", "MET-1", 1, Mentions.T0, InvestigationStatus.OPEN), "P1",
                Role.POTENTIAL_VICTIM, true, true, false);

        assertThat(rule.evaluate(personEntity("P-1", both))).isEmpty();
    }

    @Test
    void anArrestWithNoVictimIsNoFinding() {
        assertThat(rule.evaluate(personEntity("P-1", person("MET", "MET-1"), punished("GMP", "GMP-1")))).isEmpty();
    }

    @Test
    void aPlaceIsNoFinding() {
        assertThat(rule.evaluate(placeEntity("L-1", place("MET", "MET-1", 0), place("GMP", "GMP-1", 0)))).isEmpty();
    }
}
