package org.crosslink.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.crosslink.resolve.LocationRecord;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.store.Json;
import org.crosslink.store.SearchStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index up with the store, on a thread of its own: reads the mentions committed since it last
 * looked (the bus wakes it after each batch, and it looks anyway every interval), files them under their
 * {@link SearchTerms}, deletes the rows of mentions deleted since (superseded or erased), and moves its progress on,
 * all in one transaction. The first start on a full store indexes everything there is, in the background, a block of
 * the index at a time; searches find what is indexed so far.
 */
final class SearchIndexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    private final SearchStore store;
    private final int batch;
    private final long intervalMs;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread = new Thread(this::run, "crosslink-console-index");
    private volatile boolean running = true;
    private volatile long indexed;

    SearchIndexer(SearchStore store, int batch, long intervalMs) {
        this.store = store;
        this.batch = batch;
        this.intervalMs = intervalMs;
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void wake() {
        wake.release();
    }

    /** The last mention id indexed. */
    long indexed() {
        return indexed;
    }

    private void run() {
        long failures = 0;
        while (running) {
            try {
                int n = step();
                failures = 0;
                // a step stops at the end of a block of the index: go on at once while there is work, else wait
                if (n == 0) {
                    pause(intervalMs);
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                if (failures++ == 0) {
                    LOG.warn("event=console.index-failed error={}", e.getClass().getSimpleName());
                }
                pause(Math.min(10_000, intervalMs * (1 + failures)));
            }
        }
    }

    /** Waits until woken (by the bus, or by {@link #close()}) or until the time is up. */
    private void pause(long millis) {
        try {
            wake.tryAcquire(millis, TimeUnit.MILLISECONDS);
            wake.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * Indexes the next mentions (up to the end of the look-up index's block the first is in), and deletes the rows of
     * mentions deleted since, in one transaction; returns how many mentions it read.
     */
    int step() throws Exception {
        long last = store.progress();
        List<Long> gone = store.gone(batch);
        List<SearchStore.Pending> pending = store.after(last, batch);
        if (pending.isEmpty() && gone.isEmpty()) {
            indexed = last;
            return 0;
        }
        Map<Long, List<Long>> terms = new LinkedHashMap<>();
        for (SearchStore.Pending p : pending) {
            terms.put(p.id(), SearchTerms.hashes("P".equals(p.kind())
                    ? SearchTerms.of(Json.read(p.record(), PersonRecord.class), p.reportId())
                    : SearchTerms.of(Json.read(p.record(), LocationRecord.class), p.reportId())).stream().distinct().toList());
            last = p.id();
        }
        store.index(terms, gone, last);
        indexed = last;
        return Math.max(pending.size(), gone.size());
    }

    /**
     * Stops the thread after its current step. It is woken, never interrupted: an interrupt in the middle of a read or
     * write makes the JVM close H2's file channel, and H2 then closes the whole database under the bus's own shutdown.
     */
    @Override
    public void close() {
        running = false;
        wake.release();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
