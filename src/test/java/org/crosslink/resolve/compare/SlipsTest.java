package org.crosslink.resolve.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the pairs a store ties by an identifier say of how often one person's records disagree. */
class SlipsTest {

    /** The levels of a pair, tied by the field given (exact) or by none, with its date and given name as told. */
    private static Map<String, Agreement> pair(String tie, Agreement date, Agreement given) {
        Map<String, Agreement> levels = new LinkedHashMap<>();
        levels.put("givenName", given);
        levels.put("familyName", Agreement.EXACT);
        levels.put("dateOfBirth", date);
        if (tie != null) {
            levels.put(tie, Agreement.EXACT);
        }
        levels.values().removeIf(v -> v == null);
        return levels;
    }

    /** A store's count of tied pairs: so many in all, so many of them with their dates differing. */
    private static Slips counted(String tie, int pairs, int datesDiffer) {
        Slips s = Slips.ASSUMED;
        for (int i = 0; i < pairs; i++) {
            s = s.plus(pair(tie, i < datesDiffer ? Agreement.DIFFERENT : Agreement.EXACT, Agreement.EXACT));
        }
        return s;
    }

    @Test
    void onlyPairsThatShareAnEmailOrAPersonalIdentifierAreCounted() {
        assertThat(counted("email", 3, 1)).isEqualTo(new Slips(3, 1, 3, 0));
        assertThat(counted("passport", 3, 1)).isEqualTo(new Slips(3, 1, 3, 0));
        assertThat(counted("nationalId", 2, 0)).isEqualTo(new Slips(2, 0, 2, 0));
        assertThat(counted("phone", 3, 1)).as("a phone is handed round a house").isEqualTo(Slips.ASSUMED);
        assertThat(counted(null, 3, 1)).isEqualTo(Slips.ASSUMED);
    }

    @Test
    void aFieldEitherLacksIsNotCompared() {
        Slips s = Slips.ASSUMED.plus(pair("email", null, Agreement.DIFFERENT));

        assertThat(s).isEqualTo(new Slips(0, 0, 1, 1));
    }

    @Test
    void dataOfOnePersonThatOftenDisagreeNoLongerHoldApart() {
        Slips corrupted = counted("email", 560, 115);

        assertThat(corrupted.dateHoldsApart()).isFalse();
        assertThat(corrupted.givenNameHoldsApart()).as("no given name differed").isTrue();
    }

    @Test
    void aFewInTenIsNotEnoughWhenThePairsAreFew() {
        assertThat(counted("passport", 21, 3).dateHoldsApart()).as("3 of 21: the share may well be below one in ten").isTrue();
        assertThat(counted("passport", 30, 9).dateHoldsApart()).as("9 of 30: it is not").isFalse();
    }

    @Test
    void aWellKeptStoreHoldsApart() {
        assertThat(counted("nationalId", 5340, 362).dateHoldsApart()).as("FEBRL's dataset3: 7%").isTrue();
        assertThat(counted("passport", 200, 0).dateHoldsApart()).isTrue();
        assertThat(Slips.ASSUMED.dateHoldsApart()).isTrue();
        assertThat(Slips.ASSUMED.givenNameHoldsApart()).isTrue();
    }

    @Test
    void moreDifferingThanComparedIsRefused() {
        assertThatThrownBy(() -> new Slips(3, 4, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slips(3, 1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSummarySaysWhichFieldHoldsApart() {
        assertThat(counted("email", 560, 115).summary())
                .isEqualTo("of the pairs an identifier ties, 115 of 560 differ in date of birth, 0 of 560 in given name: "
                        + "a given name alone holds apart, a date alone does not");
    }
}
