package org.crosslink.resolve.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crosslink.model.IdentifierType;
import org.crosslink.model.Location;
import org.crosslink.model.LocationKind;
import org.crosslink.model.PartialDate;
import org.crosslink.resolve.Fixtures;
import org.crosslink.resolve.Fixtures.PersonBuilder;
import org.crosslink.resolve.NamePair;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.resolve.ResolutionSettings;
import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PersonComparatorTest {
    private static final ResolutionSettings SETTINGS = Fixtures.settings();
    private final PersonComparator comparator = ResolutionEngine.personComparator(SETTINGS, SETTINGS.personWeights(),
            SETTINGS.frequencies());
    private final NameComparator nameComparator = new NameComparator(new Similarity(SETTINGS.nearSimilarity(), SETTINGS.closeSimilarity()),
            SETTINGS.nicknames(), SETTINGS.frequencies(), SETTINGS.personWeights(), SETTINGS.tfMaxBonusBits());

    /** A person with the locations they are linked to, as one report gives them. */
    record Side(PersonBuilder person, List<Location> places) {
        PersonRecord record() {
            return Fixtures.record(person, places.toArray(Location[]::new));
        }

        @Override
        public String toString() {
            return person + (places.isEmpty() ? "" : " @" + places.stream().map(Location::postcode).toList());
        }
    }

    private static Side side(PersonBuilder p, Location... places) {
        return new Side(p, List.of(places));
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(side(person("P").named("Mihai", "Ionescu").born("1985-03-12")),
                        side(person("P").named("Mihai", "Ionescu").born("1985-03-12"))),
                Arguments.of(side(person("P").named("Mihai", "Ionescu").born("1985-03-12").gender("M")),
                        side(person("P").named("Mihai", "Ionesku").born("1985-12-03").gender("F"))),
                Arguments.of(side(person("P").named("Ionescu", "Mihai")),
                        side(person("P").named("Mihai", "Ionescu"))),
                Arguments.of(side(person("P").named("Ionescu", "Mihai").born("1985")),
                        side(person("P").named("Mihail", "Ionesku").born("1985-03-12"))),
                Arguments.of(side(person("P").named("Smith", "John")),
                        side(person("P").named("John", "Smith"))),
                Arguments.of(side(person("P").named("M", "Ionescu")),
                        side(person("P").named("Mihai", "Ionescu"))),
                Arguments.of(side(person("P").named("M", "Ionescu")),
                        side(person("P").named("Ionescu", "Mihai"))),
                Arguments.of(side(person("P").named("J", "Smith")),
                        side(person("P").named("K", "Smith"))),
                Arguments.of(side(person("P").named("Mihai", "Ionescu").alias("Mishu Ionescu").alias("Mike Jonas")),
                        side(person("P").named("Mike", "Jonas"))),
                Arguments.of(side(person("P").named("Mihai", "Ionescu").alias("Mike Jonas")),
                        side(person("P").named("Michael", "Jones").alias("Ionescu Mihai").alias("M Ionescu"))),
                Arguments.of(side(person("P").named("Ana", "Popescu").born("1990-07")),
                        side(person("P").named("Anna", "Popesku").born("1990-07-21"))),
                Arguments.of(side(person("P").named("Ana", "Popescu").born("1990-08")),
                        side(person("P").named("Anna", "Popesku").born("1990-07-21"))),
                Arguments.of(side(person("P").named("Ana", "Popescu").born("1956-04-31")),
                        side(person("P").named("Anna", "Popesku").born("1956-04-30"))),
                Arguments.of(side(person("P").named("Ana", "Popescu").born("1990-13")),
                        side(person("P").named("Anna", "Popesku").born("1990"))),
                Arguments.of(side(person("P").named("Mihai", "Ionescu").phone("07700 900461").passport("RO1234567")),
                        side(person("P").named("Anna", "Popesku").phone("+44 7700 900461").passport("RO1234576"))),
                Arguments.of(side(person("P").named("Mihai", "Ionescu").passport("RO1234567").id(IdentifierType.NI_NUMBER, "AB123456C")),
                        side(person("P").named("Mihai", "Ionescu").passport("RO7654321").id(IdentifierType.NI_NUMBER, "ab 12 34 56 c"))),
                Arguments.of(side(person("P").named("Mihai", "Ionescu").nationality("Romanian").livesAt("L1").livesAt("L2"),
                                address("L1", "LU1 3XY", "Unit 4, 12 Mill Lane", "Dallow"), address("L2", "B21 9SN", "5 St John's Rd")),
                        side(person("P").named("Mihai", "Ionescu").nationality("Moldovan").livesAt("L1"),
                                address("L1", "lu13xy", "12 Mill Ln"))),
                Arguments.of(side(person("P").named("Mihai", "Ionescu").livesAt("L1").livesAt("L2"),
                                address("L1", "LU1 3XY", "Dallow", "12 Mill Lane"), address("L2", "B21 9SN", "5 St John's Rd")),
                        side(person("P").named("Mihai", "Ionescu").livesAt("L1").livesAt("L2"),
                                address("L1", "LU1 1AA", "12 Mill Lane", "Dallow"), address("L2", "B21 4XX", "5 Saint Johns Road"))),
                Arguments.of(side(person("P").named(null, "Ionescu")),
                        side(person("P").named("Mihai", null).born("1985-03-12"))),
                Arguments.of(side(person("P").named("Mihai", null)),
                        side(person("P").named(null, "Mihai"))),
                Arguments.of(side(person("P")),
                        side(person("P").named("Mihai", "Ionescu").born("1985-03-12").phone("07700 900461"))),
                Arguments.of(side(person("P").named("Muhammad Asif", "Khan").born("1984-07-07")),
                        side(person("P").named("M Asif", "Khan").born("1984-07-07"))),
                Arguments.of(side(person("P").named("Ted", "Jones").born("1970").gender("M")),
                        side(person("P").named("Edward", "Jones").born("1970-01-01").gender("F"))),
                Arguments.of(side(person("P").named("Андрей", "Ионеску").born("1985-03-12")),
                        side(person("P").named("Andrei", "Ionescu").born("1985-03-12"))));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @MethodSource("pairs")
    void comparingAWithBWeighsExactlyAsComparingBWithA(Side a, Side b) {
        PersonRecord ra = a.record();
        PersonRecord rb = b.record();

        assertThat(total(comparator.compare(ra, rb))).isCloseTo(total(comparator.compare(rb, ra)), within(1e-9));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @MethodSource("pairs")
    void comparingAWithBGivesTheSameLevelsForEachFieldAsComparingBWithA(Side a, Side b) {
        PersonRecord ra = a.record();
        PersonRecord rb = b.record();

        assertThat(levels(comparator.compare(ra, rb))).isEqualTo(levels(comparator.compare(rb, ra)));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @MethodSource("pairs")
    void whatHoldsAApartFromBHoldsBApartFromA(Side a, Side b) {
        PersonRecord ra = a.record();
        PersonRecord rb = b.record();

        assertThat(comparator.heldApart(ra, rb, comparator.compare(ra, rb)))
                .isEqualTo(comparator.heldApart(rb, ra, comparator.compare(rb, ra)));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1999-04-02  | 1999-04-02  | EXACT
            1999-04-02  | 1999-02-04  | NEAR
            1999-04-02  | 1998-04-02  | NEAR
            1961-12-02  | 1961-13-02  | NEAR
            2001-03-02  | 2071-03-02  | NEAR
            1999-04-12  | 1999-04-21  | NEAR
            1999-04-02  | 1999-05-02  | NEAR
            1961-03-02  | 1961-09-02  | NEAR
            1999-04-02  | 1985-04-02  | YEAR_DIFFERS
            1999-04-02  | 1999-11-02  | MONTH_DIFFERS
            1999-04-02  | 1999-04-27  | DAY_DIFFERS
            1956-04-31  | 1956-04-31  | EXACT
            1999-04-02  | 1999-04     | WEAK
            1999-04-02  | 1999        | WEAK
            1999-04     | 1999        | WEAK
            1999-04     | 1999-04     | WEAK
            1999-04-02  | 1999-05     | DIFFERENT
            1999-04-02  | 1998        | CLOSE
            1999-04     | 1998-04     | CLOSE
            1984        | 1974-11-18  | CLOSE
            1984        | 1974        | CLOSE
            1984        | 1984-08-17  | WEAK
            1989        | 1990-07-19  | CLOSE
            1989-07     | 1990-07     | CLOSE
            1989        | 1991-07-19  | DIFFERENT
            1999-04-02  | 1985        | DIFFERENT
            1999-04     | 1985-04     | DIFFERENT
            1999-04-02  | 1999-06-07  | DIFFERENT
            1999-04-02  | 1998-02-04  | DIFFERENT
            1999-04-02  | 1985-11-30  | DIFFERENT
            """)
    void datesOfBirthAgreeAtALevelWhicheverComesFirst(String a, String b, Agreement level) {
        PartialDate da = PartialDate.parse(a);
        PartialDate db = PartialDate.parse(b);

        assertThat(Dates.compare(da, db)).isEqualTo(level);
        assertThat(Dates.compare(db, da)).isEqualTo(level);
    }

    @Test
    void aYearAloneADigitFromTheOtherDateCountsAgainstTheMatchAndTheSameYearForIt() {
        Comparison slip = fields(comparator.compare(record(person("P").named("Andrei", "Radu").born("1974")),
                record(person("P").named("Andrei", "Radu").born("1984-08-17")))).get("dateOfBirth");
        Comparison same = fields(comparator.compare(record(person("P").named("Andrei", "Radu").born("1984")),
                record(person("P").named("Andrei", "Radu").born("1984-08-17")))).get("dateOfBirth");

        assertThat(slip.level()).isEqualTo(Agreement.CLOSE);
        assertThat(slip.weight()).isNegative();
        assertThat(same.level()).isEqualTo(Agreement.WEAK);
        assertThat(same.weight()).isPositive();
    }

    @ParameterizedTest(name = "{0} (Ethiopian calendar) and {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1991-05-12  | 1999-01-20  | EXACT
            1983-13-05  | 1991-09-10  | EXACT
            1991-05-12  | 1999-01-21  | DIFFERENT
            """)
    void anEthiopianCalendarDateIsTheDayItStandsForForEthiopiansAlone(String a, String b, Agreement level) {
        PartialDate da = PartialDate.parse(a);
        PartialDate db = PartialDate.parse(b);

        assertThat(Dates.compare(da, db, PlaceholderBirthdays.FIRST_OF_JANUARY, Calendars.Papers.ETHIOPIAN)).isEqualTo(level);
        assertThat(Dates.compare(db, da, PlaceholderBirthdays.FIRST_OF_JANUARY, Calendars.Papers.ETHIOPIAN)).isEqualTo(level);
        assertThat(Dates.compare(da, db)).isEqualTo(Agreement.DIFFERENT);
        assertThat(fields(comparator.compare(record(person("P").named("Chaltu", "Tolosa").born(a).nationality("Ethiopian")),
                record(person("P").named("Chaltu", "Gemechu").born(b)))).get("dateOfBirth").level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} ({2}) and {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1386-04-12  | 2007-07-03  | Iranian   | EXACT
            1386        | 2007-07-03  | Afghan    | WEAK
            1386-04-12  | 2007-07-04  | Iranian   | DIFFERENT
            2540-03-02  | 1997-03-02  | Thai      | EXACT
            2540        | 1997-03-02  | Thai      | WEAK
            2540-03-02  | 1997-03-03  | Thai      | DIFFERENT
            2052-03-15  | 1995-06-29  | Nepali    | NEAR
            2052        | 1995-06-29  | Nepali    | WEAK
            2052-03-15  | 1995-09-29  | Nepali    | DIFFERENT
            2540-03-02  | 1997-03-02  | British   | YEAR_DIFFERS
            1386-04-12  | 2007-07-03  | Thai      | DIFFERENT
            """)
    void aDateFromPapersInTheirNationalsCalendarIsTheDayItStandsFor(String a, String b, String nationality, Agreement level) {
        PersonRecord written = record(person("P").named("Zahra", "Ahmadi").born(a).nationality(nationality));
        PersonRecord converted = record(person("P").named("Zahra", "Ahmadi").born(b));

        assertThat(fields(comparator.compare(written, converted)).get("dateOfBirth").level()).isEqualTo(level);
        assertThat(fields(comparator.compare(converted, written)).get("dateOfBirth").level()).isEqualTo(level);
    }

    @Test
    void theFirstOfJanuaryIsComparedAsTheYearAlone() {
        assertThat(Dates.compare(PartialDate.parse("2000-01-01"), PartialDate.parse("2000-01-01"))).isEqualTo(Agreement.WEAK);
        assertThat(Dates.compare(PartialDate.parse("2000-01-01"), PartialDate.parse("2000-06-15"))).isEqualTo(Agreement.WEAK);
        assertThat(Dates.compare(PartialDate.parse("2000-01-01"), PartialDate.parse("1985-01-01"))).isEqualTo(Agreement.DIFFERENT);
    }

    @Test
    void aMissingDateOfBirthIsNoEvidence() {
        assertThat(Dates.compare(null, PartialDate.parse("1999-04-02"))).isNull();
        assertThat(fields(comparator.compare(record(person("P").named("Mihai", "Ionescu")),
                record(person("P").named("Mihai", "Ionescu").born("1985-03-12"))))).doesNotContainKey("dateOfBirth");
    }

    @Test
    void aHomeOfficeReferenceIsAPersonsOwnYetTwoDifferentOnesAreNoVetoAndOneInSequenceHardlyCounts() {
        PersonRecord kent = record(person("P").named("Rahmatullah", null).born("2009").id(IdentifierType.HOME_OFFICE_REF, "K2411873"));
        PersonRecord wmp = record(person("P").named("Rahmatullah", "Abdul Ghafoor").born("2009-01-01").id(IdentifierType.HOME_OFFICE_REF, "k 2411873"));
        PersonRecord brother = record(person("P").named("Rahmatullah", null).born("2009").id(IdentifierType.HOME_OFFICE_REF, "K2411874"));
        PersonRecord caseRef = record(person("P").named("Rahmatullah", "Abdul Ghafoor").born("2009").id(IdentifierType.HOME_OFFICE_REF, "HO-9915520"));

        assertThat(fields(comparator.compare(kent, wmp)).get("homeOfficeRef").weight()).isGreaterThan(15);
        assertThat(fields(comparator.compare(kent, brother)).get("homeOfficeRef").weight()).isBetween(0.0, 2.0);
        List<Comparison> other = comparator.compare(wmp, caseRef);
        assertThat(comparator.heldApart(wmp, caseRef, other)).isNull();
    }

    @Test
    void aNameAloneInTheOtherOrderIsStillANameAlone() {
        assertThat(comparator.nameAlone(comparator.compare(record(person("P").named("Dang", "Quang Huy").gender("M")),
                record(person("P").named("Quang Huy", "Dang").gender("M"))))).isTrue();
    }

    @Test
    void aNameAndAHouseAreWhatAFamilyOfOneNameSharesAndAPhoneIsNot() {
        Location house = address("L1", "B11 9XR", "14 Warwick Road");
        PersonRecord father = record(person("P").named("Paul", "Thorndale").gender("M").livesAt("L1"), house);
        PersonRecord son = record(person("P").named("Paul", "Thorndale").gender("M").livesAt("L1"), house);
        PersonRecord withPhone = record(person("P").named("Paul", "Thorndale").phone("07700 900471"), house);
        PersonRecord samePhone = record(person("P").named("Paul", "Thorndale").phone("07700 900471"));

        assertThat(comparator.householdAlone(comparator.compare(father, son))).isTrue();
        assertThat(comparator.householdAlone(comparator.compare(withPhone, samePhone))).isFalse();
    }

    @Test
    void namesInTheOtherOrderAgreeAsSwapped() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Ionescu", "Mihai")),
                record(person("P").named("Mihai", "Ionescu"))));

        assertThat(c).containsOnlyKeys("givenName~familyName", "familyName~givenName", "nameOrder");
        assertThat(c.get("nameOrder").level()).isEqualTo(Agreement.SWAPPED);
        assertThat(c.get("givenName~familyName").level()).isEqualTo(Agreement.EXACT);
    }

    @Test
    void theSameThreeNamesSplitElsewhereBetweenGivenAndFamilyNameAgree() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Nguyen Van", "Minh")),
                record(person("P").named("Van Minh", "NGUYEN"))));

        assertThat(c.get("givenName").level()).isEqualTo(Agreement.EXACT);
        assertThat(c.get("familyName").level()).isEqualTo(Agreement.EXACT);
        assertThat(c.get("nameOrder").level()).isEqualTo(Agreement.SWAPPED);
    }

    @Test
    void aFamilyFirstNameWithItsChristianNameLeftOffAgreesWithTheWholeName() {
        // MBUYI KALALA Jean-Pierre: family name, post-name, Christian name; filed without the last as Kalala / MBUYI
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Jean-Pierre", "MBUYI KALALA")),
                record(person("P").named("Kalala", "MBUYI"))));

        assertThat(c.get("familyName").level()).isEqualTo(Agreement.EXACT);
        assertThat(c.get("givenName").level()).isNotEqualTo(Agreement.DIFFERENT);
        assertThat(c.get("nameOrder").level()).isEqualTo(Agreement.SWAPPED);
    }

    @Test
    void aBrotherOfTheFamilyNameAloneStillDiffersInHisGivenName() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Jean-Pierre", "MBUYI KALALA")),
                record(person("P").named("Ilunga", "MBUYI"))));

        assertThat(c.get("givenName").level()).isEqualTo(Agreement.DIFFERENT);
    }

    @Test
    void anInitialInTheSwappedOrderIsWorthAGivenNamesInitial() {
        // the Tamil way, father's initial first: K. Murugan, and Murugan Kannan on his passport
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("K.", "Murugan")),
                record(person("P").named("Murugan", "Kannan"))));

        Comparison initial = c.get("familyName~givenName").level() == Agreement.INITIAL ? c.get("familyName~givenName") : c.get("givenName~familyName");
        assertThat(initial.level()).isEqualTo(Agreement.INITIAL);
        assertThat(initial.weight()).isEqualTo(SETTINGS.personWeights().weight("givenName", Agreement.INITIAL));
    }

    @Test
    void aFathersNameFiledAsTheFamilyNameAgreesWithTheWholeNameThatHoldsIt() {
        // Daniel son of Yonas son of Tesfay, filed as Daniel / Yonas and as Daniel Yonas / Tesfay
        PersonRecord shorter = record(person("P").named("Daniel", "Yonas").born("2004-03-07"));
        PersonRecord longer = record(person("P").named("Daniel Yonas", "TESFAY").born("2004-07-03"));

        Map<String, Comparison> c = fields(comparator.compare(shorter, longer));

        assertThat(c.get("givenName").level()).isIn(Agreement.EXACT, Agreement.NEAR);
        assertThat(c.get("familyName").level()).isIn(Agreement.EXACT, Agreement.NEAR);
        assertThat(PersonComparator.total(comparator.compare(longer, shorter))).isEqualTo(PersonComparator.total(comparator.compare(shorter, longer)));
        assertThat(comparator.heldApart(shorter, longer, comparator.compare(shorter, longer))).isNull();
    }

    @Test
    void aSonWhoseNameHoldsHisFathersIsStillHeldApartByTheDate() {
        PersonRecord father = record(person("P").named("Yonas", "Tesfay").born("1979-05-20"));
        PersonRecord son = record(person("P").named("Daniel Yonas", "Tesfay").born("2004-03-07"));

        assertThat(comparator.heldApart(father, son, comparator.compare(father, son))).isNotNull();
    }

    @Test
    void anInitialAgreesWithAGivenNameItBegins() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("M", "Ionescu")),
                record(person("P").named("Mihai", "Ionescu"))));

        assertThat(c.get("givenName").level()).isEqualTo(Agreement.INITIAL);
        assertThat(c.get("familyName").level()).isEqualTo(Agreement.EXACT);
    }

    @Test
    void anInitialAgreesWithANicknameOfANameItBeginsAndDoesNotHoldThePersonsApart() {
        PersonRecord initial = record(person("P").named("M", "Redson").born("1986-09-23"));
        PersonRecord gretta = record(person("P").named("Gretta", "Redson").born("1986-09-23"));
        PersonRecord bert = record(person("P").named("Bert", "Midworth"));
        List<Comparison> c = comparator.compare(initial, gretta);

        assertThat(fields(c).get("givenName").level()).as("Gretta is a Margaret").isEqualTo(Agreement.INITIAL);
        assertThat(comparator.heldApart(initial, gretta, c)).isNull();
        assertThat(nameComparator.given("a", null, "bert", null)).as("an Albert").isEqualTo(Agreement.INITIAL);
        assertThat(nameComparator.given("r", null, "bert", null)).as("a Robert").isEqualTo(Agreement.INITIAL);
        assertThat(nameComparator.given("k", null, "gretta", null)).isEqualTo(Agreement.DIFFERENT);
        assertThat(nameComparator.given("n i", null, "kolya", null)).as("a Mykola, Nikolai in Russian").isEqualTo(Agreement.INITIAL);
        assertThat(nameComparator.given("a s", null, "sasha", null)).as("an Oleksandr, Aleksandr in Russian").isEqualTo(Agreement.INITIAL);
        assertThat(nameComparator.given("h", null, "bob", null)).as("Hob is a Robert too, but a nickname's initial is no registered name's")
                .isEqualTo(Agreement.DIFFERENT);
        assertThat(nameComparator.given("m j", null, "gretta", null)).as("the second initial has no name to agree with")
                .isEqualTo(Agreement.INITIAL);
        assertThat(fields(comparator.compare(record(person("P").named("J", "Midworth")), bert)).get("givenName").level())
                .isEqualTo(Agreement.DIFFERENT);
    }

    @Test
    void aGivenNameAndPatronymicInTheUkrainianAndTheRussianFormsAgreeAsNicknames() {
        // Hanna Serhiivna on her Ukrainian papers, Anna Sergeevna through a Russian interpreter
        assertThat(nameComparator.given("anna sergeevna", null, "hanna serhiivna", null)).isEqualTo(Agreement.NICKNAME);
        assertThat(nameComparator.given("anna", null, "maria", null)).isEqualTo(Agreement.DIFFERENT);
    }

    @ParameterizedTest
    @CsvSource({"van long, van nam", "maria luz, maria rosa", "john robert, john michael", "bill henry, william james"})
    void oneFirstNameWithTwoOtherSecondNamesIsNoNickname(String a, String b) {
        // Vietnamese brothers: Van begins most men's given names, as Thi most women's
        assertThat(nameComparator.given(a, null, b, null)).isNotIn(Agreement.EXACT, Agreement.NEAR, Agreement.NICKNAME);
        assertThat(nameComparator.given(b, null, a, null)).isNotIn(Agreement.EXACT, Agreement.NEAR, Agreement.NICKNAME);
    }

    @Test
    void twinsBothWrittenFamilyNameFirstAreHeldApartByTheirGivenNames() {
        PersonRecord lan = record(person("P").named("Nguyen", "Thi Lan").born("1993-06-20"));
        PersonRecord trang = record(person("P").named("Nguyen", "Thu Trang").born("1993-06-20"));
        assertThat(comparator.heldApart(lan, trang, comparator.compare(lan, trang))).isEqualTo("different given names");
        PersonRecord thomasSmith = record(person("P").named("Thomas", "Smith").born("1993-06-20"));
        PersonRecord thomasJones = record(person("P").named("Thomas", "Jones").born("1993-06-20"));
        assertThat(comparator.heldApart(thomasSmith, thomasJones, comparator.compare(thomasSmith, thomasJones)))
                .as("Thomas is a family name too, but more often a given name").isNull();
    }

    @Test
    void aGivenNameThatIsAlsoAFamilyNameIsNoOtherNameForAJuniorsSuffix() {
        PersonRecord jnr = record(person("P").named("Lee", "BARKER JNR").born("2009-05-17"));
        PersonRecord plain = record(person("P").named("Lee", "Barker").born("2009-05-17"));
        assertThat(comparator.heldApart(jnr, plain, comparator.compare(jnr, plain))).isNull();
    }

    @Test
    void juniorAndSeniorOfOneNameAreHeldApart() {
        PersonRecord son = record(person("P").named("Dean", "Barker Jnr").phone("07700 900781"));
        PersonRecord father = record(person("P").named("Dean", "BARKER SNR").phone("07700 900781"));
        assertThat(comparator.heldApart(son, father, comparator.compare(son, father))).isEqualTo("junior and senior");
        assertThat(comparator.contradiction(son, father, comparator.compare(son, father))).as("no slip writes a suffix")
                .isEqualTo(Contradiction.STRONG);
        PersonRecord plain = record(person("P").named("Dean", "Barker").phone("07700 900781"));
        assertThat(comparator.heldApart(son, plain, comparator.compare(son, plain))).as("a suffix one record leaves out").isNull();
    }

    @Test
    void twoMenOfOneGivenNameAtOneHouseOnOnePhoneWithDifferentFamilyNamesAreHouseMates() {
        PersonRecord stan = houseMate("Marian", "Stan", null);
        PersonRecord ionescu = houseMate("Marian", "Ionescu", null);
        assertThat(comparator.houseMates(comparator.compare(stan, ionescu))).isTrue();
    }

    @Test
    void aDateOfBirthInCommonOrTheNamesReadTheOtherWayRoundAreMoreThanHouseMatesShare() {
        PersonRecord stan = houseMate("Marian", "Stan", "1994-11-30");
        PersonRecord ionescu = houseMate("Marian", "Ionescu", "1994-11-30");
        assertThat(comparator.houseMates(comparator.compare(stan, ionescu))).as("one date of birth").isFalse();
        PersonRecord swapped = houseMate("Stan", "Marian", null);
        PersonRecord straight = houseMate("Marian", "Stan", null);
        assertThat(comparator.houseMates(comparator.compare(straight, swapped))).as("one name in two orders").isFalse();
        PersonRecord slip = houseMate("Marian", "Stna", null);
        assertThat(comparator.houseMates(comparator.compare(straight, slip))).as("a slip in the family name").isFalse();
    }

    private static PersonRecord houseMate(String given, String family, String born) {
        PersonBuilder p = person("P").named(given, family).gender("M").phone("07700 900990").livesAt("L1");
        return record(born == null ? p : p.born(born), address("L1", "WV13 1RF", "14 Walsall Street"));
    }

    @ParameterizedTest
    @CsvSource({"bill henry, william henry", "bill, william henry", "bill h, william henry"})
    void aNicknameAsTheFirstOfTwoGivenNamesStillAgrees(String a, String b) {
        assertThat(nameComparator.given(a, null, b, null)).isEqualTo(Agreement.NICKNAME);
    }

    @Test
    void aNicknameOfACommonNameCountsForNoMoreThanTheCommonNameItself() {
        NameFrequencies frequencies = new NameFrequencies(Map.of(), Map.of("john", 0.1, "jack", 0.01));
        NameComparator names = new NameComparator(new Similarity(SETTINGS.nearSimilarity(), SETTINGS.closeSimilarity()),
                SETTINGS.nicknames(), frequencies, SETTINGS.personWeights(), SETTINGS.tfMaxBonusBits());
        double exactJohn = weight(names, "john", "john");
        double nickname = weight(names, "jack", "john");

        assertThat(exactJohn).as("one in ten is a John").isLessThan(SETTINGS.personWeights().field("givenName").weight(Agreement.NICKNAME));
        assertThat(nickname).isEqualTo(exactJohn);
        assertThat(weight(names, "ted", "edward")).as("names of no known frequency keep the level's weight")
                .isEqualTo(SETTINGS.personWeights().field("givenName").weight(Agreement.NICKNAME));
    }

    @Test
    void aNameOnAListOfCommonNamesIsWorthNoMoreThanTheAverageNameHoweverRareTheListSaysItIs() {
        // the population's list says Singh is rarer than two people's sharing some family name: the store's reports
        // come from the communities that bear it
        Map<String, Double> family = Map.of("singh", 0.0010, "smith", 0.0126);
        NameComparator common = new NameComparator(new Similarity(SETTINGS.nearSimilarity(), SETTINGS.closeSimilarity()),
                SETTINGS.nicknames(), NameFrequencies.common(family, Map.of()), SETTINGS.personWeights(), SETTINGS.tfMaxBonusBits());
        NameComparator store = new NameComparator(new Similarity(SETTINGS.nearSimilarity(), SETTINGS.closeSimilarity()),
                SETTINGS.nicknames(), new NameFrequencies(family, Map.of()), SETTINGS.personWeights(), SETTINGS.tfMaxBonusBits());
        double average = SETTINGS.personWeights().field("familyName").weight(Agreement.EXACT);

        assertThat(familyWeight(common, "singh", "singh")).isEqualTo(average);
        assertThat(familyWeight(common, "smith", "smith")).isLessThan(average);
        assertThat(familyWeight(store, "singh", "singh")).as("a store's own rare name").isGreaterThan(average);
    }

    @Test
    void aFamilyNameASlipFromACommonOneCountsForNoMoreThanTheCommonNameItself() {
        NameFrequencies frequencies = new NameFrequencies(Map.of("schmidt", 0.05), Map.of());
        NameComparator names = new NameComparator(new Similarity(SETTINGS.nearSimilarity(), SETTINGS.closeSimilarity()),
                SETTINGS.nicknames(), frequencies, SETTINGS.personWeights(), SETTINGS.tfMaxBonusBits());
        double exactSchmidt = familyWeight(names, "schmidt", "schmidt");
        double slip = familyWeight(names, "schmid", "schmidt");

        assertThat(exactSchmidt).as("one in twenty is a Schmidt")
                .isLessThan(SETTINGS.personWeights().field("familyName").weight(Agreement.NEAR));
        assertThat(slip).isEqualTo(exactSchmidt);
        assertThat(familyWeight(names, "brenan", "brennan")).as("names of no known frequency keep the level's weight")
                .isEqualTo(SETTINGS.personWeights().field("familyName").weight(Agreement.NEAR));
    }

    private static double familyWeight(NameComparator names, String a, String b) {
        return names.pair(new NamePair("anna", a), new NamePair("anna", b), false).get(1).weight();
    }

    private static double weight(NameComparator names, String a, String b) {
        return names.pair(new NamePair(a, "smith"), new NamePair(b, "smith"), false).get(0).weight();
    }

    @Test
    void aGivenNameCutShortAgreesAsANicknameAndDoesNotHoldThePersonsApart() {
        assertAgreeWithoutBeingHeldApart(record(person("P").named("Isa", "Brennan").born("1962-12-12")),
                record(person("P").named("Isabella", "Brennan").born("1962-12-12")), "givenName", Agreement.NICKNAME);
    }

    @Test
    void givenNamesTwoSlipsApartDoNotHoldThePersonsApartButOtherNamesDo() {
        PersonRecord mangled = record(person("P").named("Ioaan", "Popescu").born("1990-07-21"));
        PersonRecord ioana = record(person("P").named("Ioana", "Popescu").born("1990-07-21"));
        PersonRecord mirela = record(person("P").named("Mirela", "Popescu").born("1990-07-21"));

        assertThat(comparator.heldApart(mangled, ioana, comparator.compare(mangled, ioana))).isNull();
        assertThat(comparator.heldApart(mirela, ioana, comparator.compare(mirela, ioana))).isEqualTo("different given names");
    }

    @Test
    void inAStoreWithoutHouseholdsAGivenNameOrDateAloneHoldsNoOneAtOneAddressApartButStillDoesAcrossTwo() {
        PersonComparator noHouseholds = ResolutionEngine.personComparator(SETTINGS, SETTINGS.personWeights(),
                SETTINGS.frequencies(), SETTINGS.placeholderBirthdays(), new Households(5, 300, 100), Slips.ASSUMED);
        Location home = address("L1", "E4 7HL", "70 Cromwell Road", "London");
        Location elsewhere = address("L1", "M14 5RG", "12 Park Lane", "Manchester");
        PersonRecord amelia = record(person("P").named("Amelia", "Ryan").born("1923-03-01").livesAt("L1"), home);
        PersonRecord edward = record(person("P").named("Edward", "Ryan").born("1923-03-01").livesAt("L1"), home);
        PersonRecord edwardElsewhere = record(person("P").named("Edward", "Ryan").born("1923-03-01").livesAt("L1"), elsewhere);
        PersonRecord ameliaLater = record(person("P").named("Amelia", "Ryan").born("1961-08-14").livesAt("L1"), home);
        PersonRecord son = record(person("P").named("Edward", "Ryan").born("1961-08-14").livesAt("L1"), home);

        assertThat(comparator.heldApart(amelia, edward, comparator.compare(amelia, edward))).isEqualTo("different given names");
        assertThat(noHouseholds.heldApart(amelia, edward, noHouseholds.compare(amelia, edward))).isNull();
        assertThat(noHouseholds.contradiction(amelia, edward, noHouseholds.compare(amelia, edward))).isEqualTo(Contradiction.NONE);
        assertThat(noHouseholds.heldApart(amelia, ameliaLater, noHouseholds.compare(amelia, ameliaLater))).isNull();
        assertThat(noHouseholds.heldApart(amelia, edwardElsewhere, noHouseholds.compare(amelia, edwardElsewhere)))
                .isEqualTo("different given names");
        assertThat(noHouseholds.contradiction(amelia, son, noHouseholds.compare(amelia, son)))
                .as("both differ: two people, households or not").isEqualTo(Contradiction.STRONG);
    }

    @Test
    void aMotherRecordedByHerInitialIsHeldApartFromHerSonByTheFormOfTheirFamilyName() {
        PersonRecord mother = record(person("P").named("P", "Kostova"));
        PersonRecord son = record(person("P").named("Petar", "Kostov").born("2000-12-13"));
        PersonRecord wifeInHusbandsForm = record(person("P").named("Marcela", "Gazi"));
        PersonRecord wife = record(person("P").named("Marcela", "Gažiová").born("1979-05-14"));

        assertThat(comparator.heldApart(mother, son, comparator.compare(mother, son)))
                .isEqualTo("the masculine and feminine forms of one family name");
        assertThat(comparator.heldApart(wifeInHusbandsForm, wife, comparator.compare(wifeInHusbandsForm, wife))).isNull();
    }

    @Test
    void aFatherAndSonContradictStronglyAndOneDateKeyedWronglyOnlyWeakly() {
        PersonRecord father = record(person("P").named("Ion", "Popa").born("1968-04-11"));
        PersonRecord son = record(person("P").named("Andrei", "Popa").born("1996-09-30"));
        PersonRecord fatherKeyedWrongly = record(person("P").named("Ion", "Popa").born("1968-11-21"));
        PersonRecord fatherUndated = record(person("P").named("Ion", "Popa"));

        assertThat(comparator.contradiction(father, son, comparator.compare(father, son))).isEqualTo(Contradiction.STRONG);
        assertThat(comparator.contradiction(father, fatherKeyedWrongly, comparator.compare(father, fatherKeyedWrongly)))
                .isEqualTo(Contradiction.WEAK);
        assertThat(comparator.contradictingFields(father, fatherKeyedWrongly, comparator.compare(father, fatherKeyedWrongly)))
                .containsExactly("dateOfBirth");
        assertThat(comparator.contradiction(father, fatherUndated, comparator.compare(father, fatherUndated)))
                .isEqualTo(Contradiction.NONE);
    }

    @Test
    void twoDifferentPassportsAreAStrongContradictionOnTheirOwn() {
        PersonRecord a = record(person("P").named("Ion", "Popa").born("1968-04-11").passport("RO1234567"));
        PersonRecord b = record(person("P").named("Ion", "Popa").born("1968-04-11").passport("RO7654321"));

        assertThat(comparator.contradiction(a, b, comparator.compare(a, b))).isEqualTo(Contradiction.STRONG);
        assertThat(comparator.contradictingFields(a, b, comparator.compare(a, b))).containsExactly("passport");
    }

    @Test
    void passportsOfTwoCountriesAreNoEvidenceEitherWayButTwoOfOneCountryContradict() {
        PersonRecord british = record(person("P").named("Kenwyn", "Pascoe").born("1969-05-23").passport("GBR 561093842"));
        PersonRecord irish = record(person("P").named("Kenwyn", "Pascoe").born("1969-05-23").passport("IRL PX4471906"));
        PersonRecord another = record(person("P").named("Kenwyn", "Pascoe").born("1969-05-23").passport("GBR 561093999"));

        assertThat(fields(comparator.compare(british, irish))).doesNotContainKey("passport");
        assertThat(comparator.contradiction(british, irish, comparator.compare(british, irish))).isEqualTo(Contradiction.NONE);
        assertThat(comparator.contradiction(british, another, comparator.compare(british, another))).isEqualTo(Contradiction.STRONG);
    }

    @Test
    void passportsOfRecordsOfTwoNationalitiesAreNoEvidenceEitherWay() {
        PersonRecord romanian = record(person("P").named("Ana-Maria", "Turcanu").born("1996-02-11").nationality("ROU").passport("058391746"));
        PersonRecord moldovan = record(person("P").named("Ana-Maria", "Turcanu").born("1996-02-11").nationality("MDA").passport("AB1937420"));

        assertThat(fields(comparator.compare(romanian, moldovan))).doesNotContainKey("passport");
        assertThat(comparator.contradiction(romanian, moldovan, comparator.compare(romanian, moldovan))).isEqualTo(Contradiction.NONE);
    }

    @Test
    void theSameMailboxAtAnotherProviderIsCloseEvidenceAndTheSameAddressLiftsTheVetoes() {
        PersonRecord a = record(person("P").named("Ana", "Marin").born("1990-07-21").id(IdentifierType.EMAIL, "ana.marin90@gmail.com"));
        PersonRecord b = record(person("P").named("Ana", "Marin").born("1990-07-21").id(IdentifierType.EMAIL, "ana.marin90@yahoo.co.uk"));
        PersonRecord c = record(person("P").named("Anca", "Marin").born("1991-11-03").id(IdentifierType.EMAIL, "ana.marin90@gmail.com"));

        assertThat(fields(comparator.compare(a, b)).get("email").level()).isEqualTo(Agreement.CLOSE);
        assertThat(comparator.heldApart(a, c, comparator.compare(a, c))).isNull();
    }

    @Test
    void mailboxesThatDifferInTheirNumbersAreTwoPeoplesNotOneMistyped() {
        PersonRecord a = record(person("P").named("Susan", "Talden").id(IdentifierType.EMAIL, "susan46@hotmail.co.uk"));
        PersonRecord b = record(person("P").named("Susan", "Kelham").id(IdentifierType.EMAIL, "susan47@hotmail.co.uk"));
        PersonRecord c = record(person("P").named("Susan", "Kelham").id(IdentifierType.EMAIL, "susan47@icloud.com"));
        PersonRecord slip = record(person("P").named("Susan", "Talden").id(IdentifierType.EMAIL, "suasn46@hotmail.co.uk"));

        assertThat(fields(comparator.compare(a, b))).doesNotContainKey("email");
        assertThat(fields(comparator.compare(a, c))).doesNotContainKey("email");
        assertThat(fields(comparator.compare(a, slip)).get("email").level()).isEqualTo(Agreement.NEAR);
    }

    @Test
    void inAStoreWhoseRecordsOfOnePersonOftenDisagreeADateAloneHoldsNoOneApartAnywhere() {
        PersonComparator sloppy = ResolutionEngine.personComparator(SETTINGS, SETTINGS.personWeights(),
                SETTINGS.frequencies(), SETTINGS.placeholderBirthdays(), Households.ASSUMED, new Slips(500, 100, 500, 20));
        PersonRecord sandra = record(person("P").named("Sandra", "Casworth").born("1940-02-17"));
        PersonRecord sandraMistyped = record(person("P").named("Sandra", "Casworth").born("1949-12-17"));
        PersonRecord susan = record(person("P").named("Susan", "Casworth").born("1940-02-17"));
        PersonRecord woman = record(person("P").named("Sandra", "Casworth").born("1949-12-17").gender("F"));
        PersonRecord man = record(person("P").named("Sandra", "Casworth").born("1940-02-17").gender("M"));
        PersonRecord other = record(person("P").named("Susan", "Casworth").born("1971-06-30"));

        assertThat(comparator.heldApart(sandra, sandraMistyped, comparator.compare(sandra, sandraMistyped)))
                .isEqualTo("different dates of birth");
        assertThat(sloppy.heldApart(sandra, sandraMistyped, sloppy.compare(sandra, sandraMistyped))).isNull();
        assertThat(sloppy.heldApart(sandra, susan, sloppy.compare(sandra, susan)))
                .as("given names seldom differ in this store").isEqualTo("different given names");
        assertThat(sloppy.contradiction(sandra, other, sloppy.compare(sandra, other)))
                .as("both differ: two people").isEqualTo(Contradiction.STRONG);
        assertThat(sloppy.contradiction(woman, man, sloppy.compare(woman, man)))
                .as("a date and a gender: two people").isEqualTo(Contradiction.STRONG);
    }

    @Test
    void anInitialDisagreesWithAGivenNameItDoesNotBegin() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("A", "Ionescu")),
                record(person("P").named("Mihai", "Ionescu"))));

        assertThat(c.get("givenName").level()).isEqualTo(Agreement.DIFFERENT);
    }

    @Test
    void twoRecordsKnownByMonikersAreComparedOnThemApartFromTheirNames() {
        PersonRecord yarey = record(person("P").named("Mohamed", "ABDI").alias("Yarey").born("2008-01-01"));
        PersonRecord arrested = record(person("P").named("Mohamed Abdi", "FARAH").alias("Yarey").born("2007-01-01"));
        PersonRecord cadde = record(person("P").named("Mohamed", "ABDI").alias("Cadde").born("2007-01-01"));

        assertThat(fields(comparator.compare(yarey, arrested)).get("moniker").level()).isEqualTo(Agreement.EXACT);
        assertThat(fields(comparator.compare(cadde, arrested)).get("moniker").level()).isEqualTo(Agreement.DIFFERENT);
        assertThat(fields(comparator.compare(cadde, arrested)).get("givenName").level()).isNotEqualTo(Agreement.EXACT);
    }

    @Test
    void aMonikerAgainstARecordWithoutOneIsStillANameToAlign() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Mohamed", "HASSAN").alias("Dheere")),
                record(person("P").named("Dheere", null))));

        assertThat(c).doesNotContainKey("moniker");
        assertThat(c.get("givenName").level()).isEqualTo(Agreement.EXACT);
    }

    @Test
    void anAliasAgreesWithTheOtherMentionsName() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Mihai", "Ionescu").alias("Mike Jonas")),
                record(person("P").named("Mike", "Jonas"))));

        assertThat(c.get("givenName").level()).isEqualTo(Agreement.EXACT);
        assertThat(c.get("familyName").level()).isEqualTo(Agreement.EXACT);
    }

    @Test
    void aPhoneWrittenTwoWaysIsASharedContact() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Mihai", "Ionescu").phone("07700 900461")),
                record(person("P").named("Anna", "Popesku").phone("0044 7700-900461"))));

        assertThat(c.get("phone").level()).isEqualTo(Agreement.EXACT);
        assertThat(c).doesNotContainKey("passport");
    }

    @Test
    void notSharingAPhoneIsNoEvidence() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Mihai", "Ionescu").phone("07700 900461")),
                record(person("P").named("Mihai", "Ionescu").phone("07700 900999"))));

        assertThat(c).doesNotContainKey("phone");
    }

    @Test
    void aPassportOneSlipApartAgreesNear() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Mihai", "Ionescu").passport("RO1234567")),
                record(person("P").named("Mihai", "Ionescu").passport("ro 123 4576"))));

        assertThat(c.get("passport").level()).isEqualTo(Agreement.NEAR);
    }

    @Test
    void aPassportNumberWrittenWithItsIssuingCountryBeforeItIsNoOtherPassport() {
        assertAgreeWithoutBeingHeldApart(record(person("P").named("Mihai", "Rusu").born("2000-06-14").passport("054872913")),
                record(person("P").named("M.", "Rusu").born("2000-06-14").passport("RO 054872913")), "passport", Agreement.NEAR);
    }

    @Test
    void aPassportNumberOfLettersAndDigitsWrittenWithItsIssuingCountryBeforeItIsNoOtherPassport() {
        assertAgreeWithoutBeingHeldApart(record(person("P").named("Lucja", "Wojcik").born("1995-02-11").passport("EK4821937")),
                record(person("P").named("Łucja", "Kamińska").born("1995-02-11").passport("PL EK4821937")), "passport", Agreement.NEAR);
    }

    @Test
    void aPassportNumberWrittenWithItsIssuingCountryAndASlipBesidesAgreesNear() {
        assertAgreeWithoutBeingHeldApart(record(person("P").named("Rafael", "Souza Lima").born("1989-05-21").passport("YC804572")),
                record(person("P").named("Rafael", "Lima").born("1989-05-21").passport("BRA YC804512")), "passport", Agreement.NEAR);
    }

    @Test
    void aPassportNumberWithACountrysCodeBeforeItAndTwoSlipsIsAnotherPassport() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Rafael", "Lima").passport("YC804572")),
                record(person("P").named("Rafael", "Lima").passport("BRA YC804519"))));

        assertThat(c.get("passport").level()).isEqualTo(Agreement.DIFFERENT);
    }

    @Test
    void passportsThatDifferInTheirLettersAreTwoPassports() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Ervin", "Leka").passport("BA2391847")),
                record(person("P").named("Ervin", "Leka").passport("BC0715523"))));

        assertThat(c.get("passport").level()).isEqualTo(Agreement.DIFFERENT);
    }

    @Test
    void identifiersOfDifferentTypesAreNotCompared() {
        Map<String, Comparison> c = fields(comparator.compare(record(person("P").named("Mihai", "Ionescu").passport("RO1234567")),
                record(person("P").named("Mihai", "Ionescu").id(IdentifierType.NATIONAL_ID, "RO1234567"))));

        assertThat(c).doesNotContainKeys("passport", "nationalId");
    }

    @Test
    void theBestOfSeveralAddressesIsCompared() {
        PersonRecord a = record(person("P").named("Mihai", "Ionescu").livesAt("L1").livesAt("L2"),
                address("L1", "B21 9SN", "5 St John's Rd"), address("L2", "LU1 3XY", "Unit 4, 12 Mill Lane"));
        PersonRecord b = record(person("P").named("Mihai", "Ionescu").livesAt("L1"), address("L1", "lu13xy", "12 Mill Ln"));

        Map<String, Comparison> c = fields(comparator.compare(a, b));

        assertThat(c.get("address.postcode").level()).isEqualTo(Agreement.EXACT);
        assertThat(c.get("address.houseNumber").level()).isEqualTo(Agreement.EXACT);
        assertThat(c.get("address.street").level()).isEqualTo(Agreement.EXACT);
    }

    @Test
    void aPersonWithNothingKnownGivesNoComparisonAtAll() {
        assertThat(comparator.compare(record(person("P")), record(person("P").named("Mihai", "Ionescu").born("1985-03-12")))).isEmpty();
    }

    @Test
    void agreeingOnACommonFamilyNameWeighsLessThanOnARareOne() {
        double smith = fields(comparator.compare(record(person("P").named("Mihai", "Smith")),
                record(person("P").named("Mihai", "Smith")))).get("familyName").weight();
        double ionescu = fields(comparator.compare(record(person("P").named("Mihai", "Ionescu")),
                record(person("P").named("Mihai", "Ionescu")))).get("familyName").weight();

        assertThat(smith).isLessThan(ionescu);
        assertThat(ionescu).isEqualTo(SETTINGS.personWeights().weight("familyName", Agreement.EXACT));
    }

    @Test
    void peopleHousedTogetherWhoseNamesAndDatesDisagreeAreNotOnePerson() {
        // the demo's victim and her controller at one premises, with the same nationality and gender recorded
        Location premises = address("L1", "LU1 3XY", "12 Mill Lane", "Dallow");
        PersonRecord victim = record(person("P").named("Ana", "Popescu").born("1999-04-02").nationality("ROU").gender("F").livesAt("L1"), premises);
        PersonRecord controller = record(person("P").named("Ion", "Ionescu").born("1980-05-06").nationality("ROU").gender("F").livesAt("L1"), premises);

        List<Comparison> c = comparator.compare(victim, controller);

        assertThat(shared(c)).isLessThanOrEqualTo(SETTINGS.sharedMaxBits() + 1e-9);
        assertThat(comparator.heldApart(victim, controller, c)).isNotNull();
    }

    @Test
    void aFullSharedAddressAddsTheCapAndATownAloneASmallShareOfIt() {
        Location premises = address("L1", "LU1 3XY", "12 Mill Lane", "Dallow");
        Location town = new Location("L1", LocationKind.ADDRESS, null, List.of(), "Luton", null, null, "UK", null, null);
        PersonRecord a = record(person("P").named("Ana", "Popescu").nationality("ROU").livesAt("L1"), premises);
        PersonRecord b = record(person("P").named("Ana", "Popescu").nationality("ROU").livesAt("L1"), premises);
        double full = shared(comparator.compare(a, b));
        double townOnly = shared(comparator.compare(record(person("P").named("Ana", "Popescu").livesAt("L1"), town),
                record(person("P").named("Ana", "Popescu").livesAt("L1"), town)));

        assertThat(full).isLessThanOrEqualTo(SETTINGS.sharedMaxBits() + 1e-9).isGreaterThan(SETTINGS.sharedMaxBits() * 0.7);
        assertThat(townOnly).isPositive().isLessThan(SETTINGS.sharedMaxBits() / 3);
    }

    @Test
    void aSharedPhoneAloneAddsAsMuchAsAWholeSharedAddressAndBothTogetherNoMore() {
        Location premises = address("L1", "LU1 3XY", "12 Mill Lane", "Dallow");
        double address = shared(comparator.compare(record(person("P").named("Ana", "Popescu").livesAt("L1"), premises),
                record(person("P").named("Ana", "Popescu").livesAt("L1"), premises)));
        double phone = shared(comparator.compare(record(person("P").named("Ana", "Popescu").phone("07700 900461")),
                record(person("P").named("Ana", "Popescu").phone("07700 900461"))));
        double both = shared(comparator.compare(record(person("P").named("Ana", "Popescu").phone("07700 900461").livesAt("L1"), premises),
                record(person("P").named("Ana", "Popescu").phone("07700 900461").livesAt("L1"), premises)));

        assertThat(phone).isCloseTo(SETTINGS.sharedMaxBits(), within(1e-9)).isGreaterThanOrEqualTo(address);
        assertThat(both).isCloseTo(SETTINGS.sharedMaxBits(), within(1e-9));
    }

    @Test
    void aNameInAnotherRomanisationAgreesNearAndDoesNotHoldThePersonsApart() {
        assertAgreeWithoutBeingHeldApart(record(person("P").named("Oksana", "Kovalenko").born("1997-03-08")),
                record(person("P").named("Oxana", "Kowalenko").born("1997-03-08")), "givenName", Agreement.NEAR);
    }

    @Test
    void aOneWordNameInAnotherRomanisationOfAWordOfTheOtherAgreesCloseAndDoesNotHoldThePersonsApart() {
        assertAgreeWithoutBeingHeldApart(record(person("P").named("Welat", "Yildiz").born("2000-06-14")),
                record(person("P").named("Mehmet Velat", "YILDIZ").born("2000-06-14")), "givenName", Agreement.CLOSE);
    }

    @Test
    void aMotherKnownAsHerChildsMotherHasNoGivenNameToCompareButIsNotTheChild() {
        PersonRecord maiTendai = record(person("P").named("Mai Tendai", "Chikowore").nationality("Zimbabwean"));
        PersonRecord nyasha = record(person("P").named("Nyasha", "Chikowore").born("1971-02-03").nationality("ZWE"));
        PersonRecord tendai = record(person("P").named("Tendai", "Chikowore").born("1998-05-20").nationality("ZWE"));

        assertThat(fields(comparator.compare(maiTendai, nyasha))).doesNotContainKey("givenName");
        assertThat(fields(comparator.compare(maiTendai, tendai)).get("givenName").level()).isEqualTo(Agreement.DIFFERENT);
        assertThat(fields(comparator.compare(record(person("P").named("Mai Anh", "Nguyen").nationality("VNM")),
                record(person("P").named("Mai Linh", "Nguyen").nationality("VNM")))).get("givenName").level())
                .as("a Vietnamese given name, compared").isNotNull();
    }

    @Test
    void aFamilyNameOneSlipFromAWordOfTheOthersAgreesClose() {
        assertAgreeWithoutBeingHeldApart(record(person("P").named("Adam", "ABAKAR").born("2008-03-11")),
                record(person("P").named("Adam", "Ishaq Abaker").born("2008-03-11")), "familyName", Agreement.CLOSE);
        assertThat(fields(comparator.compare(record(person("P").named("Adam", "Haroun").born("2008-03-11")),
                record(person("P").named("Adam", "Ishaq Abaker").born("2008-03-11")))).get("familyName").level())
                .isEqualTo(Agreement.DIFFERENT);
    }

    @Test
    void aNameIsLooselyPartOfAnotherOnlyAsOneWordOrBesideShortWords() {
        assertThat(NameParts.looselyPartOf("welat", "mehmet velat")).isTrue();
        assertThat(NameParts.looselyPartOf("van minh", "van binh")).isFalse();
        assertThat(NameParts.looselyPartOf("ali", "mehmet aly")).isFalse();
        assertThat(NameParts.looselyPartOf("bahadur", "man bdr")).isTrue();
        assertThat(NameParts.looselyPartOf("ma luzviminda", "luzviminda b")).isTrue();
        assertThat(NameParts.looselyPartOf("anna maria", "maria b")).isFalse();
    }

    @Test
    void aDifferentAddressTakesAwayNoMoreThanItsCap() {
        List<Comparison> c = comparator.compare(
                record(person("P").named("Ana", "Popescu").livesAt("L1"), address("L1", "LU1 3XY", "12 Mill Lane", "Dallow")),
                record(person("P").named("Ana", "Popescu").livesAt("L1"), address("L1", "M1 2TP", "5 Oxford Road", "Hulme")));

        assertThat(shared(c)).isGreaterThanOrEqualTo(-SETTINGS.sharedDisagreementMaxBits() - 1e-9).isNegative();
    }

    /** The two agree on the field at the level, and nothing holds them apart. */
    private void assertAgreeWithoutBeingHeldApart(PersonRecord a, PersonRecord b, String field, Agreement level) {
        List<Comparison> c = comparator.compare(a, b);

        assertThat(fields(c).get(field).level()).isEqualTo(level);
        assertThat(comparator.heldApart(a, b, c)).isNull();
    }

    /** What the shared fields add together. */
    private static double shared(List<Comparison> c) {
        return c.stream().filter(x -> x.field().startsWith("address.") || x.field().equals("nationality")
                        || List.of("phone", "vehicle", "bankAccount", "otherId").contains(x.field()))
                .mapToDouble(Comparison::weight).sum();
    }

    static double total(List<Comparison> comparisons) {
        return comparisons.stream().mapToDouble(Comparison::weight).sum();
    }

    /** Field levels, with the two crossed name fields pooled: which way round they are labelled depends on the order. */
    private static Map<String, List<Agreement>> levels(List<Comparison> comparisons) {
        return comparisons.stream().collect(Collectors.groupingBy(c -> c.field().contains("~") ? "crossedNames" : c.field(),
                Collectors.mapping(Comparison::level, Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().sorted().toList()))));
    }

    private static Map<String, Comparison> fields(List<Comparison> comparisons) {
        return comparisons.stream().collect(Collectors.toMap(Comparison::field, Function.identity()));
    }

    @Test
    void theSwappedOrderIsNeverSkippedWhenItCouldScoreMore() {
        // common names (discounted when exact), initials, spaced and missing names, and each name in both places
        List<String> names = Arrays.asList("john", "smith", "j", "s", "mary ann", "maryann", "jon", "smyth", "ionescu",
                "mihai", "ionesku", "li", "wei", "mohammed", "muhammad", "khan", "ann", null);
        List<NamePair> pairs = new ArrayList<>();
        for (String given : names) {
            for (String family : names) {
                if (given != null || family != null) {
                    pairs.add(new NamePair(given, family));
                }
            }
        }
        for (NamePair a : pairs) {
            for (NamePair b : pairs) {
                assertThat(nameComparator.swappedBound(a, b))
                        .as("%s against %s", a, b)
                        .isGreaterThanOrEqualTo(PersonComparator.total(nameComparator.pair(a, b, true)));
            }
        }
    }
}
