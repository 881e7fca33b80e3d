package org.crosslink.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A small run of the JMH resolution benchmark, to keep it working; the figures come from the benchmark. */
class ResolveBenchmarkTest {

    @Test
    void theBenchmarkFillsTheStoreAndLeavesItAsItWasAfterEachMention() {
        ResolveBenchmark bench = new ResolveBenchmark();
        bench.entities = 2_000;
        bench.fill();
        Resolver<PersonRecord> persons = bench.engine().persons();
        int mentions = persons.mentionCount();
        int entities = persons.entityCount();
        int keys = persons.blockingKeyCount();
        long comparisonsBefore = persons.comparisons();

        for (int i = 0; i < 1_000; i++) {
            assertTrue(bench.resolveOnePerson() >= 1);
            assertTrue(bench.indexOnePerson() >= 1);
        }

        assertTrue(entities >= 2_000);
        assertTrue(persons.comparisons() > comparisonsBefore, "held-out mentions meet candidates in the store");
        assertEquals(mentions, persons.mentionCount());
        assertEquals(entities, persons.entityCount());
        assertEquals(keys, persons.blockingKeyCount());
    }
}
