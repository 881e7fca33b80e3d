package org.crosslink.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where a batch's time goes (receive, route, broker acknowledgement), logged every few seconds at debug level. */
final class BatchTiming {
    private static final Logger LOG = LoggerFactory.getLogger(BatchTiming.class);
    private long batches;
    private long items;
    private long receiveNanos;
    private long handleNanos;
    private long routeNanos;
    private long ackNanos;
    private long since = System.nanoTime();

    void route(long route, long ack) {
        routeNanos += route;
        ackNanos += ack;
    }

    void record(int size, long receive, long handle) {
        batches++;
        items += size;
        receiveNanos += receive;
        handleNanos += handle;
        long now = System.nanoTime();
        if (now - since > 5_000_000_000L && LOG.isDebugEnabled()) {
            LOG.debug("event=intake.timing batches={} reports={} avgBatch={} receiveMs={} routeMs={} ackMs={} otherMs={} perReportUs={}",
                    batches, items, items / batches, receiveNanos / 1_000_000, routeNanos / 1_000_000, ackNanos / 1_000_000,
                    (handleNanos - routeNanos - ackNanos) / 1_000_000, (receiveNanos + handleNanos) / 1000 / Math.max(1, items));
            batches = 0;
            items = 0;
            receiveNanos = 0;
            handleNanos = 0;
            routeNanos = 0;
            ackNanos = 0;
            since = now;
        }
    }
}
