package org.crosslink.resolve.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.JulianFields;
import java.util.List;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.EthiopicCalendar;
import com.ibm.icu.util.PersianCalendar;

import org.crosslink.model.PartialDate;

/**
 * Dates of birth written in another calendar and copied as if Gregorian. One force copies the date from a person's
 * own papers as it stands, another converts it, or takes it from a passport: the two are one day. Each calendar is
 * read for the nationals whose papers use it, and only for them, for strangers' dates a calendar's offset apart
 * meet by chance as often as on one day:
 * <ul>
 * <li>Ethiopian (Ethiopians and Eritreans; ICU's {@code EthiopicCalendar}): thirteen months, about seven years and
 * eight months behind; 12/05/1991 from a kebele card is 20 January 1999.</li>
 * <li>Solar Hijri (Iranians and Afghans; ICU's {@code PersianCalendar}): 621 or 622 years behind; a tazkira's
 * 1386/04/12 is 3 July 2007.</li>
 * <li>Buddhist Era (Thais): the Gregorian year plus 543, months and days alike; 2540 is 1997.</li>
 * <li>Bikram Sambat (Nepalis): 56 or 57 years ahead, its months of 29 to 32 days set by almanac each year; no
 * library converts it, so a full date agrees near (within three days of the approximate day), a year exactly.</li>
 * </ul>
 */
public final class Calendars {
    /** The calendar a nationality's papers may be dated in, and how many years behind its years are the Gregorian. */
    enum Papers {
        GREGORIAN(0, 0), ETHIOPIAN(7, 8), PERSIAN(621, 622), BUDDHIST(-543, -543), NEPALI(-57, -56);

        /** The Gregorian year is the written one plus one of these. */
        final int behind;
        final int behindToo;

        Papers(int behind, int behindToo) {
            this.behind = behind;
            this.behindToo = behindToo;
        }

        boolean apart(int written, int gregorian) {
            int gap = gregorian - written;
            return this != GREGORIAN && (gap == behind || gap == behindToo);
        }
    }

    private static final long EPOCH_JULIAN_DAY = LocalDate.EPOCH.getLong(JulianFields.JULIAN_DAY);
    private static final int NEPALI_DAYS = 3;
    /** Days from 1 Baisakh to the first of each Bikram Sambat month, in a usual year. */
    private static final int[] NEPALI_MONTH_STARTS = {0, 31, 62, 94, 126, 157, 187, 217, 246, 276, 305, 335};

    private Calendars() {
    }

    /**
     * The Gregorian readings of a date of birth of a person of the nationality, written in the calendar of that
     * nationality's papers, for blocking: the day when it converts exactly, else the years it may stand for; none
     * when the nationality's papers are Gregorian or the year is outside the calendar's range.
     */
    public static List<PartialDate> gregorian(PartialDate written, String nationality) {
        if (written == null) {
            return List.of();
        }
        Papers papers = of(nationality);
        int y = written.year();
        return switch (papers) {
            case ETHIOPIAN -> converted(papers, written, ethiopianDay(written));
            case PERSIAN -> y < 1500 ? converted(papers, written, persianDay(written)) : List.of();
            case BUDDHIST -> y > 2400
                    ? List.of(new PartialDate(y + papers.behind, written.month(), written.day(), written.impossible())) : List.of();
            case NEPALI -> y >= 2000 && y < 2100 ? years(papers, y) : List.of();
            case GREGORIAN -> List.of();
        };
    }

    private static List<PartialDate> converted(Papers papers, PartialDate written, LocalDate day) {
        if (day != null) {
            return List.of(new PartialDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), false));
        }
        return written.isFull() ? List.of() : years(papers, written.year());
    }

    private static List<PartialDate> years(Papers papers, int written) {
        return List.of(year(written + papers.behind), year(written + papers.behindToo));
    }

    private static PartialDate year(int year) {
        return new PartialDate(year, 0, 0, false);
    }

    private static LocalDate ethiopianDay(PartialDate written) {
        boolean possible = written.isFull() && written.month() <= 13 && written.day() <= (written.month() == 13 ? 6 : 30);
        return possible ? day(new EthiopicCalendar(), written) : null;
    }

    private static LocalDate persianDay(PartialDate written) {
        boolean possible = written.isFull() && written.month() <= 12 && written.day() <= 31;
        return possible ? day(new PersianCalendar(), written) : null;
    }

    /** The Gregorian day of a date written in the calendar. */
    private static LocalDate day(Calendar calendar, PartialDate written) {
        calendar.clear();
        calendar.set(written.year(), written.month() - 1, written.day());
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
    }

    /** The other calendar either of two persons' papers may use (their nationalities, ISO 3166 alpha-3). */
    static Papers of(String nationalityA, String nationalityB) {
        Papers a = of(nationalityA);
        return a != Papers.GREGORIAN ? a : of(nationalityB);
    }

    static Papers of(String nationality) {
        if (nationality == null) {
            return Papers.GREGORIAN;
        }
        return switch (nationality) {
            case "ETH", "ERI" -> Papers.ETHIOPIAN;
            case "IRN", "AFG" -> Papers.PERSIAN;
            case "THA" -> Papers.BUDDHIST;
            case "NPL" -> Papers.NEPALI;
            default -> Papers.GREGORIAN;
        };
    }

    /**
     * How two dates agree when either is read in the calendar: exact for one day, near for a Bikram Sambat date
     * within days of the other, weak for a year (or a year and month) that agrees as far as it goes; null when
     * neither reading is the other's date.
     */
    static Agreement agreement(Papers calendar, PartialDate a, PartialDate b) {
        Agreement one = written(calendar, a, b);
        return one != null ? one : written(calendar, b, a);
    }

    /** {@code written} read in the calendar, against {@code gregorian}. */
    private static Agreement written(Papers calendar, PartialDate written, PartialDate gregorian) {
        if (!calendar.apart(written.year(), gregorian.year())) {
            return null; // cheap: most pairs are not a calendar's years apart
        }
        return switch (calendar) {
            case ETHIOPIAN -> converted(written, gregorian, ethiopian(written, gregorian));
            case PERSIAN -> converted(written, gregorian, persian(written, gregorian));
            case BUDDHIST -> buddhist(written, gregorian);
            case NEPALI -> nepali(written, gregorian);
            case GREGORIAN -> null;
        };
    }

    /** A whole date converted exactly (or not), or a year alone (the months do not line up): weak. */
    private static Agreement converted(PartialDate written, PartialDate gregorian, boolean sameDay) {
        if (written.isFull() && gregorian.isFull()) {
            return sameDay ? Agreement.EXACT : null;
        }
        return written.month() == 0 || gregorian.month() == 0 ? Agreement.WEAK : null;
    }

    /** The year shifted, month and day as written: one day, or a partial date whose parts agree as far as they go. */
    private static Agreement buddhist(PartialDate written, PartialDate gregorian) {
        boolean month = written.month() == 0 || gregorian.month() == 0 || written.month() == gregorian.month();
        boolean day = written.day() == 0 || gregorian.day() == 0 || written.day() == gregorian.day();
        if (!month || !day) {
            return null;
        }
        return written.isFull() && gregorian.isFull() ? Agreement.EXACT : Agreement.WEAK;
    }

    private static Agreement nepali(PartialDate written, PartialDate gregorian) {
        if (!written.isFull() || !gregorian.isFull() || gregorian.impossible() || written.month() > 12 || written.day() > 32) {
            return written.month() == 0 || gregorian.month() == 0 ? Agreement.WEAK : null;
        }
        // Baisakh, the first month, begins on 13 or 14 April; the months' usual lengths run 31, 31, 32, 32, 31, 30...
        LocalDate approximate = LocalDate.of(written.year() + Papers.NEPALI.behind, 4, 13)
                .plusDays(NEPALI_MONTH_STARTS[written.month() - 1] + written.day() - 1L);
        LocalDate day = LocalDate.of(gregorian.year(), gregorian.month(), gregorian.day());
        return Math.abs(ChronoUnit.DAYS.between(approximate, day)) <= NEPALI_DAYS ? Agreement.NEAR : null;
    }

    /** Whether {@code written}, read as a date of the Ethiopian calendar, is the Gregorian date {@code gregorian}. */
    static boolean ethiopian(PartialDate written, PartialDate gregorian) {
        return sameDay(ethiopianDay(written), gregorian);
    }

    /** Whether {@code written}, read as a Solar Hijri date, is the Gregorian date {@code gregorian}. */
    static boolean persian(PartialDate written, PartialDate gregorian) {
        return sameDay(persianDay(written), gregorian);
    }

    private static boolean sameDay(LocalDate written, PartialDate gregorian) {
        return written != null && gregorian.isFull() && !gregorian.impossible()
                && written.equals(LocalDate.of(gregorian.year(), gregorian.month(), gregorian.day()));
    }
}
