package org.crosslink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.crosslink.audit.AuditKey;
import org.crosslink.config.Settings;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.runtime.RuntimeSettings;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.runtime.ResolutionConfig;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.store.AuditLog;
import org.crosslink.store.BatchStore;
import org.crosslink.store.Database;
import org.crosslink.store.ResolverLease;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The batch cycle without a broker or Camel: an in-memory inbound queue, the stages called as the routes call
 * them, a real embedded database. Failures are injected into the two routes; waits are recorded, not slept.
 */
class BatchCycleTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final RetryPolicy RETRY = new RetryPolicy(3, 100, 3, 500, 10_000);
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("batch-cycle"), Map.of());
    private final Database db = Database.open("", null, null, settings.path("crosslink.data-dir"), 2, false);
    private final Store store = new Store(db);
    private final Clock clock = Clock.systemUTC();
    private final Deliveries deliveries = new Deliveries(clock);
    private final ReportIndex reports = new ReportIndex();
    private final ResolutionEngine engine = new ResolutionEngine(ResolutionConfig.read(settings));
    private final IntakeStage intake = new IntakeStage(RuntimeSettings.intake(settings, RegistryLoader.load(settings)), deliveries);
    private final DedupeStage dedupe = new DedupeStage(reports, deliveries);
    private final ResolveStage resolve = new ResolveStage(engine, reports, deliveries, clock);
    private final BatchStage stage = new BatchStage(new BatchStore(db, new AuditLog(AuditKey.of(new byte[32]))), engine, deliveries, clock, new AtomicLong(1));
    private final QueueInbound inbound = new QueueInbound();
    private final List<Long> pauses = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private ExecutorService commits;
    private Thread thread;
    private BatchCycle cycle;

    @AfterEach
    void stop() throws Exception {
        if (cycle != null) {
            cycle.stop();
            thread.join(WAIT.toMillis());
        }
        if (commits != null) {
            commits.shutdownNow();
        }
        db.close();
    }

    @Test
    void aBatchIsAcknowledgedOnlyOnceItsCommitHasReturned() {
        start(false, batch -> null, batch -> null);
        inbound.deliver(report("MET-1"), report("MET-2"), report("MET-3"));

        await().atMost(WAIT).until(() -> inbound.acknowledged.size() == 3);

        assertThat(events).containsExactly("run 3", "commit 3", "acknowledge 3");
        assertThat(store.count("ACCEPTED")).isEqualTo(3);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aReportThatFailsEveryRetryIsDeadLetteredAfterBackingOffAsThePolicySaysAndTheOthersAreAccepted() {
        start(false, batch -> poisoned(batch) ? new IllegalStateException("simulated bug") : null, batch -> null);
        inbound.deliver(report("MET-1"), "{\"source\": \"MET\", \"reportId\": \"POISON\"}", report("MET-3"));

        await().atMost(WAIT).until(() -> inbound.acknowledged.size() == 3);

        // the batch failed whole, then each report alone: the poisoned one once and three times more, 100, 300, 900 ms apart
        assertThat(pauses).containsExactly(100L, 300L, 900L);
        assertThat(inbound.answers).singleElement().isInstanceOfSatisfying(Outgoing.DeadLettered.class,
                d -> assertThat(d.error()).isEqualTo("java.lang.IllegalStateException: simulated bug"));
        assertThat(inbound.answers.get(0).original().body().toString()).contains("POISON");
        assertThat(store.count("ACCEPTED")).isEqualTo(2);
        assertThat(store.count("DEAD_LETTERED")).isEqualTo(1);
        assertThat(inbound.commits.get()).isEqualTo(1);
    }

    @Test
    void aCommitFailingWhileTheDatabaseIsAwayIsTriedAgainWholeAfterBackingOffAndNothingIsDeadLettered() {
        AtomicInteger outages = new AtomicInteger(2);
        start(false, batch -> null, batch -> outages.getAndDecrement() > 0 ? new SQLTransientConnectionException("database away") : null);
        inbound.deliver(report("MET-1"), report("MET-2"));

        await().atMost(WAIT).until(() -> inbound.acknowledged.size() == 2);

        assertThat(pauses).containsExactly(500L, 1_000L);
        assertThat(stage.pauses()).isEqualTo(2);
        assertThat(inbound.commits.get()).isEqualTo(1);
        assertThat(inbound.answers).isEmpty();
        assertThat(store.count("ACCEPTED")).isEqualTo(2);
    }

    @Test
    void aBatchWhoseCommitFindsTheLeaseLostGoesBackToTheQueueAndIntakeStops() {
        AtomicBoolean stopped = new AtomicBoolean();
        stage.onLeaseLost(() -> stopped.set(true));
        start(false, batch -> null, batch -> new ResolverLease.LeaseLost("another instance resolves now"));
        inbound.deliver(report("MET-1"), report("MET-2"));

        await().atMost(WAIT).until(stopped::get);

        assertThat(cycle.running()).isFalse();
        assertThat(inbound.rollbacks.get()).isEqualTo(1);
        assertThat(inbound.acknowledged).isEmpty();
        assertThat(store.total()).isZero();
        assertThat(engine.persons().entityCount()).isZero();
    }

    @Test
    void aLostBrokerIsWaitedForAndTheQueuesOpenedAgain() {
        inbound.failNextReceive.set(true);
        start(false, batch -> null, batch -> null);
        inbound.deliver(report("MET-1"));

        await().atMost(WAIT).until(() -> inbound.acknowledged.size() == 1);

        assertThat(pauses).containsExactly(500L);
        assertThat(inbound.opened.get()).isEqualTo(2);
    }

    @Test
    void pipelinedBatchesAreEachAcknowledgedAfterTheirOwnCommitInTheOrderTaken() {
        start(true, batch -> null, batch -> null);
        inbound.deliver(report("MET-1"), report("MET-2"));
        inbound.deliver(report("MET-3"));

        await().atMost(WAIT).until(() -> inbound.acknowledged.size() == 3);

        assertThat(events.stream().filter(e -> !e.startsWith("run")).toList())
                .containsExactly("commit 2", "acknowledge 2", "commit 1", "acknowledge 1");
        assertThat(inbound.acknowledged).extracting(Item::messageKey).containsExactly("m:1", "m:2", "m:3");
        assertThat(store.count("ACCEPTED")).isEqualTo(3);
    }

    @Test
    void aPipelinedBatchThatFailsToCommitUndoesTheBatchResolvedOnItBeforeBothAreTriedAgain() throws Exception {
        CountDownLatch nextResolved = new CountDownLatch(1);
        AtomicInteger rowRefused = new AtomicInteger(1);
        // the first batch's commit fails, but only once the next batch has been resolved on top of it
        start(true, batch -> {
            if (batch.size() == 1) {
                nextResolved.countDown();
            }
            return null;
        }, batch -> batch.size() == 2 && rowRefused.getAndDecrement() > 0 && awaited(nextResolved)
                ? new IllegalStateException("simulated constraint violation") : null);
        inbound.deliver(report("MET-1"), report("MET-2"));
        inbound.deliver(report("MET-3"));

        await().atMost(WAIT).until(() -> inbound.acknowledged.size() == 3);

        // the next batch was run on top, undone, and run again from the start
        assertThat(events.stream().filter("run 1"::equals).count()).isGreaterThanOrEqualTo(2);
        assertThat(store.count("ACCEPTED")).isEqualTo(3);
        assertThat(reports.size()).isEqualTo(3);
        assertThat(engine.persons().entityCount()).isEqualTo(3);
        assertThat(inbound.answers).isEmpty();
    }

    private static boolean awaited(CountDownLatch latch) {
        try {
            return latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts the cycle on a thread of its own, with the stages as the routes call them and failures injected. */
    private void start(boolean pipelined, Function<Batch, Exception> runFailure, Function<Batch, Exception> commitFailure) {
        BatchCycle.Routes routes = new BatchCycle.Routes() {
            @Override
            public Exception run(Batch batch) {
                events.add("run " + batch.size());
                try {
                    stage.begin(batch);
                    for (Item item : batch.items()) {
                        intake.examine(item);
                        if (!item.settled()) {
                            dedupe.check(item);
                        }
                        if (!item.settled()) {
                            resolve.resolve(item);
                        }
                    }
                } catch (Exception e) {
                    return e;
                }
                return runFailure.apply(batch);
            }

            @Override
            public Exception commit(Batch batch) {
                events.add("commit " + batch.size());
                Exception injected = commitFailure.apply(batch);
                if (injected != null) {
                    return injected;
                }
                try {
                    stage.commit(batch);
                    return null;
                } catch (Exception e) {
                    return e;
                }
            }
        };
        commits = pipelined ? Executors.newSingleThreadExecutor() : null;
        cycle = new BatchCycle(inbound, stage, routes, new BatchCycle.Options(10, 5, 20, pipelined), RETRY, commits, pauses::add);
        thread = new Thread(cycle, "batch-cycle-test");
        thread.start();
    }

    private static boolean poisoned(Batch batch) {
        return batch.items().stream().anyMatch(i -> i.body().toString().contains("POISON"));
    }

    private static String report(String reportId) {
        return Reports.report("MET", reportId).person("P1", "WITNESS", "Ann", reportId.replace("-", ""), null).json();
    }

    /**
     * The inbound queues in memory, as the broker behaves: what a batch takes is held until committed or given back,
     * and what is given back is delivered again.
     */
    private final class QueueInbound implements Inbound {
        final LinkedBlockingDeque<List<String[]>> queue = new LinkedBlockingDeque<>();
        final List<Item> acknowledged = new CopyOnWriteArrayList<>();
        final List<Outgoing> answers = new CopyOnWriteArrayList<>();
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();
        final AtomicInteger opened = new AtomicInteger();
        final AtomicBoolean failNextReceive = new AtomicBoolean();
        private final List<Item> held = new CopyOnWriteArrayList<>();
        private final AtomicInteger keys = new AtomicInteger();
        private volatile boolean open;

        /** One batch's worth of messages, arriving together. */
        void deliver(String... bodies) {
            List<String[]> batch = new ArrayList<>();
            for (String body : bodies) {
                batch.add(new String[] {"m:" + keys.incrementAndGet(), body});
            }
            queue.add(batch);
        }

        @Override
        public void open() {
            opened.incrementAndGet();
            open = true;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public Batch receive(int max, long batchWaitMs, long idleWaitMs) throws Exception {
            if (failNextReceive.getAndSet(false)) {
                throw new IllegalStateException("simulated broker failure");
            }
            Batch batch = new Batch(Instant.now());
            List<String[]> messages = queue.poll(idleWaitMs, TimeUnit.MILLISECONDS);
            if (messages != null) {
                for (String[] m : messages) {
                    Item item = new Item(batch, m[0], "intel.inbound.MET", "MET", "MET", m[1], 0);
                    batch.add(item);
                    held.add(item);
                }
            }
            return batch;
        }

        @Override
        public void commit(List<Item> items, List<Outgoing> outgoing) {
            events.add("acknowledge " + items.size());
            commits.incrementAndGet();
            acknowledged.addAll(items);
            answers.addAll(outgoing);
            held.removeIf(h -> items.stream().anyMatch(i -> i.messageKey().equals(h.messageKey())));
        }

        @Override
        public void rollback() {
            rollbacks.incrementAndGet();
            if (!held.isEmpty()) {
                List<String[]> again = new ArrayList<>();
                held.forEach(h -> again.add(new String[] {h.messageKey(), (String) h.body()}));
                held.clear();
                queue.addFirst(again);
            }
        }

        @Override
        public boolean holds(Batch batch) {
            return batch.items().stream().allMatch(i -> held.stream().anyMatch(h -> h.messageKey().equals(i.messageKey())));
        }

        @Override
        public void close() {
            open = false;
            held.clear();
        }
    }
}
