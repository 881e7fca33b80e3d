package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.crosslink.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates of birth as reports give them ({@link PartialDate} lives in the model; resolution compares them). */
class PartialDateTest {

    @ParameterizedTest(name = "[{0}] -> {1}-{2}-{3} full={4} impossible={5}")
    @CsvSource(delimiter = '|', textBlock = """
            1999-04-02     | 1999 | 4  | 2  | true  | false
            ' 1999-04-02 ' | 1999 | 4  | 2  | true  | false
            1999-4-2       | 1999 | 4  | 2  | true  | false
            1999-04        | 1999 | 4  | 0  | false | false
            1999           | 1999 | 0  | 0  | false | false
            2000-02-29     | 2000 | 2  | 29 | true  | false
            1956-04-31     | 1956 | 4  | 31 | true  | true
            1999-02-29     | 1999 | 2  | 29 | true  | true
            1999-13        | 1999 | 13 | 0  | false | true
            1999-13-01     | 1999 | 13 | 1  | true  | true
            """)
    void aDateOfBirthIsReadFullPartialOrImpossible(String raw, int year, int month, int day, boolean full, boolean impossible) {
        PartialDate d = PartialDate.parse(raw);

        assertThat(d).isEqualTo(new PartialDate(year, month, day, impossible));
        assertThat(d.isFull()).isEqualTo(full);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1999-04-02  | 1999-04-02
            1999-4-2    | 1999-04-02
            1999-04     | 1999-04
            1999        | 1999
            1956-04-31  | 1956-04-31
            """)
    void aDateIsWrittenAsItWasGivenWithTwoDigitMonthAndDay(String raw, String written) {
        assertThat(PartialDate.parse(raw)).hasToString(written);
    }

    @ParameterizedTest(name = "[{0}] -> {1}, ISO {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1999-04-02            | 1999-04-02 | true
            1999                  | 1999       | true
            1999-04-02T00:00:00Z  | 1999-04-02 | false
            1999-04-02 13:45      | 1999-04-02 | false
            1999/04/02            | 1999-04-02 | false
            1999.4                | 1999-04    | false
            02/04/1999            | 1999-04-02 | false
            2.4.1999              | 1999-04-02 | false
            02-04-1999            | 1999-04-02 | false
            19990402              | 1999-04-02 | false
            31/04/1999            | 1999-04-31 | false
            """)
    void aDateInAnotherShapeAForceSystemExportsIsReadTheDayFirstNeverTheMonth(String raw, String read, boolean iso) {
        assertThat(PartialDate.parse(raw)).hasToString(read);
        assertThat(PartialDate.isIso(raw)).isEqualTo(iso);
    }

    @ParameterizedTest(name = "[{0}] -> null")
    @NullSource
    @ValueSource(strings = {"", "yesterday", "April 1999", "99-04-02", "02/04/99", "1999-04-02T", "0000-01-01", "1999--02", "19999"})
    void textThatIsNotADateIsNull(String raw) {
        assertThat(PartialDate.parse(raw)).isNull();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"1956-04-31", "1999-04", "1999", "1999-13"})
    void onlyAFullPossibleDateIsALocalDate(String raw) {
        assertThat(PartialDate.parse(raw).toLocalDate()).isNull();
    }

    @ParameterizedTest(name = "[{0}] on {1}: {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2008-03-02 | 2026-03-01 | 17 | 17
            2008-03-01 | 2026-03-01 | 18 | 18
            2008-03    | 2026-03-15 | 17 | 18
            2008       | 2026-03-01 | 17 | 18
            1956-04-31 | 2026-05-01 | 70 | 70
            """)
    void aPartialDateGivesTheRangeOfAgesItAllows(String raw, LocalDate on, int min, int max) {
        PartialDate d = PartialDate.parse(raw);

        assertThat(d.minimumAgeOn(on)).isEqualTo(min);
        assertThat(d.maximumAgeOn(on)).isEqualTo(max);
    }
}
