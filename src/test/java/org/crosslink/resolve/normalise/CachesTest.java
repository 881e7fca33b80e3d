package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CachesTest {

    @Test
    void forgettingEmptiesTheNameAndPhoneCachesAndTheyFillAgain() {
        assertThat(Names.normalise("Quentin Oddlynamé")).isEqualTo("quentin oddlyname");
        assertThat(Phones.e164("07700 900123")).isEqualTo("+447700900123");
        assertThat(Caches.holds("Quentin Oddlynamé")).isTrue();
        assertThat(Caches.holds("07700 900123")).isTrue();

        Caches.forgetAll();

        assertThat(Caches.holds("Quentin Oddlynamé")).isFalse();
        assertThat(Caches.holds("07700 900123")).isFalse();
        assertThat(Names.normalise("Quentin Oddlynamé")).isEqualTo("quentin oddlyname");
        assertThat(Caches.holds("Quentin Oddlynamé")).isTrue();
    }

    @Test
    void aNameInPlainAsciiIsCleanedWithoutEnteringTheCache() {
        assertThat(Names.normalise("Quentin O'Plainname")).isEqualTo("quentin oplainname");

        assertThat(Caches.holds("Quentin O'Plainname")).isFalse();
    }

    @Test
    void aTextThatIsNotANameOrPhoneIsRememberedAsSuchAndStillAnswersNull() {
        assertThat(Phones.e164("not a phone")).isNull();
        assertThat(Phones.e164("not a phone")).isNull();
        assertThat(Names.normalise("---")).isNull();
        assertThat(Names.normalise("---")).isNull();
    }
}
