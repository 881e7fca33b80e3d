package org.crosslink.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as reports give it: full ({@code 1999-04-02}), partial ({@code 1999-04}, {@code 1999})
 * or impossible ({@code 1956-04-31}). An impossible date is kept, as written, as weak evidence:
 * its parts still agree or disagree with other dates. The wire format asks for ISO 8601; the shapes force systems
 * export dates in are read too ({@link #isIso} tells them apart, for intake to warn).
 */
public record PartialDate(int year, int month, int day, boolean impossible) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    /** A date and a time, as a system exports a date column of a datetime type: the date is the part before the time. */
    private static final Pattern WITH_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ]\\d{1,2}:\\d{2}.*");
    /** The year first with another separator ({@code 1999/04/02}, {@code 1999.04}). */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/. ](\\d{1,2})(?:[/. ](\\d{1,2}))?");
    /** The day first, as the UK and Europe write a date ({@code 02/04/1999}, {@code 02.04.1999}): never the month first. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    /** Eight digits, year first ({@code 19990402}). */
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /** {@code month} and {@code day} are 0 when unknown. */
    public PartialDate {
        if (year < 1 || month < 0 || month > 99 || day < 0 || day > 99) {
            throw new IllegalArgumentException("date parts out of range");
        }
    }

    /** Parses a report's date of birth, or returns null when it is not a date at all. */
    public static PartialDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            m = FORM.matcher(asIso(text.trim()));
            if (!m.matches()) {
                return null;
            }
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (year < 1) {
            return null;
        }
        return new PartialDate(year, month, day, !possible(year, month, day));
    }

    /** Whether the text is a date in the wire format's own shape, ISO 8601 ({@code 1999-04-02}, {@code 1999-04}, {@code 1999}). */
    public static boolean isIso(String text) {
        return text != null && FORM.matcher(text.trim()).matches();
    }

    /** The text in ISO order when it is a date in one of the other shapes read, else the text itself. */
    private static String asIso(String text) {
        Matcher m = WITH_TIME.matcher(text);
        if (m.matches()) {
            return m.group(1);
        }
        m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
        }
        m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return m.group(3) + "-" + m.group(2) + "-" + m.group(1);
        }
        m = COMPACT.matcher(text);
        return m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : text;
    }

    private static boolean possible(int year, int month, int day) {
        if (month == 0) {
            return day == 0;
        }
        if (month > 12) {
            return false;
        }
        if (day == 0) {
            return true;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public boolean isFull() {
        return month > 0 && day > 0;
    }

    /** The date itself when it is full and possible. */
    public LocalDate toLocalDate() {
        return isFull() && !impossible ? LocalDate.of(year, month, day) : null;
    }

    /** Age in whole years on a given day, taking the earliest birthday the partial date allows. */
    public int minimumAgeOn(LocalDate on) {
        int m = month == 0 || month > 12 ? 12 : month;
        int d = day == 0 ? 31 : day;
        LocalDate latestBirth = LocalDate.of(year, m, 1).withDayOfMonth(Math.min(d, LocalDate.of(year, m, 1).lengthOfMonth()));
        int age = on.getYear() - latestBirth.getYear();
        if (on.isBefore(latestBirth.withYear(on.getYear()))) {
            age--;
        }
        return age;
    }

    /** Age in whole years on a given day, taking the latest birthday the partial date allows. */
    public int maximumAgeOn(LocalDate on) {
        int m = month == 0 || month > 12 ? 1 : month;
        int d = day == 0 ? 1 : Math.min(day, LocalDate.of(year, m, 1).lengthOfMonth());
        LocalDate earliestBirth = LocalDate.of(year, m, d);
        int age = on.getYear() - earliestBirth.getYear();
        if (on.isBefore(earliestBirth.withYear(on.getYear()))) {
            age--;
        }
        return age;
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
