package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GendersTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            M          | M
            male       | M
            ' Man '    | M
            f          | F
            FEMALE     | F
            girl       | F
            x          | X
            non-binary | X
            """)
    void aGenderIsOneLetter(String raw, String expected) {
        assertThat(Genders.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> null")
    @NullSource
    @ValueSource(strings = {"", " ", "unknown", "?"})
    void aGenderNotGivenOrNotReadableIsNull(String raw) {
        assertThat(Genders.normalise(raw)).isNull();
    }
}
