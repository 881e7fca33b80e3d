package org.crosslink.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordNormaliserTest {

    @Test
    void anAliasOfSeveralWordsEndsInItsFamilyName() {
        assertThat(RecordNormaliser.splitName("Alina Georgescu")).isEqualTo(new NamePair("alina", "georgescu"));
        assertThat(RecordNormaliser.splitName("Abdul Aziz Suliman")).isEqualTo(new NamePair("abdul aziz", "suliman"));
    }

    @Test
    void anAliasOfOneWordIsTheNameThePersonIsCalledBy() {
        assertThat(RecordNormaliser.splitName("Nok")).isEqualTo(new NamePair("nok", null));
    }

    @Test
    void aBlankAliasIsNoName() {
        assertThat(RecordNormaliser.splitName("  ").isEmpty()).isTrue();
    }
}
