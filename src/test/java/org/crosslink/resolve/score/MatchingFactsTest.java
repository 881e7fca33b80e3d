package org.crosslink.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.record;

import org.crosslink.resolve.Fixtures;
import org.crosslink.resolve.Fixtures.PersonBuilder;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.Resolver;
import org.crosslink.resolve.compare.Comparison;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** What the design promises of scoring two persons, with the real config/resolution.yaml and thresholds. */
class MatchingFactsTest {
    private final Resolver<PersonRecord> persons = Fixtures.engine().persons();

    private Score score(PersonBuilder a, PersonBuilder b) {
        return persons.score(record(a), record(b));
    }

    @Test
    void aSharedPhoneAloneIsNotAMatchWhenTheNamesDiffer() {
        Score s = score(person("P").named("Mihai", "Ionescu").phone("07700 900461"),
                person("P").named("Anna", "Popesku").phone("+44 7700 900461"));

        assertThat(s.comparisons()).extracting(Comparison::field).contains("phone");
        assertThat(s.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
    }

    @Test
    void aSharedPhoneWithTheSameDateOfBirthAndNationalityIsStillNotAMatchWhenTheNamesDiffer() {
        Score s = score(person("P").named("Mihai", "Ionescu").phone("07700 900461").born("1985-03-12").nationality("Romanian"),
                person("P").named("Anna", "Popesku").phone("07700900461").born("1985-03-12").nationality("Romanian"));

        assertThat(s.outcome()).isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void theSamePassportWithDifferentNamesIsNotAMatch() {
        Score s = score(person("P").named("Mihai", "Ionescu").passport("RO1234567"),
                person("P").named("Anna", "Popesku").passport("ro 123 4567"));

        assertThat(s.outcome()).isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void theSamePassportWithTheSameNamesIsAMatch() {
        Score s = score(person("P").named("Mihai", "Ionescu").passport("RO1234567"),
                person("P").named("MIHAI", "IONESCU").passport("ro 123 4567"));

        assertThat(s.outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void anUncommonNameWithFullDateOfBirthAndNationalityIsAMatch() {
        Score s = score(person("P").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian"),
                person("P").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian"));

        assertThat(s.outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void anaPopescuAndAnnaPopeskuBornTheSameDayOfOneNationalityAreAMatch() {
        Score s = score(person("P").named("Ana", "Popescu").born("1990-07-21").nationality("Romanian"),
                person("P").named("Anna", "Popesku").born("1990-07-21").nationality("Romanian"));

        assertThat(s.outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void theSameNameAloneIsNotAMatch() {
        Score s = score(person("P").named("Mihai", "Ionescu").nationality("Romanian"),
                person("P").named("Mihai", "Ionescu").nationality("Romanian"));

        assertThat(s.outcome()).isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aDifferentDateOfBirthOutweighsAnAgreeingName() {
        Score same = score(person("P").named("Mihai", "Ionescu").born("1985-03-12"), person("P").named("Mihai", "Ionescu").born("1985-03-12"));
        Score different = score(person("P").named("Mihai", "Ionescu").born("1985-03-12"), person("P").named("Mihai", "Ionescu").born("1962-11-30"));

        assertThat(different.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(different.total()).isLessThan(same.total());
    }

    @Test
    void exactAgreementOnJohnSmithWeighsLessThanOnARareName() {
        Score common = score(person("P").named("John", "Smith").born("1985-03-12"), person("P").named("John", "Smith").born("1985-03-12"));
        Score rare = score(person("P").named("Mihai", "Ionescu").born("1985-03-12"), person("P").named("Mihai", "Ionescu").born("1985-03-12"));

        assertThat(nameWeight(common)).isLessThan(nameWeight(rare));
        assertThat(common.total()).isLessThan(rare.total());
    }

    @Test
    void aSwappedCommonNameWeighsNoMoreThanTheSameNameInOrder() {
        Score inOrder = score(person("P").named("John", "Smith").born("1985-03-12"), person("P").named("John", "Smith").born("1985-03-12"));
        Score swapped = score(person("P").named("Smith", "John").born("1985-03-12"), person("P").named("John", "Smith").born("1985-03-12"));

        assertThat(swapped.total()).isLessThanOrEqualTo(inOrder.total());
    }

    private static double nameWeight(Score s) {
        return s.comparisons().stream().filter(c -> c.field().contains("Name")).mapToDouble(Comparison::weight).sum();
    }
}
