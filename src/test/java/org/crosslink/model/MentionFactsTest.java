package org.crosslink.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionFactsTest {
    private static final LocalDate REPORTED = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "born {0}: a child {1}")
    @CsvSource({"2010-05-05, true", "1990-05-05, false", "2009, true", "2007, false",
        // papers in other calendars: a tazkira's Solar Hijri years, a Thai card's Buddhist Era, a Nepali certificate's
        "1388-02-15, true", "1370, false", "2553-01-01, true", "2530, false", "2066-03-15, true", "2040, false"})
    void aPersonUnder18OnTheDayOfTheReportIsAChildWhateverCalendarHerPapersUse(String born, boolean child) {
        assertThat(MentionFacts.child(born, REPORTED)).isEqualTo(child);
    }
}
