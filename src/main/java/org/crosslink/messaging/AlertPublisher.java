package org.crosslink.messaging;

import java.util.List;

import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.crosslink.alert.AlertState;
import org.crosslink.pipeline.AlertChannel;
import org.crosslink.pipeline.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alert copies to the alert address (multicast) in one broker transaction, each with the broker's
 * duplicate-detection id ({@code _AMQ_DUPL_ID}) set from the alert id, its version and its recipients, and
 * the properties subscriptions select on. A copy the broker already has is dropped by the broker.
 */
public final class AlertPublisher implements AlertChannel {
    private static final Logger LOG = LoggerFactory.getLogger(AlertPublisher.class);
    private final BrokerClient client;
    private final String address;
    private ClientSession session;
    private ClientProducer producer;

    public AlertPublisher(BrokerClient client, String address) {
        this.client = client;
        this.address = address;
    }

    @Override
    public synchronized void send(List<OutboxRelay.Published> copies) throws ActiveMQException {
        try {
            open();
            for (OutboxRelay.Published p : copies) {
                producer.send(message(p));
            }
            session.commit();
        } catch (ActiveMQDuplicateIdException e) {
            // a crash came between publishing and marking sent: some copies are already out, and Artemis fails
            // the whole transaction for one duplicate; publish one copy a transaction, skipping those it has
            LOG.warn("event=outbox.republish copies={}", copies.size());
            rollbackQuietly();
            oneByOne(copies);
        } catch (ActiveMQException e) {
            close();
            throw e;
        }
    }

    private void oneByOne(List<OutboxRelay.Published> copies) throws ActiveMQException {
        int skipped = 0;
        for (OutboxRelay.Published p : copies) {
            try {
                producer.send(message(p));
                session.commit();
            } catch (ActiveMQDuplicateIdException e) {
                rollbackQuietly();
                skipped++;
            }
        }
        LOG.info("event=outbox.republished copies={} alreadyOut={}", copies.size(), skipped);
    }

    /** The duplicate-detection id of a copy: the same alert change to the same recipients is one message, however often sent. */
    public static String duplicateId(OutboxRelay.Published p) {
        return p.alert().messageId() + "@" + String.join("+", p.view().recipients());
    }

    private ClientMessage message(OutboxRelay.Published p) {
        AlertState a = p.alert();
        ClientMessage m = session.createMessage(Message.TEXT_TYPE, true);
        m.getBodyBuffer().writeNullableSimpleString(SimpleString.of(p.view().alert().toString()));
        m.putStringProperty(Headers.RECIPIENTS, "," + String.join(",", p.view().recipients()) + ",");
        for (String recipient : p.view().recipients()) {
            m.putBooleanProperty(Headers.recipient(recipient), true);
        }
        m.putStringProperty(Headers.ALERT_ID, a.alertId());
        m.putStringProperty(Headers.ALERT_TYPE, a.type().name());
        m.putStringProperty(Headers.ALERT_STATUS, a.status().name());
        m.putStringProperty(Headers.DUPLICATE_ID, duplicateId(p));
        return m;
    }

    private void open() throws ActiveMQException {
        if (session == null || session.isClosed()) {
            session = client.transactedSession();
            producer = session.createProducer(SimpleString.of(address));
        }
    }

    private void rollbackQuietly() {
        try {
            session.rollback();
        } catch (ActiveMQException e) {
            LOG.debug("event=outbox.rollback-failed error={}", e.toString());
        }
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
