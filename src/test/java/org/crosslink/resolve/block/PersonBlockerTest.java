package org.crosslink.resolve.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.key;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.record;
import static org.crosslink.resolve.Fixtures.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.crosslink.model.IdentifierType;
import org.crosslink.resolve.Fixtures;
import org.crosslink.resolve.Fixtures.PersonBuilder;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.ResolutionEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonBlockerTest {
    private final PersonBlocker blocker = new PersonBlocker();

    private static PersonBuilder mihai() {
        return person("P1").named("Mihai", "Ionescu").born("1985-03-12");
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("a typo in the family name", mihai(), person("P1").named("Mihai", "Lonescu").born("1985-03-12")),
                Arguments.of("a typo in the given name", mihai(), person("P1").named("Mihia", "Ionescu").born("1985-03-12")),
                Arguments.of("a typo in both names", mihai(), person("P1").named("Mikhai", "Ionesku").born("1985-03-12")),
                Arguments.of("day and month swapped", mihai(), person("P1").named("Mihai", "Ionescu").born("1985-12-03")),
                Arguments.of("a different date of birth at the same address", mihai().livesAt("L1"),
                        person("P1").named("Mihai", "Ionescu").born("1958-03-21").livesAt("L1")),
                Arguments.of("only a year of birth", mihai(), person("P1").named("Mihai", "Ionesku").born("1985")),
                Arguments.of("names swapped", mihai(), person("P1").named("Ionescu", "Mihai").born("1985")),
                Arguments.of("Cyrillic spelling", mihai(), person("P1").named("Михаил", "Ионеску").born("1985")),
                Arguments.of("an alias", mihai(), person("P1").named("Mike", "Jonas").alias("Mihai Ionescu").born("1985-03-12")),
                Arguments.of("the same passport", person("P1").named("Mihai", "Ionescu").passport("RO1234567"),
                        person("P1").named("Ion", "Popa").passport("ro 123 4567")),
                Arguments.of("a passport with two digits swapped", person("P1").named("Mihai", "Ionescu").passport("RO1234567"),
                        person("P1").named("Ion", "Popa").passport("RO1234576")),
                Arguments.of("a national id with one digit mistyped", person("P1").named("Mihai", "Ionescu").id(IdentifierType.NATIONAL_ID, "9912450"),
                        person("P1").named("Ion", "Popa").id(IdentifierType.NATIONAL_ID, "9912440")),
                Arguments.of("a passport with a digit left out", person("P1").named("Mihai", "Ionescu").passport("RO1234567"),
                        person("P1").named("Ion", "Popa").passport("RO123567")),
                Arguments.of("a shared phone", person("P1").named("Mihai", "Ionescu").phone("07700 900461"),
                        person("P1").named("Anna", "Popesku").phone("+44 7700 900461")),
                Arguments.of("an initial and the same family name", mihai(), person("P1").named("M", "Ionescu").born("1985-03-12")),
                Arguments.of("no family name, the given name mistyped", mihai(), person("P1").named("Mihaik", null).born("1985-03-12")),
                Arguments.of("one mailbox at two providers, its dot left out",
                        person("P1").named("Mihai", null).id(IdentifierType.EMAIL, "mihai.ionescu@gmail.com"),
                        person("P1").named("Mikhai", "Ion").id(IdentifierType.EMAIL, "mihaiionescu@yahoo.ro")),
                Arguments.of("a mailbox with a letter left out", person("P1").id(IdentifierType.EMAIL, "mihai.ionescu@gmail.com"),
                        person("P1").id(IdentifierType.EMAIL, "mihai.ionscu@gmail.com")),
                Arguments.of("a mailbox with a letter added", person("P1").id(IdentifierType.EMAIL, "mihai.ionescu@gmail.com"),
                        person("P1").id(IdentifierType.EMAIL, "mihai.ionesscu@gmail.com")),
                Arguments.of("a mailbox with a letter mistyped", person("P1").id(IdentifierType.EMAIL, "mihai.ionescu@gmail.com"),
                        person("P1").id(IdentifierType.EMAIL, "mihai.ionesku@gmail.com")),
                Arguments.of("a mailbox with two letters swapped", person("P1").id(IdentifierType.EMAIL, "mihai.ionescu@gmail.com"),
                        person("P1").id(IdentifierType.EMAIL, "mihai.ionsecu@gmail.com")),
                Arguments.of("a typo in the family name with a postcode", person("P1").named("Mihai", "Ionescu").livesAt("L1"),
                        person("P1").named("Mihai", "Ionesku").livesAt("L1")),
                Arguments.of("one of two given names, and two family names in the other order, with a postcode",
                        person("P1").named("Camila", "Garcia Lopez").livesAt("L1"), person("P1").named("Maria Camila", "Lopez Garcia").livesAt("L1")),
                Arguments.of("one of two given names and the second family name, with the date's day and month swapped",
                        person("P1").named("Yuliana Andrea", "Castaño Restrepo").born("1998-03-07"),
                        person("P1").named("Yuliana", "RESTREPO").born("1998-07-03")));
    }

    /** The keys through which {@code asking}, arriving, finds {@code filed} in the store. */
    private static Set<String> found(PersonBlocker blocker, PersonRecord asking, PersonRecord filed) {
        Set<String> found = new HashSet<>(blocker.queryKeys(asking));
        found.retainAll(blocker.keys(filed));
        return found;
    }

    private PersonRecord withAddress(PersonBuilder p) {
        return record(p, address("L1", "LU1 3XY", "12 Mill Lane"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void aVariantSharesABlockingKeyWithTheMentionItVaries(String variation, PersonBuilder a, PersonBuilder b) {
        assertThat(found(blocker, withAddress(b), withAddress(a))).as(variation).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void blockingIsSymmetricWhicheverArrivesFirst(String variation, PersonBuilder a, PersonBuilder b) {
        Set<String> ab = found(blocker, withAddress(b), withAddress(a));
        Set<String> ba = found(blocker, withAddress(a), withAddress(b));

        assertThat(ab.isEmpty()).as(variation).isEqualTo(ba.isEmpty());
    }

    @Test
    void aYearOfBirthAloneMeetsAFullDateByTransliterationWhicheverArrivesFirst() {
        PersonRecord full = record(person("P1").named("Mihai", "Ionescu").born("1985-03-21"));
        PersonRecord year = record(person("P1").named("Mikhail", "Ionesku").born("1985"));

        assertThat(found(blocker, full, year)).isNotEmpty().allMatch(k -> k.startsWith("bmp|"));
        assertThat(found(blocker, year, full)).isNotEmpty().allMatch(k -> k.startsWith("bm|"));
    }

    @Test
    void aDateCopiedFromPapersInTheirNationalsCalendarMeetsTheDayItStandsForWhicheverArrivesFirst() {
        PersonRecord card = record(person("P1").named("Ploy", "Phongphanitchakul").born("2539-08-14").nationality("Thai"));
        PersonRecord passport = record(person("P1").named("Ploy", "Phongphanitchakun").born("1996-08-14").nationality("THA"));
        PersonRecord notThai = record(person("P1").named("Ploy", "Phongphanitchakul").born("2539-08-14"));

        assertThat(found(blocker, card, passport)).anyMatch(k -> k.startsWith("nd|") && k.endsWith("|1996-8-14"));
        assertThat(found(blocker, passport, card)).anyMatch(k -> k.startsWith("nd|") && k.endsWith("|1996-8-14"));
        assertThat(found(blocker, notThai, passport)).as("a date read in the Thai calendar for Thais alone")
                .noneMatch(k -> k.endsWith("|1996-8-14"));
    }

    @Test
    void anIrishFamilyNameWithAndWithoutItsPrefixMeetsThroughTheDateWhicheverArrivesFirst() {
        PersonRecord shaun = record(person("P1").named("Shaun", "Sullivan").born("1971-09-14"));
        PersonRecord john = record(person("P1").named("John", "O'Sullivan").born("1971-09-14"));
        PersonRecord mac = record(person("P1").named("Michael", "MacGinley").born("1990-03-30"));
        PersonRecord mc = record(person("P1").named("Mikey", "McGinley").born("1990-03-30"));

        assertThat(found(blocker, shaun, john)).isNotEmpty();
        assertThat(found(blocker, john, shaun)).isNotEmpty();
        assertThat(found(blocker, mac, mc)).isNotEmpty();
        assertThat(found(blocker, mc, mac)).isNotEmpty();
    }

    /** A name alone can never make a match, so blocking does not look for it: the cost stays flat as the store grows. */
    @Test
    void theSameNameWithNothingElseInCommonIsNotACandidate() {
        assertThat(found(blocker, record(person("P1").named("Mihai", "Ionescu").born("1958-03-21")), record(mihai()))).isEmpty();
    }

    @Test
    void aMentionUnderANicknameWithoutADateMeetsTheFullNameWithOneWhicheverArrivesFirst() {
        PersonBlocker withNicknames = new PersonBlocker(Fixtures.settings().nicknames());
        PersonRecord full = record(person("P1").named("James", "Brookstead").born("1984-12-06"));
        PersonRecord nickname = record(person("P1").named("Jamie", "Brookstead"));

        assertThat(found(withNicknames, full, nickname)).isNotEmpty().allMatch(k -> k.startsWith("gkn|"));
        assertThat(found(withNicknames, nickname, full)).isNotEmpty().allMatch(k -> k.startsWith("gk|"));
    }

    @Test
    void aNicknameWithoutADateMeetsTheFullNameInAnotherRomanisationOfTheFamilyName() {
        PersonBlocker withNicknames = new PersonBlocker(Fixtures.settings().nicknames());
        PersonRecord full = record(person("P1").named("Oleksandra", "Kovalenko").born("1999-08-14"));
        PersonRecord nickname = record(person("P1").named("Sasha", "Kowalenko"));

        assertThat(found(withNicknames, nickname, full)).isNotEmpty();
        assertThat(found(withNicknames, full, nickname)).isNotEmpty();
    }

    @Test
    void bothNamesInAnotherRomanisationMeetTheirOtherSpellingsThroughTheFullDate() {
        PersonRecord english = record(person("P1").named("Yuliya", "Kovalenko").born("1997-03-08"));
        PersonRecord german = record(person("P1").named("Julija", "Kowalenko").born("1997-03-08"));

        assertThat(found(blocker, german, english)).isNotEmpty().allMatch(k -> k.startsWith("nd|"));
        assertThat(found(blocker, english, german)).isNotEmpty().allMatch(k -> k.startsWith("nd|"));
    }

    /** Two mentions with dates meet through the dates: the nickname key would bring every dated namesake. */
    @Test
    void twoMentionsWithFullDatesDoNotMeetThroughANicknameAlone() {
        PersonBlocker withNicknames = new PersonBlocker(Fixtures.settings().nicknames());
        PersonRecord james = record(person("P1").named("James", "Brookstead").born("1984-12-06"));
        PersonRecord jamie = record(person("P1").named("Jamie", "Brookstead").born("1961-05-23"));

        assertThat(found(withNicknames, jamie, james)).isEmpty();
    }

    @Test
    void twoUnrelatedPeopleShareNoBlockingKey() {
        PersonRecord anna = record(person("P1").named("Anna", "Popesku").born("1990-07-21").phone("07700 900999"));

        assertThat(found(blocker, anna, record(mihai().phone("07700 900461")))).isEmpty();
    }

    @Test
    void shortMailboxesTwoSlipsApartShareNoBlockingKey() {
        assertThat(found(blocker, record(person("P1").id(IdentifierType.EMAIL, "mary29@gmail.com")),
                record(person("P1").id(IdentifierType.EMAIL, "mark92@gmail.com")))).isEmpty();
    }

    @Test
    void aPersonWithNothingKnownHasNoBlockingKey() {
        assertThat(blocker.keys(record(person("P1")))).isEmpty();
    }

    @Test
    void aMentionIsComparedWithAVariantWithATypoInTheFamilyName() {
        ResolutionEngine engine = Fixtures.engine();
        engine.resolve(report("MET", "R1").with(mihai()).build(), List.of(), List.of());

        engine.resolve(report("GMP", "R2").with(person("P1").named("Mihai", "Lonescu").born("1985-03-12")).build(), List.of(), List.of());

        assertThat(engine.persons().comparisons()).isEqualTo(1);
        assertThat(engine.persons().mention(key("GMP", "R2", "P1")).edges()).singleElement()
                .satisfies(e -> assertThat(List.of(e.a().key(), e.b().key())).contains(key("MET", "R1", "P1")));
    }

    @Test
    void aMentionIsNotComparedWithSomeoneUnrelated() {
        ResolutionEngine engine = Fixtures.engine();
        engine.resolve(report("MET", "R1").with(mihai()).build(), List.of(), List.of());

        engine.resolve(report("GMP", "R2").with(person("P1").named("Anna", "Popesku").born("1990-07-21")).build(), List.of(), List.of());

        assertThat(engine.persons().comparisons()).isZero();
    }

    @Test
    void personsOfOneReportAreNotComparedWithEachOther() {
        ResolutionEngine engine = Fixtures.engine();

        engine.resolve(report("MET", "R1").with(mihai(), person("P2").named("Mihai", "Ionescu").born("1985-03-12")
                .id(IdentifierType.PASSPORT, "RO1")).build(), List.of(), List.of());

        assertThat(engine.persons().comparisons()).isZero();
    }
}
