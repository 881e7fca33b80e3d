package org.crosslink.messaging;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;

/** How many messages wait on queues, as the broker counts them (the status command). */
public final class QueueDepths {
    private QueueDepths() {
    }

    /** Each queue's message count, in the order given; -1 for a queue the broker does not have. */
    public static Map<String, Long> of(BrokerClient client, Collection<String> queues) throws ActiveMQException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (ClientSession session = client.autoCommitSession()) {
            for (String queue : queues) {
                ClientSession.QueueQuery q = session.queueQuery(SimpleString.of(queue));
                out.put(queue, q.isExists() ? q.getMessageCount() : -1L);
            }
        }
        return out;
    }
}
