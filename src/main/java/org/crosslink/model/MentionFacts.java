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
        return child(dateOfBirth, r.reportedAt().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    static boolean child(String dateOfBirth, LocalDate on) {
        PartialDate dob = PartialDate.parse(dateOfBirth);
        if (dob == null || dob.impossible() && dob.month() > 12) {
            return false;
        }
        return inOtherCalendar(dob, on.getYear()).minimumAgeOn(on) < 18;
    }

    /**
     * A year no one alive was born in, copied from papers in another calendar, as the latest Gregorian year it may
     * stand for: a Solar Hijri year (1300s and 1400s: an Afghan's tazkira's 1388 is 2009 or 2010), a year beyond the
     * report's in the Buddhist Era (2400s to 2600s, 543 ahead) or in Bikram Sambat (before 2100, 56 or 57 ahead). A
     * child's age must not be lost to the calendar of her papers; any other date is as written.
     */
    static PartialDate inOtherCalendar(PartialDate dob, int reportYear) {
        int y = dob.year();
        if (y >= 1300 && y < 1500) {
            return new PartialDate(y + 622, 0, 0, false);
        }
        if (y > reportYear && y >= 2400 && y < 2700) {
            return new PartialDate(y - 543, 0, 0, false);
        }
        if (y > reportYear && y < 2100) {
            return new PartialDate(y - 56, 0, 0, false);
        }
        return dob;
    }

    public MentionKey key() {
        return new MentionKey(report.key(), ref);
    }

    public String source() {
        return report.source();
    }
}
