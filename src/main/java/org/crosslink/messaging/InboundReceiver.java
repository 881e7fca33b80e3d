package org.crosslink.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.core.client.impl.ClientConsumerInternal;
import org.apache.activemq.artemis.core.client.impl.ClientLargeMessageImpl;
import org.crosslink.intake.Oversize;
import org.crosslink.messaging.security.SenderSeal;
import org.crosslink.model.Registry;
import org.crosslink.pipeline.Batch;
import org.crosslink.pipeline.Inbound;
import org.crosslink.pipeline.Item;
import org.crosslink.pipeline.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes batches of reports from every source's inbound queue in one transacted Core session, and commits
 * them (acknowledgements, rejections, dead letters) in one broker transaction. Sources are read round
 * robin, one message from each in turn, so that a force back-loading its records cannot starve the others.
 * <p>
 * Each consumer's buffer is filled by the broker ahead of time; a round reads only buffered messages, so
 * an idle pass costs no round trip to the broker.
 */
public final class InboundReceiver implements Inbound, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboundReceiver.class);
    private final BrokerClient client;
    private final Destinations names;
    private final Registry registry;
    private final int maxBytes;
    private final Clock clock;
    private final Map<String, ClientConsumer> consumers = new LinkedHashMap<>();
    private final Map<String, ClientMessage> held = new HashMap<>();
    private ClientSession session;
    private ClientProducer producer;
    private int next;

    private final String controlQueue;
    private final Set<String> relayLogins;
    private final SenderSeal seal;

    /**
     * @param relayLogins logins (a gateway relaying for several forces, configured) whose messages keep the sender
     *                    they carry in {@code crosslinkOriginalSender}; for any other login that property counts only
     *                    under the bus's seal (a dead letter put back by an operator)
     * @param seal        the bus's seal on the sender of a dead letter
     */
    public InboundReceiver(BrokerClient client, Destinations names, Registry registry, Set<String> relayLogins, SenderSeal seal,
                           int maxBytes, Clock clock, String controlQueue) {
        this.controlQueue = controlQueue;
        this.relayLogins = Set.copyOf(relayLogins);
        this.seal = seal;
        this.client = client;
        this.names = names;
        this.registry = registry;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Opens the session and one consumer per source. Called again after a broker failure. */
    @Override
    public synchronized void open() throws ActiveMQException {
        close();
        session = client.transactedSession();
        producer = session.createProducer();
        for (String source : registry.sourceCodes()) {
            consumers.put(source, session.createConsumer(names.inbound(source)));
        }
        consumers.put(Item.CONTROL, session.createConsumer(controlQueue));
        LOG.info("event=intake.open queues={}", consumers.size());
    }

    @Override
    public boolean isOpen() {
        return session != null && !session.isClosed();
    }

    /**
     * Takes up to {@code max} messages: waits up to {@code idleWaitMs} for the first, then up to
     * {@code batchWaitMs} more for the rest.
     */
    @Override
    public Batch receive(int max, long batchWaitMs, long idleWaitMs) throws ActiveMQException {
        Batch batch = new Batch(clock.instant());
        long idleDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(idleWaitMs);
        long batchDeadline = Long.MAX_VALUE;
        List<String> sources = new ArrayList<>(consumers.keySet());
        while (batch.size() < max) {
            boolean any = false;
            for (int i = 0; i < sources.size() && batch.size() < max; i++) {
                String source = sources.get((next + i) % sources.size());
                ClientConsumer consumer = consumers.get(source);
                if (((ClientConsumerInternal) consumer).getBufferSize() > 0) {
                    ClientMessage m = consumer.receiveImmediate();
                    if (m != null) {
                        batch.add(item(batch, source, m));
                        any = true;
                    }
                }
            }
            next = (next + 1) % Math.max(1, sources.size());
            if (any) {
                if (batchDeadline == Long.MAX_VALUE) {
                    batchDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(batchWaitMs);
                }
                continue;
            }
            long now = System.nanoTime();
            if (batch.isEmpty() ? now >= idleDeadline : now >= batchDeadline) {
                break;
            }
            LockSupport.parkNanos(200_000);
        }
        return batch;
    }

    private Item item(Batch batch, String source, ClientMessage m) {
        Object userId = m.getUserID();
        String key = userId != null ? "u:" + userId : "m:" + m.getMessageID();
        if (Item.CONTROL.equals(source) && m.containsProperty(SimpleString.of(Headers.REQUEST_ID))) {
            key = "r:" + m.getStringProperty(Headers.REQUEST_ID);
        }
        held.put(key, m);
        Object body = body(m);
        String sender = sender(m, body);
        long sentAt = m.containsProperty(SimpleString.of(Headers.SENT_AT)) ? m.getLongProperty(Headers.SENT_AT) : 0;
        String queue = Item.CONTROL.equals(source) ? controlQueue : names.inbound(source);
        return new Item(batch, key, queue, source, sender, body, sentAt);
    }

    /**
     * The source a report is from: the authenticated login that sent it; the sender it names, from a configured relay
     * login; or the sender of a dead letter put back, under the bus's seal.
     */
    private String sender(ClientMessage m, Object body) {
        String validated = m.getValidatedUserID();
        String named = m.getStringProperty(Headers.ORIGINAL_SENDER);
        if (validated == null || named == null) {
            return validated;
        }
        if (relayLogins.contains(validated) || seal.holds(named, body, m.getStringProperty(Headers.SENDER_SEAL))) {
            return named;
        }
        return validated;
    }

    /** The body as text or bytes; a body over the limit is not read at all (it is rejected by size). */
    private Object body(ClientMessage m) {
        long size = m.isLargeMessage() ? ((ClientLargeMessageImpl) m).getLargeMessageSize() : m.getBodySize();
        if (m.getType() == Message.TEXT_TYPE) {
            // text is held as UTF-16 by the Core protocol: two bytes a character
            if (size > 2L * maxBytes + 16) {
                return new Oversize(size / 2);
            }
            SimpleString text = m.getBodyBuffer().readNullableSimpleString();
            return text == null ? "" : text.toString();
        }
        if (size > maxBytes) {
            return new Oversize(size);
        }
        byte[] bytes = new byte[m.getBodyBuffer().readableBytes()];
        m.getBodyBuffer().readBytes(bytes);
        return bytes;
    }

    /** Sends the batch's rejections and dead letters and acknowledges every message, in one broker transaction. */
    @Override
    public synchronized void commit(List<Item> items, List<Outgoing> outgoing) throws ActiveMQException {
        for (Outgoing out : outgoing) {
            ClientMessage m = held.get(out.original().messageKey());
            String address = answer(out, m);
            // a duplicate id the sender set on its report must not make the broker drop our answer
            m.removeProperty(SimpleString.of(Headers.DUPLICATE_ID));
            producer.send(SimpleString.of(address), m);
        }
        for (Item item : items) {
            held.remove(item.messageKey()).individualAcknowledge();
        }
        session.commit();
    }

    /** Writes an answer onto the original message as properties; returns the address it goes to. */
    private String answer(Outgoing out, ClientMessage m) {
        Item item = out.original();
        m.putStringProperty(Headers.SOURCE, item.source());
        if (out instanceof Outgoing.Rejected r) {
            m.putStringProperty(Headers.REJECT_CODE, r.code());
            m.putStringProperty(Headers.REJECT_REASONS, r.reasonsJson());
            if (r.reportId() != null) {
                m.putStringProperty(Headers.REPORT_ID, r.reportId());
            }
            return names.rejected(item.source());
        }
        Outgoing.DeadLettered d = (Outgoing.DeadLettered) out;
        m.putStringProperty(Headers.ERROR, d.error());
        m.putStringProperty(Headers.ORIGINAL_QUEUE, item.queue());
        m.putStringProperty(Headers.FAILED_AT, d.failedAt().toString());
        if (item.sender() != null) {
            m.putStringProperty(Headers.ORIGINAL_SENDER, item.sender());
            m.putStringProperty(Headers.SENDER_SEAL, seal.seal(item.sender(), item.body()));
        }
        return names.deadLetter();
    }

    /**
     * Gives every message the session holds unacknowledged back to the broker, to be delivered again: the
     * failed batch's, and a batch taken while it committed.
     */
    @Override
    public synchronized void rollback() {
        held.clear();
        try {
            if (session != null && !session.isClosed()) {
                session.rollback();
            }
        } catch (ActiveMQException e) {
            LOG.warn("event=intake.rollback-failed error={}", e.toString());
        }
    }

    /** True while every message of the batch is still held, neither acknowledged nor given back. */
    @Override
    public synchronized boolean holds(Batch batch) {
        for (Item item : batch.items()) {
            if (!held.containsKey(item.messageKey())) {
                return false;
            }
        }
        return isOpen();
    }

    @Override
    public synchronized void close() {
        held.clear();
        consumers.clear();
        if (session != null) {
            try {
                session.close();
            } catch (ActiveMQException e) {
                LOG.debug("event=intake.close-failed error={}", e.toString());
            }
            session = null;
        }
    }
}
