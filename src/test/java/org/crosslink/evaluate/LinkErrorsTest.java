package org.crosslink.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.crosslink.model.MentionKey;
import org.junit.jupiter.api.Test;

/** False merges and false splits counted from a clustering and its truth. */
class LinkErrorsTest {
    private static MentionKey m(String id) {
        return new MentionKey("MET", id, "P1");
    }

    @Test
    void anEntityOfTwoTruePersonsIsAFalseMergeAndAPersonInTwoEntitiesAFalseSplit() {
        Map<MentionKey, String> truth = Map.of(m("a1"), "A", m("a2"), "A", m("b1"), "B", m("c1"), "C", m("c2"), "C", m("c3"), "C");
        Map<MentionKey, String> predicted = Map.of(m("a1"), "E1", m("a2"), "E1", m("b1"), "E1", m("c1"), "E2", m("c2"), "E2", m("c3"), "E3");

        LinkErrors errors = LinkErrors.of(truth, predicted);

        assertThat(errors.merges()).singleElement().satisfies(merge -> {
            assertThat(merge.entity()).isEqualTo("E1");
            assertThat(merge.byTruth()).containsOnlyKeys("A", "B");
            assertThat(merge.pairs()).isEqualTo(2);
        });
        assertThat(errors.splits()).singleElement().satisfies(split -> {
            assertThat(split.truth()).isEqualTo("C");
            assertThat(split.byEntity()).containsEntry("E3", java.util.List.of(m("c3")));
            assertThat(split.pairs()).isEqualTo(2);
        });
        PairwiseScore score = PairwiseScore.of(truth, predicted);
        assertThat(errors.mergePairs()).isEqualTo(score.predictedPairs() - score.correctPairs());
        assertThat(errors.splitPairs()).isEqualTo(score.truePairs() - score.correctPairs());
    }

    @Test
    void aMentionTheEngineNeverSawIsAnEntityOfItsOwn() {
        LinkErrors errors = LinkErrors.of(Map.of(m("a1"), "A", m("a2"), "A"), Map.of(m("a1"), "E1"));

        assertThat(errors.merges()).isEmpty();
        assertThat(errors.splits()).singleElement().satisfies(s -> assertThat(s.byEntity()).containsKey("unresolved MET/a2#P1"));
    }

    @Test
    void theWorstErrorsComeFirst() {
        Map<MentionKey, String> truth = Map.of(m("a1"), "A", m("a2"), "A", m("b1"), "B", m("b2"), "B", m("b3"), "B");
        Map<MentionKey, String> predicted = Map.of(m("a1"), "E1", m("a2"), "E2", m("b1"), "E3", m("b2"), "E4", m("b3"), "E5");

        assertThat(LinkErrors.of(truth, predicted).splits()).extracting(LinkErrors.Split::truth).containsExactly("B", "A");
    }
}
