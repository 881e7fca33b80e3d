package org.crosslink.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.crosslink.model.Exploitation;
import org.crosslink.model.Grading;
import org.crosslink.model.Handling;
import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The warnings a person's date of birth earns: each shape it can come in, and what the bus made of it. */
class DataQualityTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1999-04-02           | ''
            1999-04              | PARTIAL_DATE
            02/04/1999           | NON_ISO_DATE
            1999-04-02T00:00:00Z | NON_ISO_DATE
            31/04/1999           | NON_ISO_DATE IMPOSSIBLE_DATE
            April 1999           | UNREADABLE_DATE
            2031-01-01           | FUTURE_DATE
            """)
    void aDateOfBirthIsWarnedAboutForWhatItIs(String dateOfBirth, String codes) {
        List<String> warned = new DataQuality().check(reportOfOneBornOn(dateOfBirth)).stream().map(w -> w.code().name()).toList();

        assertThat(String.join(" ", warned)).isEqualTo(codes);
    }

    @Test
    void aDateInAnotherShapeSaysWhereItIsAndWhatItWasReadAs() {
        assertThat(new DataQuality().check(reportOfOneBornOn("02/04/1999"))).singleElement().satisfies(w -> {
            assertThat(w.pointer()).isEqualTo("/persons/0/dateOfBirth");
            assertThat(w.message()).contains("read as 1999-04-02");
        });
    }

    private static Report reportOfOneBornOn(String dateOfBirth) {
        Person p = new Person("P1", Role.SUSPECT, "Ion", "Ionescu", List.of(), dateOfBirth, null, null, List.of(), List.of());
        return new Report(1, "MET-DQ-1", "MET", 1, Instant.parse("2026-03-01T00:00:00Z"), InvestigationStatus.OPEN,
                new Grading("2", "B", Handling.P), null, List.of(Exploitation.LABOUR), "A report.", List.of(p), List.of(), List.of());
    }
}
