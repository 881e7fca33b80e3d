package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A link's evidence as the store writes it: a link kept as a question by a rule names the rule; no other link grows. */
class LinkEvidenceTest {
    private static final List<StoreListener.Evidence.Item> ITEMS = List.of(new StoreListener.Evidence.Item("givenName", "EXACT", 6.14));

    @Test
    void aLinkNoRuleKeptAsAQuestionIsWrittenWithoutTheField() {
        assertThat(Json.write(new StoreListener.Evidence(4.66, 0.962, ITEMS, null, null))).doesNotContain("question");
    }

    @Test
    void aLinkARuleKeptAsAQuestionNamesTheRuleAndReadsBack() {
        String json = Json.write(new StoreListener.Evidence(4.66, 0.962, ITEMS, null, "house-mates of one given name"));

        assertThat(Json.MAPPER.readTree(json).path("question").asString()).isEqualTo("house-mates of one given name");
    }
}
