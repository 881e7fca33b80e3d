package org.crosslink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.alert.Mentions.personEntity;
import static org.crosslink.alert.Mentions.revised;
import static org.crosslink.alert.Mentions.settings;

import java.util.List;

import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.MentionFacts;
import org.junit.jupiter.api.Test;

class PrematureClosureRuleTest {
    private final PrematureClosureRule rule = new PrematureClosureRule(settings());
    private final MentionFacts gmpOpen = revised("GMP", "GMP-1", 1, InvestigationStatus.OPEN, 0);

    @Test
    void aReportRevisedToClosedWhileAnotherSourceHoldsOpenIntelligenceIsAFinding() {
        MentionFacts metClosed = revised("MET", "MET-1", 2, InvestigationStatus.CLOSED, 100);

        List<Finding> found = rule.evaluate(personEntity("P-1", metClosed, gmpOpen));

        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.subject()).isEqualTo("MET/MET-1|P-1");
        assertThat(f.evidence()).containsExactlyInAnyOrder(metClosed, gmpOpen);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.summary()).isEqualTo("MET revised report MET-1 to CLOSED while GMP holds open intelligence on the same person");
    }

    @Test
    void noFurtherActionIsAClosureToo() {
        assertThat(rule.evaluate(personEntity("P-1", revised("MET", "MET-1", 3, InvestigationStatus.NFA, 0), gmpOpen))).hasSize(1);
    }

    @Test
    void aFirstRevisionThatIsAlreadyClosedIsNoClosure() {
        assertThat(rule.evaluate(personEntity("P-1", revised("MET", "MET-1", 1, InvestigationStatus.CLOSED, 0), gmpOpen))).isEmpty();
    }

    @Test
    void openIntelligenceReportedOutsideTheWindowDoesNotCount() {
        assertThat(rule.evaluate(personEntity("P-1", revised("MET", "MET-1", 2, InvestigationStatus.CLOSED, 366), gmpOpen))).isEmpty();
    }

    @Test
    void theClosingSourcesOwnOpenReportsDoNotCount() {
        assertThat(rule.evaluate(personEntity("P-1", revised("MET", "MET-1", 2, InvestigationStatus.CLOSED, 0),
                revised("MET", "MET-2", 1, InvestigationStatus.OPEN, 0)))).isEmpty();
    }

    @Test
    void oneClosedReportWithTwoOpenHoldersIsOneFindingNamingBoth() {
        List<Finding> found = rule.evaluate(personEntity("P-1", revised("MET", "MET-1", 2, InvestigationStatus.CLOSED, 0), gmpOpen,
                revised("WMP", "WMP-1", 1, InvestigationStatus.OPEN, 0)));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).summary()).endsWith("while GMP, WMP hold open intelligence on the same person");
    }
}
