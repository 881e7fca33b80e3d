package org.crosslink.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.crosslink.alert.AlertRenderer;
import org.crosslink.alert.AlertState;
import org.crosslink.alert.RenderData;
import org.crosslink.store.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 60, publish: takes the alert changes committed batches left in the outbox, renders each for its
 * recipients ({@link AlertRenderer}), sends every copy in one broker transaction ({@link AlertChannel}) inside the
 * database transaction that marks the changes sent with the audit entries of their disclosure ({@link Disclosures}),
 * after checking there that this instance holds the resolver lease: an instance that lost it publishes nothing. A crash between the two re-sends, and the broker drops the copies it already has (their
 * duplicate-detection id): no alert is lost, none is doubled.
 */
public final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private final Outbox outbox;
    private final AlertChannel channel;
    private final AlertRenderer renderer;
    private final Clock clock;
    private final int batchSize;
    private final String actor;
    private final Semaphore wake = new Semaphore(0);
    private final List<Consumer<Published>> listeners = new CopyOnWriteArrayList<>();

    /** One copy of an alert as published. */
    public record Published(AlertState alert, AlertRenderer.View view) {
    }

    /**
     * @param batchSize alert changes published per broker transaction
     * @param actor     who discloses, in the audit log: the bus's login
     */
    public OutboxRelay(Outbox outbox, AlertChannel channel, AlertRenderer renderer, Clock clock, int batchSize, String actor) {
        this.outbox = outbox;
        this.channel = channel;
        this.renderer = renderer;
        this.clock = clock;
        this.batchSize = batchSize;
        this.actor = actor;
    }

    public void onPublished(Consumer<Published> listener) {
        listeners.add(listener);
    }

    /** A batch with alert changes has committed: publish now rather than at the next poll. */
    public void wake() {
        wake.release();
    }

    /** Waits up to {@code waitMs} for work, then publishes everything unsent. Returns how many changes it published. */
    public synchronized int publish(long waitMs) throws Exception {
        wake.tryAcquire(waitMs, TimeUnit.MILLISECONDS);
        wake.drainPermits();
        int total = 0;
        for (int n = publishBatch(); n > 0; n = publishBatch()) {
            total += n;
        }
        return total;
    }

    private int publishBatch() throws Exception {
        List<Outbox.Change> unsent = outbox.unsent(batchSize);
        if (unsent.isEmpty()) {
            return 0;
        }
        List<AlertState> states = latestVersions(unsent);
        RenderData data = outbox.renderData(reportKeys(states), mentionKeys(states));
        List<Published> copies = new ArrayList<>();
        for (AlertState a : states) {
            for (AlertRenderer.View v : renderer.render(a, data)) {
                copies.add(new Published(a, v));
            }
        }
        Instant now = clock.instant();
        outbox.publish(unsent.stream().map(Outbox.Change::id).toList(), now, Disclosures.of(copies, actor, now),
                () -> channel.send(copies));
        LOG.debug("event=outbox.published changes={}", unsent.size());
        for (Published p : copies) {
            listeners.forEach(l -> l.accept(p));
        }
        return unsent.size();
    }

    /** Alert changes not yet published. */
    public long pending() throws Exception {
        return outbox.pending();
    }

    /**
     * When several changes of one alert wait together (a burst of reports on one entity), only the latest
     * is published: subscribers get the alert as it now stands, once. The others are marked sent with it.
     */
    private static List<AlertState> latestVersions(List<Outbox.Change> changes) {
        Map<String, AlertState> latest = new LinkedHashMap<>();
        for (Outbox.Change c : changes) {
            latest.merge(c.state().alertId(), c.state(), (x, y) -> x.version() >= y.version() ? x : y);
        }
        return new ArrayList<>(latest.values());
    }

    private static Set<String> reportKeys(List<AlertState> states) {
        Set<String> out = new LinkedHashSet<>();
        for (AlertState a : states) {
            for (String e : a.evidence()) {
                out.add(e.substring(0, e.indexOf('#')));
            }
        }
        return out;
    }

    private static Set<String> mentionKeys(List<AlertState> states) {
        Set<String> out = new LinkedHashSet<>();
        for (AlertState a : states) {
            for (String e : a.evidence()) {
                out.add(e.substring(0, e.lastIndexOf('@')));
            }
        }
        return out;
    }

    @Override
    public void close() {
        channel.close();
    }
}
