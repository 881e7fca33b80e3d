package org.crosslink.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.utils.UUIDGenerator;

/** The dead-letter queue, for an operator: what is in it, and putting reports back on the inbound queue they came from. */
public final class DeadLetters {
    private final BrokerClient client;
    private final String queue;

    /** One dead letter: the broker's message id, the source, when and why it failed, and what it is (never its content). */
    public record DeadLetter(long messageId, String source, String failedAt, String what, String error) {
    }

    public DeadLetters(BrokerClient client, String queue) {
        this.client = client;
        this.queue = queue;
    }

    /** Every dead letter, browsed: the queue is left as it was. */
    public List<DeadLetter> list() throws ActiveMQException {
        List<DeadLetter> out = new ArrayList<>();
        try (ClientSession session = client.autoCommitSession();
             ClientConsumer browser = session.createConsumer(SimpleString.of(queue), true)) {
            for (ClientMessage m = browser.receiveImmediate(); m != null; m = browser.receiveImmediate()) {
                out.add(new DeadLetter(m.getMessageID(), m.getStringProperty(Headers.SOURCE), m.getStringProperty(Headers.FAILED_AT),
                        what(m), m.getStringProperty(Headers.ERROR)));
            }
        }
        return out;
    }

    /**
     * Puts dead letters back on the inbound queue each came from, in one transaction, as fresh deliveries: all of
     * them, or those whose message ids are given. Returns how many were put back.
     */
    public int retry(Collection<Long> messageIds) throws ActiveMQException {
        int moved = 0;
        try (ClientSession session = client.transactedSession();
             ClientConsumer consumer = session.createConsumer(SimpleString.of(queue));
             ClientProducer producer = session.createProducer()) {
            for (ClientMessage m = consumer.receiveImmediate(); m != null; m = consumer.receiveImmediate()) {
                if (!messageIds.isEmpty() && !messageIds.contains(m.getMessageID())) {
                    continue;
                }
                String origin = m.getStringProperty(Headers.ORIGINAL_QUEUE);
                // a fresh delivery: the duplicate-detection id of the dead letter and the failure are not carried back
                m.removeProperty(SimpleString.of(Headers.DUPLICATE_ID));
                m.removeProperty(SimpleString.of(Headers.ERROR));
                m.setUserID(UUIDGenerator.getInstance().generateUUID());
                m.acknowledge();
                producer.send(SimpleString.of(origin), m);
                moved++;
            }
            session.commit();
        }
        return moved;
    }

    private static String what(ClientMessage m) {
        String reportId = m.getStringProperty(Headers.REPORT_ID);
        if (reportId != null) {
            return "report " + reportId;
        }
        return m.getType() == Message.TEXT_TYPE ? "text message" : "bytes message";
    }
}
