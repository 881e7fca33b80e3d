package org.crosslink.resolve.compare;

import org.crosslink.model.PartialDate;

/**
 * Dates of birth compared as people record them wrongly: a date in the Ethiopian calendar copied as if Gregorian
 * is the day it stands for (exact agreement), for Ethiopians and Eritreans; a slip of the pen (one digit, two neighbouring digits swapped, day and
 * month swapped, a month of 13 for 12) is near agreement; one whole part wrong (1959 for 2008,
 * the 7th for the 20th) is its own level for each part, since each is as rare among strangers as it is; partial
 * dates agree as far as they go; a missing date is no evidence at all.
 */
public final class Dates {
    private Dates() {
    }

    /** The level two dates agree at, or null when either is missing, 1 January being a placeholder. */
    public static Agreement compare(PartialDate a, PartialDate b) {
        return compare(a, b, PlaceholderBirthdays.FIRST_OF_JANUARY);
    }

    /**
     * The level two dates agree at, or null when either is missing. A date on a day the store writes for an unknown
     * birthday is compared as the year alone: two people recorded as born on it have not been shown to share a
     * birthday.
     */
    public static Agreement compare(PartialDate a, PartialDate b, PlaceholderBirthdays placeholders) {
        return compare(a, b, placeholders, Calendars.Papers.GREGORIAN);
    }

    /**
     * The same, a date copied from papers in another calendar ({@code calendar}: either person's nationality's, see
     * {@link Calendars}) read as the day it stands for when it is no other date: only then, for strangers' dates a
     * calendar's offset apart meet so by chance as often as on one day, and the store's other people have no such
     * papers.
     */
    static Agreement compare(PartialDate a, PartialDate b, PlaceholderBirthdays placeholders, Calendars.Papers calendar) {
        if (a == null || b == null) {
            return null;
        }
        a = placeholders.compared(a);
        b = placeholders.compared(b);
        Agreement level = a.isFull() && b.isFull() ? full(a, b) : partial(a, b);
        if (calendar == Calendars.Papers.GREGORIAN || level == Agreement.EXACT || level == Agreement.WEAK) {
            return level;
        }
        Agreement read = Calendars.agreement(calendar, a, b);
        boolean better = read == Agreement.EXACT || read != null && level != Agreement.NEAR;
        return better ? read : level;
    }

    private static Agreement full(PartialDate a, PartialDate b) {
        boolean year = a.year() == b.year();
        boolean month = a.month() == b.month();
        boolean day = a.day() == b.day();
        if (year && month && day) {
            return Agreement.EXACT;
        }
        if (year && a.month() == b.day() && a.day() == b.month()) {
            return Agreement.NEAR;
        }
        if (oneSlip(a, b)) {
            return Agreement.NEAR;
        }
        if (year && month) {
            return Agreement.DAY_DIFFERS;
        }
        if (year && day) {
            return Agreement.MONTH_DIFFERS;
        }
        if (month && day) {
            return Agreement.YEAR_DIFFERS;
        }
        return Agreement.DIFFERENT;
    }

    /**
     * A partial date (a year, or a year and month, or a date with a zero part) against any date: the parts both
     * give must agree (weak agreement), or agree but for a slip in the year or a year between them (close: its own
     * level, since a year alone a digit out is as often another person of the same age as the same person, and the
     * model learns how often; a year worked out from an age is as often a year out, 1989 against 1990 as 1990
     * against 1991); else they disagree.
     */
    private static Agreement partial(PartialDate a, PartialDate b) {
        boolean slip = a.year() != b.year();
        if (slip && !oneSlip(a.year(), b.year(), 4) && Math.abs(a.year() - b.year()) != 1) {
            return Agreement.DIFFERENT;
        }
        if (a.month() != 0 && b.month() != 0 && a.month() != b.month()) {
            return Agreement.DIFFERENT;
        }
        if (a.day() != 0 && b.day() != 0 && a.day() != b.day() && a.month() != 0 && b.month() != 0) {
            return Agreement.DIFFERENT;
        }
        return slip ? Agreement.CLOSE : Agreement.WEAK;
    }

    /** One digit different, or two neighbouring digits swapped, in the eight digits YYYYMMDD. */
    static boolean oneSlip(PartialDate a, PartialDate b) {
        return oneSlip(digits(a), digits(b), 8);
    }

    private static long digits(PartialDate d) {
        return d.year() * 10_000L + d.month() * 100L + d.day();
    }

    private static boolean oneSlip(long a, long b, int width) {
        int first = -1;
        int differing = 0;
        long firstA = 0;
        long firstB = 0;
        for (int i = 0; i < width; i++) {
            long x = a % 10;
            long y = b % 10;
            a /= 10;
            b /= 10;
            if (x == y) {
                continue;
            }
            differing++;
            if (differing == 1) {
                first = i;
                firstA = x;
                firstB = y;
            } else if (differing > 2 || i != first + 1 || x != firstB || y != firstA) {
                return false; // a second difference is a slip only as the first's neighbour, crosswise equal
            }
        }
        return a == b && differing > 0;
    }
}
