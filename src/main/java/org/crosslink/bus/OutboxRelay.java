package org.crosslink.bus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.crosslink.alert.AlertRenderer;
import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.audit.AuditLog;
import org.crosslink.alert.AlertState;
import org.crosslink.alert.RenderData;
import org.crosslink.store.AlertData;
import org.crosslink.store.Database;
import org.crosslink.store.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes alerts from the outbox: renders each change for its recipients, sends every copy to the alert
 * address in one broker transaction, each with the broker's duplicate-detection id set from the alert id
 * and version, then marks the rows sent. A crash between the two commits re-sends, and the broker drops
 * the copies it already has: no alert is lost, none is doubled.
 */
public final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private final Database db;
    private final BrokerClient client;
    private final Destinations names;
    private final AlertRenderer renderer;
    private final Clock clock;
    private final int batchSize;
    private final AuditLog audit;
    private final String actor;
    private final Semaphore wake = new Semaphore(0);
    private final List<Consumer<Published>> listeners = new CopyOnWriteArrayList<>();
    private ClientSession session;
    private ClientProducer producer;

    /** One copy of an alert as published. */
    public record Published(AlertState alert, AlertRenderer.View view) {
    }

    public OutboxRelay(Database db, BrokerClient client, Destinations names, AlertRenderer renderer, Clock clock, int batchSize,
                       AuditLog audit, String actor) {
        this.db = db;
        this.audit = audit;
        this.actor = actor;
        this.client = client;
        this.names = names;
        this.renderer = renderer;
        this.clock = clock;
        this.batchSize = batchSize;
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
        List<Long> ids = new ArrayList<>();
        List<AlertState> states = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, state FROM outbox WHERE sent_at IS NULL ORDER BY id")) {
            ps.setMaxRows(batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    states.add(Json.read(rs.getString(2), AlertState.class));
                }
            }
            if (ids.isEmpty()) {
                c.rollback();
                return 0;
            }
            states = latestVersions(states);
            RenderData data = AlertData.load(c, reportKeys(states), mentionKeys(states));
            c.rollback();
            List<Published> published = send(states, data);
            markSent(ids, published);
            for (Published p : published) {
                listeners.forEach(l -> l.accept(p));
            }
            return ids.size();
        }
    }

    private List<Published> send(List<AlertState> states, RenderData data) throws ActiveMQException {
        List<Published> out = new ArrayList<>();
        for (AlertState a : states) {
            for (AlertRenderer.View v : renderer.render(a, data)) {
                out.add(new Published(a, v));
            }
        }
        try {
            open();
            for (Published p : out) {
                producer.send(message(p));
            }
            session.commit();
            return out;
        } catch (ActiveMQDuplicateIdException e) {
            // a crash came between publishing and marking sent: some copies are already out, and Artemis fails
            // the whole transaction for one duplicate; publish one copy a transaction, skipping those it has
            LOG.warn("event=outbox.republish copies={}", out.size());
            rollbackQuietly();
            return oneByOne(out);
        } catch (ActiveMQException e) {
            close();
            throw e;
        }
    }

    private List<Published> oneByOne(List<Published> copies) throws ActiveMQException {
        int skipped = 0;
        for (Published p : copies) {
            try {
                producer.send(message(p));
                session.commit();
            } catch (ActiveMQDuplicateIdException e) {
                rollbackQuietly();
                skipped++;
            }
        }
        LOG.info("event=outbox.republished copies={} alreadyOut={}", copies.size(), skipped);
        return copies;
    }

    private ClientMessage message(Published p) {
        AlertState a = p.alert();
        ClientMessage m = session.createMessage(Message.TEXT_TYPE, true);
        m.getBodyBuffer().writeNullableSimpleString(SimpleString.of(p.view().alert().toString()));
        m.putStringProperty(Headers.RECIPIENTS, "," + String.join(",", p.view().recipients()) + ",");
        m.putStringProperty(Headers.ALERT_ID, a.alertId());
        m.putStringProperty(Headers.ALERT_TYPE, a.type().name());
        m.putStringProperty(Headers.ALERT_STATUS, a.status().name());
        m.putStringProperty(Headers.DUPLICATE_ID, a.messageId() + "@" + String.join("+", p.view().recipients()));
        return m;
    }

    private void open() throws ActiveMQException {
        if (session == null || session.isClosed()) {
            session = client.transactedSession();
            producer = session.createProducer(SimpleString.of(names.alerts()));
        }
    }

    private void rollbackQuietly() {
        try {
            session.rollback();
        } catch (ActiveMQException e) {
            LOG.debug("event=outbox.rollback-failed error={}", e.toString());
        }
    }

    /** Marks the rows sent and records every disclosure, in one transaction. */
    private void markSent(List<Long> ids, List<Published> published) throws SQLException {
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET sent_at = ? WHERE id = ?")) {
                for (long id : ids) {
                    ps.setTimestamp(1, java.sql.Timestamp.from(clock.instant()));
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
                audit.appendAndCommit(c, disclosures(published));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        LOG.debug("event=outbox.published changes={}", ids.size());
    }

    /** One entry per published copy: to whom, what it disclosed, and the rule that justified it. */
    private List<AuditEntry> disclosures(List<Published> published) {
        List<AuditEntry> out = new ArrayList<>();
        java.time.Instant now = clock.instant();
        for (Published p : published) {
            AlertState a = p.alert();
            List<String> all = a.evidence().stream().map(e -> e.substring(0, e.indexOf('#'))).distinct().toList();
            List<String> hits = all.stream().filter(r -> !p.view().disclosedReports().contains(r)).toList();
            String to = String.join(",", p.view().recipients());
            String recipient = to.length() > 40 ? to.substring(0, 37) + "..." : to;
            String detail = "to " + to + "; rule " + a.type() + " " + a.status() + " v" + a.version() + "; disclosed "
                    + p.view().disclosedReports() + "; hit notices " + hits;
            // an entry for each entity the alert is about (a possible match is about two), so each one's trail is whole
            for (String entity : a.entityIds()) {
                out.add(new AuditEntry(now, actor, AuditAction.DISCLOSURE, null, entity, a.alertId(), recipient, detail));
            }
        }
        return out;
    }

    /** Alert changes not yet published. */
    public long pending() throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        }
    }

    /**
     * When several changes of one alert wait together (a burst of reports on one entity), only the latest
     * is published: subscribers get the alert as it now stands, once. The others are marked sent with it.
     */
    private static List<AlertState> latestVersions(List<AlertState> states) {
        java.util.Map<String, AlertState> latest = new java.util.LinkedHashMap<>();
        for (AlertState a : states) {
            latest.merge(a.alertId(), a, (x, y) -> x.version() >= y.version() ? x : y);
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
    public synchronized void close() {
        if (session != null) {
            try {
                session.close();
            } catch (ActiveMQException e) {
                LOG.debug("event=outbox.close-failed error={}", e.toString());
            }
            session = null;
        }
    }
}
