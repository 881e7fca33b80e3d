package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeknonymsTest {

    @ParameterizedTest(name = "{0} ({1}) is the parent of {2}")
    @CsvSource(nullValues = "-", value = {"abu ahmed, -, ahmed", "umm khalid, SYR, khalid", "um ali, IRQ, ali",
        "mai tendai, ZWE, tendai", "baba farai, ZWE, farai", "mama neema, TZA, neema"})
    void aNameThatSaysWhoseParentSomeoneIsNamesTheChild(String given, String nationality, String child) {
        assertThat(Teknonyms.is(given, nationality)).isTrue();
        assertThat(Teknonyms.child(Teknonyms.canonical(given, nationality))).isEqualTo(child);
    }

    @ParameterizedTest(name = "{0} ({1}) is a given name")
    @CsvSource(nullValues = "-", value = {"abu bakr, SDN", "abu, -", "mai anh, VNM", "mai tendai, -", "mai linh, GBR",
        "mama, KEN", "tendai, ZWE", "-, ZWE"})
    void aGivenNameOfTheSameWordsIsNot(String given, String nationality) {
        assertThat(Teknonyms.is(given, nationality)).isFalse();
        assertThat(Teknonyms.canonical(given, nationality)).isEqualTo(given);
    }
}
