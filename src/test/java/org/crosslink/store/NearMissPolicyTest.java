package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.crosslink.config.ConfigurationException;
import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Comparison;
import org.crosslink.resolve.score.Score;
import org.crosslink.resolve.score.Thresholds;
import org.crosslink.runtime.RuntimeSettings;
import org.crosslink.test.TestSettings;
import org.crosslink.undo.UndoLog;
import org.junit.jupiter.api.Test;

/** Which rejected candidates a mention keeps as near misses, and the settings that say so. */
class NearMissPolicyTest {
    private static final Thresholds THRESHOLDS = new Thresholds(0.99, 0.5);

    @Test
    void aMentionKeepsItsStrongestFewRejectedCandidatesAboveTheFloor() {
        NearMissPolicy policy = new NearMissPolicy(2, 0.001);
        UndoLog undo = new UndoLog();
        UndoableList<Rows.NearMiss> rows = new UndoableList<>(undo);
        rows.add(new Rows.NearMiss(7, 1, "P", 0.2, -2, "{}")); // an earlier mention's: not this one's to displace
        for (double bits : new double[] {-3, -12, -1, -5, -2}) {
            Score s = Score.of(0, List.of(new Comparison("givenName", Agreement.EXACT, bits)), THRESHOLDS);
            if (policy.keeps(s)) {
                policy.offer(rows, 8, (long) -bits, "P", s, () -> "{}");
            }
        }
        assertThat(rows.items()).extracting(Rows.NearMiss::mentionId, Rows.NearMiss::total)
                .containsExactly(tuple(7L, -2.0), tuple(8L, -2.0),
                        tuple(8L, -1.0));
    }

    @Test
    void aMatchOrPossibleMatchIsNoNearMiss() {
        NearMissPolicy policy = new NearMissPolicy(3, 0.001);
        assertThat(policy.keeps(Score.of(0, List.of(new Comparison("givenName", Agreement.EXACT, 1)), THRESHOLDS))).isFalse();
        assertThat(policy.keeps(Score.of(0, List.of(new Comparison("givenName", Agreement.EXACT, 1)), "different given names",
                THRESHOLDS))).isTrue();
    }

    @Test
    void aFloorAtOrAboveAPossibleMatchIsRefusedWithTheSettingsNamed() {
        var settings = TestSettings.create(TestSettings.newDataDir("near-miss-settings"),
                Map.of("crosslink.resolve.near-miss-probability", "0.5"));
        assertThatThrownBy(() -> RuntimeSettings.nearMissPolicy(settings)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("crosslink.resolve.near-miss-probability=0.5 must be below crosslink.resolve.person.possible-probability");
    }

    @Test
    void tooManyNearMissesAMentionAreRefusedWithTheSettingNamed() {
        var settings = TestSettings.create(TestSettings.newDataDir("near-miss-settings"),
                Map.of("crosslink.resolve.near-misses-per-mention", "21"));
        assertThatThrownBy(() -> RuntimeSettings.nearMissPolicy(settings)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("crosslink.resolve.near-misses-per-mention").hasMessageContaining("from 0 to 20");
    }
}
