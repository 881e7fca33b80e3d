package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The search index's keys: a key names its mention, keys stay positive, and each block of mentions is one range. */
class SearchKeysTest {
    private static final List<Long> MENTIONS = List.of(0L, 1L, 65_535L, 65_536L, 1_570_000L, SearchStore.MAX_MENTION);

    @Test
    void aKeyNamesTheMentionItWasMadeFor() {
        Random rng = new Random(7);
        for (long mention : MENTIONS) {
            for (int i = 0; i < 1_000; i++) {
                long key = SearchStore.key(mention, rng.nextLong());
                assertThat(key).isNotNegative();
                assertThat(SearchStore.mention(key)).isEqualTo(mention);
            }
        }
    }

    @Test
    void everyKeyOfABlockComesBeforeEveryKeyOfTheNext() {
        Random rng = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            long block = rng.nextInt((int) (SearchStore.MAX_MENTION / SearchStore.BLOCK_SIZE));
            long a = block * SearchStore.BLOCK_SIZE + rng.nextInt(SearchStore.BLOCK_SIZE);
            long b = (block + 1) * SearchStore.BLOCK_SIZE + rng.nextInt(SearchStore.BLOCK_SIZE);
            assertThat(SearchStore.key(a, rng.nextLong())).isLessThan(SearchStore.key(b, rng.nextLong()));
        }
    }

    @Test
    void theSameTermOfTwoMentionsInABlockDiffersOnlyInTheMentionsPlace() {
        long term = 0x9e3779b97f4a7c15L;
        long a = SearchStore.key(3 * SearchStore.BLOCK_SIZE + 17, term);
        long b = SearchStore.key(3 * SearchStore.BLOCK_SIZE + 40_000, term);
        assertThat(a >>> 16).isEqualTo(b >>> 16);
        assertThat(SearchStore.key(3 * SearchStore.BLOCK_SIZE + 17, term ^ (1L << 63)) >>> 16).isNotEqualTo(a >>> 16);
    }
}
