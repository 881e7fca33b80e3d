package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MojibakeTest {

    @ParameterizedTest(name = "{0} was {1}")
    @CsvSource({"ArÅ«nas, Arūnas", "EglÄ—, Eglė", "JANKAUSKAITÄ–, JANKAUSKAITĖ", "JosÃ©, José", "MÃ¼ller, Müller",
        "Ð˜Ð²Ð°Ð½, Иван", "Ã‡elik, Çelik", "JosÃƒÂ©, José"})
    void utf8ReadAsWindows1252IsReadAgainAsUtf8(String misread, String written) {
        assertThat(Mojibake.repair(misread)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({"Ångström", "Çelik", "Ærø", "Müller", "Ñandú", "Ðorđe", "Ōno", "Ä", "Nguyễn", "Анна", "O'Brien"})
    void genuineTextIsLeftAlone(String text) {
        assertThat(Mojibake.repair(text)).isEqualTo(text);
    }

    @Test
    void onlyMisreadTextIsReportedAsMisread() {
        assertThat(Mojibake.misread("RuÈ™u")).isTrue();
        assertThat(Mojibake.misread("Rușu")).isFalse();
        assertThat(Mojibake.misread(null)).isFalse();
    }

    @Test
    void aRepairedNameNormalisesAsTheNameItself() {
        assertThat(Names.normalise("ArÅ«nas")).isEqualTo(Names.normalise("Arūnas")).isEqualTo("arunas");
    }
}
