package org.crosslink.resolve.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
        it.unimi.dsi.fastutil.ints.IntArrayList into = new it.unimi.dsi.fastutil.ints.IntArrayList();

        int count = index.postings(42L, into, 2);

        assertThat(count).isEqualTo(3);
        assertThat(into.size()).isZero();
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
}
