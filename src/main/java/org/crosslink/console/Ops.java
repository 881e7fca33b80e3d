package org.crosslink.console;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.crosslink.alert.AlertState;
import org.crosslink.alert.AlertStatus;
import org.crosslink.alert.AlertType;
import org.crosslink.store.ConsoleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health} (liveness and readiness: broker, database, resolver lease) and {@code /metrics} (Prometheus text
 * format, through Micrometer). The store's running totals and the broker's queue depths are read when Prometheus
 * scrapes, not on every report: a scrape costs one query and one queue look-up per source.
 */
final class Ops {
    private static final Logger LOG = LoggerFactory.getLogger(Ops.class);
    private final ConsoleServices services;
    private final ConsoleStore store;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> depths = new ConcurrentHashMap<>();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final Timer batchLatency;
    private final DistributionSummary batchSize;

    Ops(ConsoleServices services, ConsoleStore store, Inbox inbox) {
        this.services = services;
        this.store = store;
        for (String source : services.registry().sourceCodes()) {
            AtomicLong d = depths.computeIfAbsent(source, k -> new AtomicLong(-1));
            Gauge.builder("crosslink.queue.depth", d, AtomicLong::get).description("Reports waiting on the source's inbound queue")
                    .tag("source", source).register(registry);
        }
        Gauge.builder("crosslink.dead.letters", deadLetters, AtomicLong::get).description("Messages on the dead-letter queue").register(registry);
        Gauge.builder("crosslink.outbox.backlog", backlog, AtomicLong::get).description("Alert changes not yet published").register(registry);
        for (AlertType t : AlertType.values()) {
            Gauge.builder("crosslink.alerts.active", inbox, i -> i.all().stream()
                            .filter(e -> e.alert().type() == t && e.alert().status() != AlertStatus.WITHDRAWN).count())
                    .description("Alerts raised or updated and not withdrawn").tag("type", t.name()).register(registry);
        }
        this.batchLatency = Timer.builder("crosslink.batch.duration").description("From taking a batch's first report to its commit")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
        this.batchSize = DistributionSummary.builder("crosslink.batch.size").description("Reports committed in one batch").register(registry);
    }

    void alertPublished(AlertState a) {
        Counter.builder("crosslink.alerts.published").description("Alert changes published").tag("type", a.type().name())
                .tag("status", a.status().name()).register(registry).increment();
    }

    void batchCommitted(int size, long millis) {
        batchLatency.record(millis, TimeUnit.MILLISECONDS);
        batchSize.record(size);
    }

    void live(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("status", "UP").encode());
    }

    /** Liveness and readiness together: the console answers, and broker, database and lease as they are. */
    void health(RoutingContext ctx) {
        ctx.vertx().executeBlocking(() -> readiness(), false).onComplete(r -> {
            JsonObject ready = r.succeeded() ? r.result() : new JsonObject().put("status", "DOWN");
            JsonObject body = new JsonObject().put("status", ready.getString("status")).put("live", "UP")
                    .put("checks", ready.getJsonObject("checks"));
            ctx.response().setStatusCode("UP".equals(ready.getString("status")) ? 200 : 503)
                    .putHeader("Content-Type", "application/json").end(body.encode());
        });
    }

    void ready(RoutingContext ctx) {
        JsonObject body = readiness();
        ctx.response().setStatusCode("UP".equals(body.getString("status")) ? 200 : 503)
                .putHeader("Content-Type", "application/json").end(body.encode());
    }

    private JsonObject readiness() {
        boolean broker = services.probes().brokerUp();
        boolean db = services.db().reachable();
        boolean lease = services.probes().leaseHeld();
        JsonObject checks = new JsonObject().put("broker", broker ? "UP" : "DOWN").put("database", db ? "UP" : "DOWN")
                .put("lease", lease ? "UP" : "DOWN");
        return new JsonObject().put("status", broker && db && lease ? "UP" : "DOWN").put("checks", checks);
    }

    void metrics(RoutingContext ctx) {
        refresh();
        ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape());
    }

    /** Reads what the scrape reports from the store and the broker. */
    private void refresh() {
        try {
            store.intakeCounts().forEach((source, byOutcome) -> byOutcome.forEach((outcome, n) -> count(source, outcome).set(n)));
        } catch (Exception e) {
            LOG.warn("event=console.metrics-store-unavailable error={}", e.getClass().getSimpleName());
        }
        Map<String, Long> d = services.probes().inboundDepths();
        depths.forEach((source, v) -> v.set(d.getOrDefault(source, -1L)));
        deadLetters.set(services.probes().deadLetters());
        backlog.set(services.probes().outboxBacklog());
    }

    /** The running total for a source and outcome, registered as two counters the first time it is seen. */
    private AtomicLong count(String source, String outcome) {
        String key = source + "|" + outcome;
        AtomicLong n = counts.computeIfAbsent(key, k -> new AtomicLong());
        if (registered.add(key)) {
            FunctionCounter.builder("crosslink.reports", n, AtomicLong::get)
                    .description("Reports received, by source and outcome (ACCEPTED, REJECTED, DUPLICATE, ...)")
                    .tag("source", source).tag("outcome", outcome).register(registry);
            if (registered.add(source + "|received")) {
                FunctionCounter.builder("crosslink.reports.received", counts, m -> m.entrySet().stream()
                                .filter(e -> e.getKey().startsWith(source + "|")).mapToLong(e -> e.getValue().get()).sum())
                        .description("Reports received from the source, whatever became of them").tag("source", source).register(registry);
            }
        }
        return n;
    }
}
