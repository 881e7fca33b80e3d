package org.crosslink.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestNameTest {
    private static final List<String> VALID = List.of("crosslink.intake.batch-size", "crosslink.intake.batch-wait-ms",
            "crosslink.errors.maximum-redeliveries", "crosslink.outbox.batch-size", "crosslink.db.url");

    @Test
    void aSlipOfTheKeyboardIsTakenForTheNameItMissed() {
        assertThat(NearestName.suggest("crosslink.intake.batchsize", VALID)).contains("crosslink.intake.batch-size");
        assertThat(NearestName.suggest("crosslink.errors.maximum-redelivery", VALID)).contains("crosslink.errors.maximum-redeliveries");
        assertThat(NearestName.suggest("crosslnk.db.url", VALID)).contains("crosslink.db.url");
    }

    @Test
    void aNameInTheWrongSectionIsTakenForTheOnlyOneWithItsLastPart() {
        assertThat(NearestName.suggest("crosslink.alerts.batch-wait-ms", VALID)).contains("crosslink.intake.batch-wait-ms");
    }

    @Test
    void aLastPartSharedBySeveralNamesSuggestsNoneOfThem() {
        assertThat(NearestName.suggest("crosslink.somewhere.else.entirely.batch-size", VALID)).isEmpty();
    }

    @Test
    void aNameLikeNoneIsGivenNoSuggestion() {
        assertThat(NearestName.suggest("log.level", VALID)).isEmpty();
    }

    @Test
    void ofTwoNamesEquallyNearTheAlphabeticallyFirstIsSuggested() {
        assertThat(NearestName.suggest("ab", List.of("ac", "aa"))).contains("aa");
    }
}
