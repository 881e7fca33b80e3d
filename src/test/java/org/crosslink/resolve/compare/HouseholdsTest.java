package org.crosslink.resolve.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a store's records of one family name at one address say of households. */
class HouseholdsTest {

    /** The levels of a pair of one family name at one address (postcode and street exact), given and date as told. */
    private static Map<String, Agreement> atOneAddress(Agreement given, Agreement date) {
        Map<String, Agreement> levels = new LinkedHashMap<>();
        levels.put("givenName", given);
        levels.put("familyName", Agreement.EXACT);
        levels.put("dateOfBirth", date);
        levels.put("address.postcode", Agreement.EXACT);
        levels.put("address.street", Agreement.EXACT);
        return levels;
    }

    /** A store's counts, pair by pair: so many differing in both, in given name alone, in date alone. */
    private static Households counted(int both, int givenAlone, int dateAlone) {
        Households h = Households.ASSUMED;
        for (int i = 0; i < both; i++) {
            h = h.plus(atOneAddress(Agreement.DIFFERENT, Agreement.DIFFERENT));
        }
        for (int i = 0; i < givenAlone; i++) {
            h = h.plus(atOneAddress(Agreement.DIFFERENT, Agreement.EXACT));
        }
        for (int i = 0; i < dateAlone; i++) {
            h = h.plus(atOneAddress(Agreement.EXACT, Agreement.DIFFERENT));
        }
        return h;
    }

    @Test
    void theStartingAssumptionIsHouseholdsSoEitherDifferenceAloneHoldsApart() {
        assertThat(Households.ASSUMED.givenNameHoldsApart()).isTrue();
        assertThat(Households.ASSUMED.dateHoldsApart()).isTrue();
    }

    @Test
    void eachPairIsCountedByWhichOfGivenNameAndDateDiffer() {
        Households h = Households.ASSUMED
                .plus(atOneAddress(Agreement.DIFFERENT, Agreement.DIFFERENT))
                .plus(atOneAddress(Agreement.DIFFERENT, Agreement.EXACT))
                .plus(atOneAddress(Agreement.EXACT, Agreement.DIFFERENT))
                .plus(atOneAddress(Agreement.EXACT, Agreement.EXACT))
                .plus(atOneAddress(Agreement.NICKNAME, Agreement.DIFFERENT))
                .plus(atOneAddress(Agreement.DIFFERENT, Agreement.NEAR));

        assertThat(h).isEqualTo(new Households(1, 1, 1));
    }

    @Test
    void pairsOfTwoFamilyNamesOrTwoAddressesAreNotCounted() {
        Map<String, Agreement> otherFamily = atOneAddress(Agreement.DIFFERENT, Agreement.EXACT);
        otherFamily.put("familyName", Agreement.NEAR);
        Map<String, Agreement> otherStreet = atOneAddress(Agreement.DIFFERENT, Agreement.EXACT);
        otherStreet.put("address.street", Agreement.DIFFERENT);
        Map<String, Agreement> nearPostcodeOnly = atOneAddress(Agreement.DIFFERENT, Agreement.EXACT);
        nearPostcodeOnly.put("address.postcode", Agreement.NEAR);
        nearPostcodeOnly.remove("address.street");

        Households h = Households.ASSUMED.plus(otherFamily).plus(otherStreet).plus(nearPostcodeOnly);

        assertThat(h).isEqualTo(Households.ASSUMED);
    }

    @Test
    void aHouseNumberThatDiffersIsStillOneAddressForItIsThePartMostOftenMistyped() {
        Map<String, Agreement> otherNumber = atOneAddress(Agreement.DIFFERENT, Agreement.EXACT);
        otherNumber.put("address.houseNumber", Agreement.DIFFERENT);

        assertThat(Households.ASSUMED.plus(otherNumber)).isEqualTo(new Households(0, 1, 0));
    }

    @Test
    void whereHouseholdMembersAreSeenTwinsAndNamesakeFathersAndSonsAreBelievedAndHeldApart() {
        Households families = counted(700, 40, 35);

        assertThat(families).isEqualTo(new Households(700, 40, 35));
        assertThat(families.givenNameHoldsApart()).isTrue();
        assertThat(families.dateHoldsApart()).isTrue();
    }

    @Test
    void whereSingleDifferencesOutnumberHouseholdMembersTheyAreRecordsWrittenWronglyAndHoldNoOneApart() {
        Households noFamilies = counted(13, 300, 100);

        assertThat(noFamilies.givenNameHoldsApart()).isFalse();
        assertThat(noFamilies.dateHoldsApart()).isFalse();
        assertThat(noFamilies.summary()).endsWith("neither alone holds apart");
    }

    @Test
    void eachDifferenceIsJudgedByItsOwnCount() {
        Households h = new Households(20, 60, 15);

        assertThat(h.givenNameHoldsApart()).isFalse();
        assertThat(h.dateHoldsApart()).as("fewer dates alone than household members").isTrue();
        assertThat(h.summary()).endsWith("a date alone holds apart, a given name alone does not");
    }

    @Test
    void aStoreWithTooFewPairsToTellKeepsTheAssumption() {
        Households h = new Households(0, Households.MIN_PAIRS - 1, Households.MIN_PAIRS - 1);

        assertThat(h.givenNameHoldsApart()).isTrue();
        assertThat(h.dateHoldsApart()).isTrue();
        assertThat(new Households(0, Households.MIN_PAIRS, 0).givenNameHoldsApart()).isFalse();
    }

    @Test
    void householdsArePresentOnlyWhereTheStoreShowsThemNotWhereItIsTooSmallToTell() {
        assertThat(counted(101, 6, 8).present()).isTrue();
        assertThat(counted(9, 0, 0).present()).as("too few to say").isFalse();
        assertThat(counted(19, 378, 123).present()).as("records written wrongly, not kin").isFalse();
        assertThat(Households.ASSUMED.present()).isFalse();
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new Households(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
