package org.crosslink.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.crosslink.model.Grading;
import org.crosslink.model.Handling;
import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.MentionFacts;
import org.crosslink.model.ReportFacts;
import org.crosslink.model.ReportKey;
import org.crosslink.model.Role;

/** Mentions as the alert rules see them, written briefly: the rules' unit tests need no bus. */
final class Mentions {
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private Mentions() {
    }

    /** The settings of config/application.properties: hotspot 5 reports in 30 days, closure window 365 days, NCA. */
    static AlertSettings settings() {
        Map<AlertType, Severity> severities = new EnumMap<>(AlertType.class);
        severities.put(AlertType.CROSS_FORCE_PERSON, Severity.MEDIUM);
        severities.put(AlertType.CROSS_FORCE_LOCATION, Severity.MEDIUM);
        severities.put(AlertType.VICTIM_TREATED_AS_OFFENDER, Severity.CRITICAL);
        severities.put(AlertType.PREMATURE_CLOSURE, Severity.HIGH);
        severities.put(AlertType.NCA_OVERLAP, Severity.HIGH);
        severities.put(AlertType.POSSIBLE_MATCH, Severity.LOW);
        return new AlertSettings(5, Duration.ofDays(30), Duration.ofDays(365), severities, EnumSet.allOf(AlertType.class), "NCA");
    }

    static ReportFacts report(String source, String reportId, int revision, Instant at, InvestigationStatus status) {
        return new ReportFacts(new ReportKey(source, reportId), revision, at, status, new Grading("1", "B", Handling.P), List.of());
    }

    /** A person mentioned in an open first revision, reported at T0 plus {@code days}. */
    static MentionFacts person(String source, String reportId, Role role, int days) {
        return new MentionFacts(report(source, reportId, 1, T0.plus(Duration.ofDays(days)), InvestigationStatus.OPEN), "P1", role,
                role == Role.POTENTIAL_VICTIM, false, false);
    }

    static MentionFacts person(String source, String reportId) {
        return person(source, reportId, Role.WITNESS, 0);
    }

    /** A person the report treats as an offender (arrested, charged, in custody or detention). */
    static MentionFacts punished(String source, String reportId) {
        return new MentionFacts(report(source, reportId, 1, T0, InvestigationStatus.OPEN), "P1", Role.SUSPECT, false, true, false);
    }

    static MentionFacts child(String source, String reportId) {
        return new MentionFacts(report(source, reportId, 1, T0, InvestigationStatus.OPEN), "P1", Role.WITNESS, false, false, true);
    }

    /** A place mentioned in a report made at T0 plus {@code days}. */
    static MentionFacts place(String source, String reportId, int days) {
        return new MentionFacts(report(source, reportId, 1, T0.plus(Duration.ofDays(days)), InvestigationStatus.OPEN), "L1", null,
                false, false, false);
    }

    /** A person in a revision of a report, with its status. */
    static MentionFacts revised(String source, String reportId, int revision, InvestigationStatus status, int days) {
        return new MentionFacts(report(source, reportId, revision, T0.plus(Duration.ofDays(days)), status), "P1", Role.WITNESS,
                false, false, false);
    }

    static EntityView personEntity(String id, MentionFacts... mentions) {
        return new EntityView(EntityView.Kind.PERSON, id, List.of(mentions));
    }

    static EntityView placeEntity(String id, MentionFacts... mentions) {
        return new EntityView(EntityView.Kind.LOCATION, id, List.of(mentions));
    }
}
