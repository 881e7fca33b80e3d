package org.crosslink.resolve.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crosslink.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The days a store writes for an unknown birthday: compared as the year alone, learned from the store's dates. */
class PlaceholderBirthdaysTest {
    private static final PlaceholderBirthdays NONE = new PlaceholderBirthdays(Set.of());

    @Test
    void aDayHoldingFarMoreOfTheStoresBirthdaysThanChanceGivesIsLearnedAsAPlaceholder() {
        List<PartialDate> dates = tenYearsOfEveryDay();
        for (int year = 1900; year < 1960; year++) {
            dates.add(PartialDate.parse(year + "-07-01"));
        }

        assertThat(PlaceholderBirthdays.learn(dates, PlaceholderBirthdays.FIRST_OF_JANUARY).written())
                .as("1 July over-full, 1 January at chance").containsExactly("07-01");
    }

    @Test
    void birthdaysSpreadAsChanceSpreadsThemHaveNoPlaceholder() {
        List<PartialDate> dates = tenYearsOfEveryDay();
        dates.add(null);
        dates.add(PartialDate.parse("1985"));
        dates.add(PartialDate.parse("1985-13-40"));

        assertThat(PlaceholderBirthdays.learn(dates, PlaceholderBirthdays.FIRST_OF_JANUARY).monthDays()).isEmpty();
    }

    @Test
    void onePersonReportedManyTimesIsOneBirthdayNotAHabit() {
        List<PartialDate> dates = tenYearsOfEveryDay();
        for (int i = 0; i < 200; i++) {
            dates.add(PartialDate.parse("1991-05-05"));
        }

        assertThat(PlaceholderBirthdays.learn(dates, PlaceholderBirthdays.FIRST_OF_JANUARY).monthDays()).isEmpty();
    }

    @Test
    void aStoreWithTooFewBirthdaysToTellAHabitFromChanceKeepsTheDaysItStartedFrom() {
        List<PartialDate> dates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            dates.add(PartialDate.parse((1950 + i) + "-07-01"));
        }

        assertThat(PlaceholderBirthdays.learn(dates, PlaceholderBirthdays.FIRST_OF_JANUARY))
                .isEqualTo(PlaceholderBirthdays.FIRST_OF_JANUARY);
    }

    @Test
    void whereTheFirstOfJanuaryIsNoPlaceholderTwoPeopleBornOnItShareTheirBirthday() {
        PartialDate a = PartialDate.parse("2000-01-01");

        assertThat(Dates.compare(a, PartialDate.parse("2000-01-01"), NONE)).isEqualTo(Agreement.EXACT);
        assertThat(Dates.compare(a, PartialDate.parse("2000-01-01"), PlaceholderBirthdays.FIRST_OF_JANUARY)).isEqualTo(Agreement.WEAK);
        assertThat(Dates.compare(a, PartialDate.parse("2000-01-10"), NONE)).isEqualTo(Agreement.NEAR);
    }

    @Test
    void aPlaceholderOtherThanTheFirstOfJanuaryIsComparedAsTheYear() {
        PlaceholderBirthdays firstOfJuly = PlaceholderBirthdays.parse("07-01");

        assertThat(Dates.compare(PartialDate.parse("1990-07-01"), PartialDate.parse("1990-03-15"), firstOfJuly))
                .isEqualTo(Agreement.WEAK);
        assertThat(Dates.compare(PartialDate.parse("1990-01-01"), PartialDate.parse("1990-01-01"), firstOfJuly))
                .isEqualTo(Agreement.EXACT);
    }

    @Test
    void daysAreWrittenAndReadAsMonthAndDay() {
        PlaceholderBirthdays days = PlaceholderBirthdays.parse(" 07-01, 01-01 ");

        assertThat(days.written()).containsExactly("01-01", "07-01");
        assertThat(PlaceholderBirthdays.parse(String.join(",", days.written()))).isEqualTo(days);
        assertThat(PlaceholderBirthdays.parse("").monthDays()).isEmpty();
    }

    @Test
    void somethingThatIsNotADayOfTheYearIsRefused() {
        assertThatThrownBy(() -> PlaceholderBirthdays.parse("1-1")).hasMessageContaining("MM-DD");
        assertThatThrownBy(() -> PlaceholderBirthdays.parse("13-01")).hasMessageContaining("not a day of the year");
    }

    private static List<PartialDate> tenYearsOfEveryDay() {
        List<PartialDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(1980, 1, 1); d.getYear() < 1990; d = d.plusDays(1)) {
            out.add(PartialDate.parse(d.toString()));
        }
        return out;
    }
}
