package org.crosslink.pipeline;

import org.HdrHistogram.Histogram;

/**
 * Time from a report's send (the {@code crosslinkSentAt} property crosslink's own tools set) to the commit
 * of its batch, recorded for every such report: what the benchmark reports as end-to-end latency.
 */
public final class Latency {
    private final Histogram histogram = new Histogram(3_600_000L, 3);

    public synchronized void record(Batch batch, long committedAtMillis) {
        for (Item item : batch.items()) {
            if (item.sentAt() > 0) {
                histogram.recordValue(Math.max(0, Math.min(3_600_000L, committedAtMillis - item.sentAt())));
            }
        }
    }

    /** A copy of what has been recorded, and a fresh start. */
    public synchronized Histogram takeAndReset() {
        Histogram copy = histogram.copy();
        histogram.reset();
        return copy;
    }
}
