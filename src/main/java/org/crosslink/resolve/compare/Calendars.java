package org.crosslink.resolve.compare;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.EthiopicCalendar;

import org.crosslink.model.PartialDate;

/**
 * Dates of birth written in another calendar and copied as if Gregorian. Ethiopian and Eritrean papers give a date
 * in the Ethiopian calendar (thirteen months, about seven years and eight months behind): one force copies 12/05/1991
 * from a kebele card as it stands, another converts it to 20 January 1999. The two are one day.
 */
final class Calendars {
    private Calendars() {
    }

    /** Whether a person of the nationality (ISO 3166 alpha-3) may carry papers dated in the Ethiopian calendar. */
    static boolean ethiopianPapers(String nationality) {
        return "ETH".equals(nationality) || "ERI".equals(nationality);
    }

    /** Whether {@code written}, read as a date of the Ethiopian calendar, is the Gregorian date {@code gregorian}. */
    static boolean ethiopian(PartialDate written, PartialDate gregorian) {
        int gap = gregorian.year() - written.year();
        if (gap < 7 || gap > 8 || gregorian.impossible() || written.month() < 1 || written.month() > 13
                || written.day() < 1 || written.day() > (written.month() == 13 ? 6 : 30)) {
            return false; // cheap: most pairs are not seven or eight years apart
        }
        EthiopicCalendar calendar = new EthiopicCalendar();
        calendar.clear();
        calendar.set(written.year(), written.month() - 1, written.day());
        long day = calendar.get(Calendar.JULIAN_DAY);
        return day == LocalDate.of(gregorian.year(), gregorian.month(), gregorian.day()).getLong(JulianFields.JULIAN_DAY);
    }
}
