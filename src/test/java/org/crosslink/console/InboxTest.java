package org.crosslink.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.crosslink.alert.AlertState;
import org.crosslink.alert.AlertStatus;
import org.crosslink.alert.AlertType;
import org.crosslink.alert.Severity;
import org.junit.jupiter.api.Test;

/** The console's inbox: the latest change of every alert, held in memory for every page. */
class InboxTest {
    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void theInboxKeepsTheAlertButNotThePersonsAtItsPlacesWhichAreTheOutboxsForTheRelay() {
        AlertState sent = new AlertState("A-ABCDEFGHIJKL", AlertType.CROSS_FORCE_PERSON, "P-1", AlertStatus.RAISED, 1, "f",
                Severity.HIGH, List.of("P-1"), List.of("MET/R1#P1@1"), List.of("MET"), List.of("MET"), false, "summary",
                null, AT, AT, List.of("MET/R1#P1|P-2|WMP/R3|P|0"));

        Inbox.Entry held = new Inbox().apply(sent, AT);

        assertThat(held.alert().alertId()).isEqualTo("A-ABCDEFGHIJKL");
        assertThat(held.alert().placeAssociates()).isEmpty();
    }
}
