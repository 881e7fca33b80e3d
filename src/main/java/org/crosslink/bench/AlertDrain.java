package org.crosslink.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.crosslink.runtime.BusRuntime;

/**
 * Every subscriber (force and coordinator) connected and taking its alerts as they are published, as on a
 * live bus. Without them the broker keeps each alert for its absent subscribers, and the bench would
 * measure the broker's backlog rather than the bus.
 */
final class AlertDrain implements AutoCloseable {
    private final List<Connection> connections = new ArrayList<>();
    private final AtomicLong received = new AtomicLong();

    private AlertDrain() {
    }

    static AlertDrain start(String url, BusRuntime rt) throws JMSException {
        AlertDrain drain = new AlertDrain();
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(url);
        try {
            for (String subscriber : rt.registry().subscribers()) {
                Connection c = cf.createConnection(subscriber, rt.credentials().password(subscriber));
                drain.connections.add(c);
                Session session = c.createSession(false, Session.DUPS_OK_ACKNOWLEDGE);
                session.createConsumer(session.createQueue(rt.names().subscriptionFqqn(subscriber)))
                        .setMessageListener(m -> drain.received.incrementAndGet());
                c.start();
            }
        } catch (JMSException | RuntimeException e) {
            drain.close();
            throw e;
        }
        return drain;
    }

    long received() {
        return received.get();
    }

    @Override
    public void close() {
        for (Connection c : connections) {
            try {
                c.close();
            } catch (JMSException e) {
                // closing at the end of a run: nothing left to lose
            }
        }
    }
}
