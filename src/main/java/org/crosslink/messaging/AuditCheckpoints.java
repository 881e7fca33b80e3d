package org.crosslink.messaging;

import java.util.ArrayList;
import java.util.List;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.crosslink.audit.Checkpoint;

/**
 * The audit checkpoints' queue on the broker: the bus may only send to it, auditors may only browse it, and nobody
 * consumes from it, so every checkpoint stays. Each is a durable text message whose duplicate-detection id is its
 * sequence number: publishing the same head twice keeps one.
 */
public final class AuditCheckpoints {
    private final String queue;

    public AuditCheckpoints(String queue) {
        this.queue = queue;
    }

    public void publish(BrokerClient client, Checkpoint checkpoint) throws ActiveMQException {
        try (ClientSession session = client.autoCommitSession(); ClientProducer producer = session.createProducer(queue)) {
            ClientMessage m = session.createMessage(Message.TEXT_TYPE, true);
            m.getBodyBuffer().writeNullableSimpleString(SimpleString.of(checkpoint.toText()));
            m.putStringProperty(Headers.DUPLICATE_ID, "crosslink-audit-checkpoint-" + checkpoint.seq());
            producer.send(m);
        }
    }

    /** Every checkpoint's text, oldest first, browsed: the queue is left as it was. */
    public List<String> browse(BrokerClient client) throws ActiveMQException {
        List<String> out = new ArrayList<>();
        try (ClientSession session = client.autoCommitSession();
             ClientConsumer browser = session.createConsumer(SimpleString.of(queue), true)) {
            for (ClientMessage m = browser.receive(1000); m != null; m = browser.receiveImmediate()) {
                SimpleString text = m.getBodyBuffer().readNullableSimpleString();
                out.add(text == null ? "" : text.toString());
            }
        }
        return out;
    }
}
