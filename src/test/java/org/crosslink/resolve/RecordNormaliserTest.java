package org.crosslink.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosslink.model.IdentifierType;
import org.crosslink.model.Report;
import org.junit.jupiter.api.Test;

class RecordNormaliserTest {

    @Test
    void anAliasOfSeveralWordsEndsInItsFamilyName() {
        assertThat(RecordNormaliser.splitName("Alina Georgescu", "popescu")).isEqualTo(new NamePair("alina", "georgescu"));
        assertThat(RecordNormaliser.splitName("Abdul Aziz Suliman", null)).isEqualTo(new NamePair("abdul aziz", "suliman"));
    }

    @Test
    void anAliasOfOneWordIsTheNameThePersonIsCalledBy() {
        assertThat(RecordNormaliser.splitName("Nok", null)).isEqualTo(new NamePair("nok", null));
    }

    @Test
    void anAliasOfOneWordKeepsThePersonsOwnFamilyName() {
        assertThat(RecordNormaliser.splitName("Amy", "zhao")).isEqualTo(new NamePair("amy", "zhao"));
    }

    @Test
    void aBlankAliasIsNoName() {
        assertThat(RecordNormaliser.splitName("  ", "zhao").isEmpty()).isTrue();
    }

    @Test
    void anEmailAddressTwoPersonsOfOneReportGiveIsSharedAndOneOnlyOneGivesIsHisOwn() {
        Report report = Fixtures.report("NORTHANTS", "R1")
                .with(Fixtures.person("P1").named("Ion", "Popescu").id(IdentifierType.EMAIL, "Marius.Jobs@example.com")
                        .id(IdentifierType.EMAIL, "ion.popescu88@example.com"))
                .with(Fixtures.person("P2").named("Vasile", "Rusu").id(IdentifierType.EMAIL, "marius.jobs@example.com"))
                .build();

        PersonRecord ion = new RecordNormaliser().person(report, report.persons().get(0));

        assertThat(ion.ids()).containsExactlyInAnyOrder(new Id(IdentifierType.EMAIL, "marius.jobs@example.com", true),
                new Id(IdentifierType.EMAIL, "ion.popescu88@example.com", false));
    }
}
