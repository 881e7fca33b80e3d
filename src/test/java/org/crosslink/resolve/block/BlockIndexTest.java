package org.crosslink.resolve.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.unimi.dsi.fastutil.ints.IntArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockIndexTest {
    private final BlockIndex index = new BlockIndex();

    private List<Integer> found(long key) {
        return List.copyOf(index.get(key));
    }

    @Test
    void aMentionAddedUnderAKeyIsFoundUnderIt() {
        index.add(42L, 7);
        index.add(42L, 9);

        assertThat(found(42L)).containsExactly(7, 9);
        assertThat(index.keyCount()).isEqualTo(1);
    }

    @Test
    void aKeyNobodyIsFiledUnderFindsNothing() {
        index.add(42L, 7);

        assertThat(found(43L)).isEmpty();
    }

    @Test
    void aRemovedMentionIsNoLongerFound() {
        index.add(42L, 7);
        index.add(42L, 9);

        index.remove(42L, 7);

        assertThat(found(42L)).containsExactly(9);
    }

    @Test
    void removingTheLastMentionOfAKeyDropsTheKey() {
        index.add(42L, 7);

        index.remove(42L, 7);

        assertThat(found(42L)).isEmpty();
        assertThat(index.keyCount()).isZero();
    }

    @Test
    void removingWhatWasNeverAddedChangesNothing() {
        index.add(42L, 7);

        index.remove(42L, 8);
        index.remove(43L, 7);

        assertThat(found(42L)).containsExactly(7);
        assertThat(index.keyCount()).isEqualTo(1);
    }

    @Test
    void aMentionFiledTwiceUnderOneKeyIsRemovedOnceAtATime() {
        index.add(42L, 7);
        index.add(42L, 7);

        index.remove(42L, 7);

        assertThat(found(42L)).containsExactly(7);
    }

    @Test
    void aMentionIsFiledUnderEachOfItsKeys() {
        index.add(1L, 7);
        index.add(2L, 7);

        index.remove(1L, 7);

        assertThat(found(1L)).isEmpty();
        assertThat(found(2L)).containsExactly(7);
    }

    @Test
    void aKeyThatShrankToOneMentionAndGrewAgainKeepsEveryMentionInOrder() {
        index.add(42L, 7);
        index.add(42L, 8);
        index.add(42L, 9);
        index.remove(42L, 7);
        index.remove(42L, 8);
        index.add(42L, 10);
        index.add(43L, 11);
        index.add(43L, 12);

        assertThat(found(42L)).containsExactly(9, 10);
        assertThat(found(43L)).containsExactly(11, 12);
    }

    @Test
    void aKeyWithMoreMentionsThanTheLimitIsCountedButNotCopied() {
        index.add(42L, 7);
        index.add(42L, 8);
        index.add(42L, 9);
        IntArrayList into = new IntArrayList();

        int count = index.postings(42L, into, 2);

        assertThat(count).isEqualTo(3);
        assertThat(into.size()).isZero();
    }

    @Test
    void manyKeysAddedAndRemovedInAnyOrderAreFoundExactlyAsAMapOfListsWouldFindThem() {
        Random random = new Random(7);
        Map<Long, List<Integer>> expected = new HashMap<>();
        List<long[]> filed = new ArrayList<>();
        for (int step = 0; step < 200_000; step++) {
            if (filed.isEmpty() || random.nextInt(3) > 0) {
                // few distinct keys among many, so keys share mentions, collide in the table and grow lists
                long key = random.nextInt(20_000) * 0x9E3779B97F4A7C15L;
                int mention = random.nextInt(1_000_000);
                index.add(key, mention);
                expected.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
                filed.add(new long[] {key, mention});
            } else {
                long[] f = filed.remove(random.nextInt(filed.size()));
                index.remove(f[0], (int) f[1]);
                List<Integer> list = expected.get(f[0]);
                list.remove(list.lastIndexOf((int) f[1]));
                if (list.isEmpty()) {
                    expected.remove(f[0]);
                }
            }
        }

        assertThat(index.keyCount()).isEqualTo(expected.size());
        for (int key = 0; key < 20_000; key++) {
            long k = key * 0x9E3779B97F4A7C15L;
            assertThat(found(k)).as("key %d", key)
                    .containsExactlyInAnyOrderElementsOf(expected.getOrDefault(k, List.of()));
        }
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({"'', cbf29ce484222325", "a, af63dc4c8601ec8c", "foobar, 85944171f73967e8"})
    void aKeyHashesToItsFnv1aValueSoStoredKeysHashAlikeAfterARestart(String key, String hex) {
        assertThat(BlockIndex.hash(key)).isEqualTo(Long.parseUnsignedLong(hex, 16));
    }

    @Test
    void differentKeysHashApart() {
        assertThat(BlockIndex.hash("ny|ANSK|1985")).isNotEqualTo(BlockIndex.hash("ny|ANSK|1986"));
    }

    @Test
    void prefetchingKeysChangesNothingTheyFind() {
        index.prefetch(new long[] {42L, 43L}); // an empty index
        index.add(42L, 7);
        index.add(42L, 9);
        index.add(44L, 3);
        index.add(45L, 5);
        index.remove(45L, 5);

        index.prefetch(new long[] {42L, 43L, 44L, 45L});

        assertThat(found(42L)).containsExactly(7, 9);
        assertThat(found(43L)).isEmpty();
        assertThat(found(44L)).containsExactly(3);
        assertThat(found(45L)).isEmpty();
    }
}
