package org.crosslink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.alert.Mentions.person;
import static org.crosslink.alert.Mentions.personEntity;
import static org.crosslink.alert.Mentions.place;
import static org.crosslink.alert.Mentions.placeEntity;
import static org.crosslink.alert.Mentions.settings;

import java.util.List;

import org.junit.jupiter.api.Test;

class NcaOverlapRuleTest {
    private final NcaOverlapRule rule = new NcaOverlapRule(settings());

    @Test
    void theNcaAndAForceOnOnePersonIsAFindingNamingTheForces() {
        List<Finding> found = rule.evaluate(personEntity("P-1", person("NCA", "NCA-1"), person("MET", "MET-1"),
                person("GMP", "GMP-1")));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(AlertType.NCA_OVERLAP);
        assertThat(found.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(found.get(0).summary()).isEqualTo("The NCA and GMP, MET hold intelligence on the same person");
    }

    @Test
    void aPlaceSaysPlace() {
        assertThat(rule.evaluate(placeEntity("L-1", place("NCA", "NCA-1", 0), place("MET", "MET-1", 0))).get(0).summary())
                .isEqualTo("The NCA and MET hold intelligence on the same place");
    }

    @Test
    void theNcaAloneIsNoFinding() {
        assertThat(rule.evaluate(personEntity("P-1", person("NCA", "NCA-1"), person("NCA", "NCA-2")))).isEmpty();
    }

    @Test
    void forcesWithoutTheNcaAreNoFinding() {
        assertThat(rule.evaluate(personEntity("P-1", person("MET", "MET-1"), person("GMP", "GMP-1")))).isEmpty();
    }
}
