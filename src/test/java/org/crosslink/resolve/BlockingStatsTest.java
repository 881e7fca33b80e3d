package org.crosslink.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A small run of the blocking statistics command, to keep it working; the figures come from the command. */
class BlockingStatsTest {

    @Test
    void everyCandidateComparedIsCountedOnceUnderTheKeysItShares() {
        BlockingStats stats = BlockingStats.of(2_000, 300);

        long counted = stats.byShared().values().stream().mapToLong(c -> c.compared).sum();
        assertThat(stats.comparisons()).isPositive();
        assertThat(counted).isEqualTo(stats.comparisons());
        assertThat(stats.byFamily()).containsKey("gfy");
        assertThat(stats.byFamily().values()).allSatisfy(c -> assertThat(c.compared).isLessThanOrEqualTo(counted));
    }

    @Test
    void theReportStartsWithTheComparisonsAMentionAndGivesALinePerFamily() {
        BlockingStats stats = BlockingStats.of(2_000, 100);

        String report = stats.report();

        assertThat(report).startsWith("blocking-stats: mentions=100 comparisons=");
        assertThat(report.lines().filter(l -> l.startsWith("family="))).hasSize(stats.byFamily().size());
    }
}
