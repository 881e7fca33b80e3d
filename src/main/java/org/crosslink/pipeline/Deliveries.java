package org.crosslink.pipeline;

import java.time.Clock;

import org.crosslink.store.Rows;

/** Settles an item: its outcome, and the delivery row that makes the outcome durable and countable. */
public final class Deliveries {
    private final Clock clock;

    public Deliveries(Clock clock) {
        this.clock = clock;
    }

    public void settle(Item item, Outcome outcome, String reportKey, Integer revision, String reason) {
        item.settle(outcome, reason);
        item.batch().writes().deliveries.add(new Rows.Delivery(item.messageKey(), item.source(), reportKey, revision,
                outcome.name(), reason, clock.instant()));
    }
}
