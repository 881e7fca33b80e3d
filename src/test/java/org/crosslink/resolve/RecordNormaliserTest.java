package org.crosslink.resolve;

import static org.assertj.core.api.Assertions.assertThat;

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
}
