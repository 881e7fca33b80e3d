package org.crosslink.evaluate.synthetic;

import java.time.LocalDate;
import java.util.Random;

/**
 * Dates of birth and the ways they are mistyped: one digit wrong, day and month swapped, one of year, month or day
 * replaced, shifted by some days, or cut to the year. Dates are written as the wire format takes them
 * ({@code 1961-09-17}); a mistyped one may be impossible ({@code 1961-19-17}), as it would be in a report.
 */
public final class Dates {
    private Dates() {
    }

    /** A date uniformly between the first of January of {@code fromYear} and the last of December of {@code toYear}. */
    public static LocalDate between(int fromYear, int toYear, Random rng) {
        long from = LocalDate.of(fromYear, 1, 1).toEpochDay();
        long to = LocalDate.of(toYear, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(from + (long) (rng.nextDouble() * (to - from + 1)));
    }

    public static String iso(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** One digit of the year's last two, the month or the day changed to another digit; the result may be impossible. */
    public static String digit(LocalDate d, Random rng) {
        char[] c = iso(d).toCharArray();
        int[] positions = {2, 3, 5, 6, 8, 9};
        int at = positions[rng.nextInt(positions.length)];
        char was = c[at];
        char now;
        do {
            now = (char) ('0' + rng.nextInt(10));
        } while (now == was);
        c[at] = now;
        return new String(c);
    }

    /** Day and month swapped: impossible when the day is over 12; the same date when they are equal. */
    public static String swapped(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getDayOfMonth(), d.getMonthValue());
    }

    /** The year replaced by one differing in its last digit or its last two (mostly) or by any year in the range. */
    public static String otherYear(LocalDate d, Random rng, double digitShare, int fromYear, int toYear) {
        int y = d.getYear();
        int other;
        if (rng.nextDouble() < digitShare) {
            int place = rng.nextDouble() < 0.6 ? 1 : 10;
            int digit = (y / place) % 10;
            int now;
            do {
                now = rng.nextInt(10);
            } while (now == digit);
            other = y + (now - digit) * place;
        } else {
            do {
                other = fromYear + rng.nextInt(toYear - fromYear + 1);
            } while (other == y);
        }
        return String.format("%04d-%02d-%02d", other, d.getMonthValue(), d.getDayOfMonth());
    }

    /** The month replaced by another; the day kept, so the result may be impossible (31 April). */
    public static String otherMonth(LocalDate d, Random rng) {
        int m;
        do {
            m = 1 + rng.nextInt(12);
        } while (m == d.getMonthValue());
        return String.format("%04d-%02d-%02d", d.getYear(), m, d.getDayOfMonth());
    }

    /** The day replaced by another of the same month. */
    public static String otherDay(LocalDate d, Random rng) {
        int len = d.lengthOfMonth();
        int day;
        do {
            day = 1 + rng.nextInt(len);
        } while (day == d.getDayOfMonth());
        return iso(d.withDayOfMonth(day));
    }

    /** One of year, month and day replaced, each equally likely. */
    public static String otherComponent(LocalDate d, Random rng, int fromYear, int toYear) {
        return switch (rng.nextInt(3)) {
            case 0 -> otherYear(d, rng, 0.7, fromYear, toYear);
            case 1 -> otherMonth(d, rng);
            default -> otherDay(d, rng);
        };
    }

    /** Shifted by 1 to {@code maxDays} days, earlier or later. */
    public static String shifted(LocalDate d, Random rng, int maxDays) {
        int days = 1 + rng.nextInt(Math.max(1, maxDays));
        return iso(d.plusDays(rng.nextBoolean() ? days : -days));
    }

    public static String yearOnly(LocalDate d) {
        return String.format("%04d", d.getYear());
    }
}
