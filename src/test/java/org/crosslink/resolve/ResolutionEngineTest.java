package org.crosslink.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.key;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.report;

import java.util.List;

import org.crosslink.model.IdentifierType;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Report;
import org.crosslink.resolve.score.MatchOutcome;
import org.junit.jupiter.api.Test;

/** Whole reports through the engine: who joins whom, and who stays apart. */
class ResolutionEngineTest {
    private final ResolutionEngine engine = Fixtures.engine();

    private ResolutionEngine.Changes resolve(Report r) {
        return engine.resolve(r, List.of(), List.of());
    }

    private Entity<PersonRecord> entityOf(MentionKey key) {
        return engine.persons().mention(key).entity();
    }

    @Test
    void aNewMentionOfAKnownPersonJoinsTheirEntity() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian")).build());
        Entity<PersonRecord> before = entityOf(key("MET", "R1", "P1"));

        ResolutionEngine.Changes changes = resolve(report("GMP", "R2")
                .with(person("P1").named("MIHAI", "IONESCU").born("1985-03-12").nationality("romanian")).build());

        assertThat(entityOf(key("GMP", "R2", "P1"))).isSameAs(before);
        assertThat(before.members()).hasSize(2);
        assertThat(changes.persons()).containsExactly(before);
        assertThat(engine.persons().entityCount()).isEqualTo(1);
    }

    @Test
    void aMentionOfAPersonKnownToManyReportsIsComparedWithOnlyAFewOfThemAndStillJoins() {
        int cap = Fixtures.settings().maxLinksPerEntity();
        int known = cap + 6;
        for (int i = 1; i <= known; i++) {
            resolve(report("MET", "R" + i).with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian")).build());
        }
        Entity<PersonRecord> mihai = entityOf(key("MET", "R1", "P1"));
        long before = engine.persons().comparisons();

        resolve(report("GMP", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian")).build());

        assertThat(entityOf(key("GMP", "R1", "P1"))).isSameAs(mihai);
        assertThat(engine.persons().mention(key("GMP", "R1", "P1")).edges()).hasSize(cap);
        assertThat(engine.persons().comparisons() - before).isEqualTo(cap);
        assertThat(mihai.members()).hasSize(known + 1);
    }

    @Test
    void aMentionOfSomeoneNewFoundsAnEntityOfItsOwn() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12")).build());

        resolve(report("GMP", "R2").with(person("P1").named("Anna", "Popesku").born("1990-07-21")).build());

        assertThat(entityOf(key("GMP", "R2", "P1"))).isNotSameAs(entityOf(key("MET", "R1", "P1")));
        assertThat(engine.persons().entityCount()).isEqualTo(2);
        assertThat(engine.persons().mentionCount()).isEqualTo(2);
    }

    @Test
    void twoIdenticalPersonsOfOneReportAreNeverOneEntity() {
        resolve(report("MET", "R1").with(
                person("P1").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian"),
                person("P2").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian")).build());

        assertThat(entityOf(key("MET", "R1", "P1"))).isNotSameAs(entityOf(key("MET", "R1", "P2")));
        assertThat(engine.persons().entityCount()).isEqualTo(2);
    }

    @Test
    void aThirdMentionMatchingBothPersonsOfOneReportJoinsOnlyOne() {
        resolve(report("MET", "R1").with(
                person("P1").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian"),
                person("P2").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian")).build());

        resolve(report("GMP", "R2").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian")).build());

        Entity<PersonRecord> third = entityOf(key("GMP", "R2", "P1"));
        assertThat(engine.persons().mention(key("GMP", "R2", "P1")).edges()).hasSize(2);
        assertThat(entityOf(key("MET", "R1", "P1"))).isNotSameAs(entityOf(key("MET", "R1", "P2")));
        assertThat(List.of(entityOf(key("MET", "R1", "P1")), entityOf(key("MET", "R1", "P2")))).containsOnlyOnce(third);
        assertThat(engine.persons().entityCount()).isEqualTo(2);
    }

    @Test
    void aMentionWithoutADateOfBirthWhereAMotherAndADaughterOfItsNameLiveJoinsNeither() {
        resolve(report("MET", "R1").with(person("P1").named("Eriona", "Dervishi").born("1968-05-14").gender("F").nationality("ALB")
                .phone("07700 900931").livesAt("L1")).with(address("L1", "E4 7HL", "70 Cromwell Road", "London")).build());
        resolve(report("MET", "R2").with(person("P1").named("Eriona", "Dervishi").born("1992-02-26").gender("F").nationality("ALB")
                .phone("07700 900931").livesAt("L1")).with(address("L1", "E4 7HL", "70 Cromwell Road", "London")).build());

        resolve(report("GMP", "R3").with(person("P1").named("Eriona", "Dervishi").gender("F").nationality("ALB")
                .phone("07700 900931").livesAt("L1")).with(address("L1", "E4 7HL", "70 Cromwell Road", "London")).build());

        Mention<PersonRecord> undated = engine.persons().mention(key("GMP", "R3", "P1"));
        assertThat(undated.edges()).as("a match to both, for a person to decide").hasSize(2)
                .extracting(Edge::outcome).containsOnly(MatchOutcome.MATCH);
        assertThat(undated.entity().members()).containsExactly(undated);
        assertThat(engine.persons().entityCount()).isEqualTo(3);
    }

    @Test
    void aMentionByAnInitialThatFitsBothTwinsAtTheirHomeJoinsNeither() {
        for (String twin : List.of("Kian", "Kyle")) {
            resolve(report("MERSEY", "R-" + twin).with(person("P1").named(twin, "Doyle").born("2009-03-14").gender("M")
                    .livesAt("L1")).with(address("L1", "L32 7QT", "14 Roughwood Drive", "Kirkby")).build());
        }

        resolve(report("CUMBRIA", "R3").with(person("P1").named("K.", "DOYLE").born("2009-03-14").gender("M")
                .livesAt("L1")).with(address("L1", "L32 7QT", "14 Roughwood Drive", "Kirkby")).build());

        Mention<PersonRecord> initial = engine.persons().mention(key("CUMBRIA", "R3", "P1"));
        assertThat(initial.entity().members()).as("K. is Kian as much as Kyle").containsExactly(initial);
        assertThat(engine.persons().entityCount()).isEqualTo(3);
    }

    @Test
    void anEmailAddressAReportGivesToSeveralPersonsJoinsNoOneWhomTheirDatesOfBirthHoldApart() {
        resolve(report("NORTHANTS", "R1").with(person("P1").named("Ion", "Popescu").born("1988-02-11").gender("M")
                        .nationality("ROU").id(IdentifierType.EMAIL, "marius.jobs@example.com"),
                person("P2").named("Vasile", "Rusu").born("1979-07-30").id(IdentifierType.EMAIL, "marius.jobs@example.com")).build());

        resolve(report("WARKS", "R2").with(person("P1").named("Ion", "Popescu").born("1994-09-23").gender("M")
                .nationality("ROU").id(IdentifierType.EMAIL, "marius.jobs@example.com")).build());

        assertThat(entityOf(key("WARKS", "R2", "P1"))).as("the recruiter's address, handed round")
                .isNotSameAs(entityOf(key("NORTHANTS", "R1", "P1")));
    }

    @Test
    void aMentionWhoseDateOfBirthAgreesWithOneOfTwoNamesakesAtAnAddressJoinsHer() {
        resolve(report("MET", "R1").with(person("P1").named("Eriona", "Dervishi").born("1968-05-14").gender("F").nationality("ALB")
                .phone("07700 900931").livesAt("L1")).with(address("L1", "E4 7HL", "70 Cromwell Road", "London")).build());
        resolve(report("MET", "R2").with(person("P1").named("Eriona", "Dervishi").gender("F").nationality("ALB")
                .phone("07700 900931").livesAt("L1")).with(address("L1", "E4 7HL", "70 Cromwell Road", "London")).build());

        resolve(report("GMP", "R3").with(person("P1").named("Eriona", "Dervishi").born("1968-05-14").gender("F").nationality("ALB")
                .livesAt("L1")).with(address("L1", "E4 7HL", "70 Cromwell Road", "London")).build());

        assertThat(entityOf(key("GMP", "R3", "P1"))).isSameAs(entityOf(key("MET", "R1", "P1")));
    }

    @Test
    void aRecordThatAgreesWithMostOfAnEntityJoinsItThoughOneOddMemberDiffersFromItInNameAndDate() {
        for (String force : List.of("MET", "GMP", "WMP")) {
            resolve(report(force, "R1").with(person("P1").named("Tomasz", "Nowicki").born("1983-06-21").gender("M")
                    .passport("EZ1234567")).build());
        }
        // the given name keyed wrongly, the month a digit out: one odd record, linked in by his passport
        resolve(report("KENT", "R1").with(person("P1").named("Tadeusz", "Nowicki").born("1983-07-21").gender("M")
                .passport("EZ1234567")).build());
        Entity<PersonRecord> tomasz = entityOf(key("MET", "R1", "P1"));
        assertThat(entityOf(key("KENT", "R1", "P1"))).isSameAs(tomasz);

        // the day's digits swapped: a slip from most of his records, but two parts from the odd one's date
        resolve(report("ESSEX", "R1").with(person("P1").named("Tomasz", "Nowicki").born("1983-06-12").gender("M")).build());

        assertThat(entityOf(key("ESSEX", "R1", "P1"))).as("each field the odd record differs on is its own slip")
                .isSameAs(entityOf(key("MET", "R1", "P1")));
    }

    @Test
    void twoReportsOfTheSamePairOfTwinsGiveTwoEntitiesOfOneMentionFromEachReport() {
        for (String source : List.of("MET", "GMP")) {
            resolve(report(source, "R1").with(
                    person("P1").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian"),
                    person("P2").named("Mihai", "Ionescu").born("1985-03-12").nationality("Romanian")).build());
        }

        assertThat(engine.persons().entityCount()).isEqualTo(2);
        for (String ref : List.of("P1", "P2")) {
            assertThat(entityOf(key("MET", "R1", ref)).members()).hasSize(2)
                    .extracting(m -> m.key().report().source()).containsExactlyInAnyOrder("MET", "GMP");
        }
    }

    @Test
    void aMentionWithTwoLettersOfTheFamilyNameSwappedJoinsTheEntity() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12")).build());

        resolve(report("GMP", "R2").with(person("P1").named("Mihai", "Ionsecu").born("1985-03-12")).build());

        assertThat(entityOf(key("GMP", "R2", "P1"))).isSameAs(entityOf(key("MET", "R1", "P1")));
    }

    @Test
    void aCyrillicAndALatinSpellingOfOneNameLink() {
        resolve(report("MET", "R1").with(person("P1").named("Мария", "Попеску").born("1990-07-21")).build());

        resolve(report("GMP", "R2").with(person("P1").named("Maria", "Popescu").born("1990-07-21")).build());

        assertThat(entityOf(key("GMP", "R2", "P1"))).isSameAs(entityOf(key("MET", "R1", "P1")));
    }

    @Test
    void namesGivenInTheOtherOrderLinkWithAFullDateOfBirth() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12")).build());

        resolve(report("GMP", "R2").with(person("P1").named("Ionescu", "Mihai").born("1985-03-12")).build());

        assertThat(entityOf(key("GMP", "R2", "P1"))).isSameAs(entityOf(key("MET", "R1", "P1")));
    }

    @Test
    void aPartialDateOfBirthLinksWhenOtherEvidenceIsStrong() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985").phone("07700 900461").livesAt("L1"))
                .with(address("L1", "LU1 3XY", "12 Mill Lane")).build());

        resolve(report("GMP", "R2").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").phone("+44 7700 900461").livesAt("L1"))
                .with(address("L1", "lu13xy", "12 Mill Ln")).build());

        assertThat(entityOf(key("GMP", "R2", "P1"))).isSameAs(entityOf(key("MET", "R1", "P1")));
    }

    @Test
    void aPartialDateOfBirthWithANameAloneDoesNotLink() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985-03")).build());

        resolve(report("GMP", "R2").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12")).build());

        assertThat(entityOf(key("GMP", "R2", "P1"))).isNotSameAs(entityOf(key("MET", "R1", "P1")));
    }

    @Test
    void twoPeopleWhoShareAPhoneStayTwoEntities() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1985-03-12").phone("07700 900461")).build());

        resolve(report("GMP", "R2").with(person("P1").named("Anna", "Popesku").born("1990-07-21").phone("0044 7700-900461")).build());

        assertThat(entityOf(key("GMP", "R2", "P1"))).isNotSameAs(entityOf(key("MET", "R1", "P1")));
        assertThat(engine.persons().comparisons()).as("the shared phone puts them in one block").isEqualTo(1);
    }

    @Test
    void aSharedPhoneAndTheSameNameMakeOneEntityAsASharedAddressDoes() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").phone("07700 900461").nationality("Romanian")).build());

        resolve(report("GMP", "R2").with(person("P1").named("Mihai", "Ionescu").phone("07700900461").nationality("Romanian")).build());

        assertThat(engine.persons().mention(key("GMP", "R2", "P1")).entity()).isSameAs(entityOf(key("MET", "R1", "P1")));
    }

    @Test
    void aSharedPhoneAndAnInitialOfTheGivenNameMakeAPossibleLinkButNotOneEntity() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").phone("07700 900461").nationality("Romanian")).build());

        resolve(report("GMP", "R2").with(person("P1").named("M.", "Ionescu").phone("07700900461").nationality("Romanian")).build());

        Mention<PersonRecord> m = engine.persons().mention(key("GMP", "R2", "P1"));
        assertThat(m.edges()).singleElement().extracting(Edge::outcome).isEqualTo(MatchOutcome.POSSIBLE);
        assertThat(m.entity()).isNotSameAs(entityOf(key("MET", "R1", "P1")));
    }

    @Test
    void onePassportUnderTwoIdentitiesIsAPossibleMatchForACoordinatorNotOneEntity() {
        // a false identity given by a trafficker, or papers handed round: the sum is far short, the question is not
        resolve(report("KENT", "R1").with(person("P1").named("Thu", "Nguyen").born("1999-02-11").gender("F")
                .passport("C2748153")).build());

        resolve(report("HUMB", "R2").with(person("P1").named("Hoa", "Pham").born("2008-09-14").gender("F")
                .passport("C 2748153")).build());

        Mention<PersonRecord> m = engine.persons().mention(key("HUMB", "R2", "P1"));
        assertThat(m.edges()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(MatchOutcome.POSSIBLE);
            assertThat(e.probability()).isLessThan(0.5);
        });
        assertThat(m.entity()).isNotSameAs(entityOf(key("KENT", "R1", "P1")));
    }

    @Test
    void twoDocumentsStolenTogetherUnderAnotherNameAndDateAreAQuestionNotOneEntity() {
        // a rough sleeper's identity card and NI number, claimed on by a man of another name and date of birth: far
        // past a match by the sum, yet papers taken together are not a person
        resolve(report("TVP", "R1").with(person("P1").named("Wojciech", "Zielinski").born("1971-05-02").gender("M")
                .id(IdentifierType.NATIONAL_ID, "ANX531742").id(IdentifierType.NI_NUMBER, "PZ314782D")).build());

        resolve(report("MET", "R2").with(person("P1").named("Tomasz", "Nowak").born("1988-11-19").gender("M")
                .id(IdentifierType.NATIONAL_ID, "ANX 531742").id(IdentifierType.NI_NUMBER, "PZ 31 47 82 D")).build());

        Mention<PersonRecord> m = engine.persons().mention(key("MET", "R2", "P1"));
        assertThat(m.edges()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(MatchOutcome.POSSIBLE);
            assertThat(e.probability()).isGreaterThan(0.99);
        });
        assertThat(m.entity()).isNotSameAs(entityOf(key("TVP", "R1", "P1")));
    }

    @Test
    void aWifeReferredUnderHerHusbandsNameAndJoinedByHerPassportToHerArrestIsNotHeldApartByARecordOfHerOwnName() {
        // her referral's given name is her husband's (wife of Janos); the passport and the date join it to her arrest
        // under her own name, and a third record of her own name says only what the arrest said
        resolve(report("LINCS", "R1").with(person("P1").named("Janosne", "Kovacs").born("1969-04-12").gender("F")
                .passport("HU1234567")).build());
        resolve(report("HUMB", "R2").with(person("P1").named("Eva", "Szabo").born("1969-04-12").gender("F")
                .passport("HU1234567")).build());

        resolve(report("NCA", "R3").with(person("P1").named("Eva", "Kovacsne Szabo").born("1969-04-12").gender("F")).build());

        assertThat(entityOf(key("NCA", "R3", "P1"))).isSameAs(entityOf(key("HUMB", "R2", "P1")))
                .isSameAs(entityOf(key("LINCS", "R1", "P1")));
    }

    @Test
    void aManDetainedUnderHisFathersNameAsHisFamilyNameJoinsHisReferralThroughHisNiNumber() {
        // Muhammad ASIF referred; the NCA's payroll record of him carries his NI number; Greater Manchester write him
        // Asif AKRAM (son of Muhammad Akram): the NI number has already outweighed the given names' disagreement
        resolve(report("WYP", "R1").with(person("P1").named("Muhammad", "ASIF").born("1991-05-17").gender("M")
                .phone("07700 900314").livesAt("L1")).with(address("L1", "WF13 2EW", "14 Bradford Road", "Dewsbury")).build());
        resolve(report("NCA", "R2").with(person("P1").named("Muhammad", "ASIF").born("1991-05-17").gender("M")
                .id(IdentifierType.NI_NUMBER, "SX 41 27 86 B").livesAt("L1"))
                .with(address("L1", "WF13 2EW", "14 Bradford Road", "Dewsbury")).build());

        resolve(report("GMP", "R3").with(person("P1").named("Asif", "AKRAM").born("1991-05-17").gender("M")
                .id(IdentifierType.NI_NUMBER, "SX412786B").phone("+44 7700 900314").livesAt("L1"))
                .with(address("L1", "OL16 1DS", "3 Yorkshire Street", "Rochdale")).build());

        assertThat(entityOf(key("GMP", "R3", "P1"))).isSameAs(entityOf(key("NCA", "R2", "P1")))
                .isSameAs(entityOf(key("WYP", "R1", "P1")));
    }

    @Test
    void aGirlBroughtOnHerCousinsPassportWithTheCousinsNameAsAliasIsAQuestionNotHerCousin() {
        // the cousin's name recorded as the girl's alias agrees exactly, and so does the passport; their own names
        // and dates of birth, five years apart, say the document is the cousin's
        resolve(report("LEICS", "R1").with(person("P1").named("Akua", "Owusu").born("2004-03-17").gender("F")
                .passport("548193027")).build());

        resolve(report("MET", "R2").with(person("P1").named("Adjoa", "Mensa").alias("Akua Owusu").born("2009-10-05")
                .gender("F").passport("548193027")).build());

        Mention<PersonRecord> m = engine.persons().mention(key("MET", "R2", "P1"));
        assertThat(m.edges()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(MatchOutcome.POSSIBLE);
            assertThat(e.probability()).isGreaterThan(0.99);
        });
        assertThat(m.entity()).isNotSameAs(entityOf(key("LEICS", "R1", "P1")));
    }

    @Test
    void oneCardCarriedByTwoMenOfDifferentFingerprintsIsAQuestionNotOneEntity() {
        // the gang hands a false identity card from one gardener to the next: the PNC ids of their fingerprints differ
        resolve(report("ESSEX", "R1").with(person("P1").named("Marco", "Bellini").born("1998-03-21").gender("M")
                .id(IdentifierType.NATIONAL_ID, "CA31807KD").id(IdentifierType.PNC_ID, "26/0031415K")).build());

        resolve(report("KENT", "R2").with(person("P1").named("Marco", "Bellini").born("1998-03-21").gender("M")
                .id(IdentifierType.NATIONAL_ID, "CA 31807 KD").id(IdentifierType.PNC_ID, "26/0058806T")).build());

        Mention<PersonRecord> m = engine.persons().mention(key("KENT", "R2", "P1"));
        assertThat(m.edges()).singleElement().extracting(Edge::outcome).isEqualTo(MatchOutcome.POSSIBLE);
        assertThat(m.entity()).isNotSameAs(entityOf(key("ESSEX", "R1", "P1")));
    }

    @Test
    void twoIdentitiesWithAPhoneInCommonAreNotAQuestion() {
        // a phone is handed round a house: it is not a person's own document
        resolve(report("KENT", "R1").with(person("P1").named("Thu", "Nguyen").born("1999-02-11").gender("F")
                .phone("07700 900123")).build());

        resolve(report("HUMB", "R2").with(person("P1").named("Hoa", "Pham").born("2008-09-14").gender("F")
                .phone("07700 900123")).build());

        assertThat(engine.persons().comparisons()).as("the shared phone puts them in one block").isEqualTo(1);
        assertThat(engine.persons().mention(key("HUMB", "R2", "P1")).edges()).isEmpty();
    }

    @Test
    void aCommonNameAloneWithNothingElseInCommonIsNoPossibleMatch() {
        // a name shared by many thousands, no date of birth, another town: a question no coordinator could answer
        resolve(report("WYP", "R1").with(person("P1").named("Mohammed", "Khan").born("1986-05-14").gender("M")
                .phone("07700 900311")).build());

        resolve(report("WMP", "R2").with(person("P1").named("Mohammed", "Khan").gender("M")).build());

        assertThat(engine.persons().comparisons()).as("the two names put them in one block").isEqualTo(1);
        assertThat(engine.persons().mention(key("WMP", "R2", "P1")).edges()).isEmpty();
    }

    @Test
    void locationsResolveApartFromPersons() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").livesAt("L1"))
                .with(address("L1", "LU1 3XY", "Unit 4, 12 Mill Lane")).build());

        resolve(report("GMP", "R2").with(address("L7", "lu1 3xy", "12 Mill Ln")).build());

        assertThat(engine.locations().mention(key("GMP", "R2", "L7")).entity())
                .isSameAs(engine.locations().mention(key("MET", "R1", "L1")).entity());
        assertThat(engine.locations().entityCount()).isEqualTo(1);
        assertThat(engine.persons().entityCount()).isEqualTo(1);
    }

    @Test
    void aRepeatedRefInOneReportIsResolvedOnce() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu"), person("P1").named("Anna", "Popesku")).build());

        assertThat(engine.persons().mentionCount()).isEqualTo(1);
    }

    @Test
    void theSameRevisionCannotBeResolvedTwice() {
        Report r = report("MET", "R1").with(person("P1").named("Mihai", "Ionescu")).build();
        resolve(r);

        assertThatThrownBy(() -> resolve(r)).isInstanceOf(IllegalStateException.class);
        assertThat(engine.persons().mentionCount()).isEqualTo(1);
    }

    @Test
    void eachMentionGetsTheNextMentionId() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu"), person("P2").named("Anna", "Popesku"))
                .with(address("L1", "LU1 3XY", "12 Mill Lane")).build());

        assertThat(engine.persons().mention(key("MET", "R1", "P1")).id()).isEqualTo(1);
        assertThat(engine.persons().mention(key("MET", "R1", "P2")).id()).isEqualTo(2);
        assertThat(engine.locations().mention(key("MET", "R1", "L1")).id()).isEqualTo(3);
        assertThat(engine.nextMentionId()).isEqualTo(4);
        assertThat(engine.allMentions()).hasSize(3);
    }
}
