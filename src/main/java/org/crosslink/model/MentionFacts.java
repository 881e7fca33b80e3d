package org.crosslink.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What the alert rules need to know of one mention: its report, and for a person the role, whether the
 * report recognises them as a potential victim, whether it treats them as an offender (arrest, charge,
 * custody, immigration detention), and whether they were a child when the report was made.
 */
public record MentionFacts(ReportFacts report, String ref, Role role, boolean victim, boolean punished, boolean child) {
    public MentionFacts {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(ref, "ref");
        ref = Interned.of(ref);
    }

    public static MentionFacts ofPerson(Report r, ReportFacts facts, Person p) {
        boolean victim = p.role() == Role.POTENTIAL_VICTIM;
        boolean punished = false;
        for (Event e : r.eventsOf(p.ref())) {
            victim |= e.type().indicatesVictim();
            punished |= e.type().isPunitive();
        }
        return new MentionFacts(facts, p.ref(), p.role(), victim, punished, child(p.dateOfBirth(), r));
    }

    public static MentionFacts ofLocation(ReportFacts facts, Location l) {
        return new MentionFacts(facts, l.ref(), null, false, false, false);
    }

    /** Under 18 on the day of the report; a partial date counts as a child when it could be one. */
    static boolean child(String dateOfBirth, Report r) {
        PartialDate dob = PartialDate.parse(dateOfBirth);
        if (dob == null || dob.impossible() && dob.month() > 12) {
            return false;
        }
        LocalDate on = r.reportedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return dob.minimumAgeOn(on) < 18;
    }

    public MentionKey key() {
        return new MentionKey(report.key(), ref);
    }

    public String source() {
        return report.source();
    }
}
