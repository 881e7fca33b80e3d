package org.crosslink.test;

import java.util.ArrayList;
import java.util.List;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.crosslink.config.Settings;
import org.crosslink.runtime.RuntimeSettings;

/**
 * A force system as the bus sees it: a real JMS client (Artemis, Core protocol over TCP) that sends
 * reports to its inbound queue and reads its rejected queue and its alert subscription.
 */
public final class ForceClient implements AutoCloseable {
    private final Connection connection;
    private final Session session;

    public ForceClient(Settings settings, String user, String password) throws JMSException {
        String url = "tcp://" + settings.get("crosslink.broker.host") + ":" + settings.get("crosslink.broker.core-port");
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(url);
        connection = user == null ? cf.createConnection() : cf.createConnection(user, password);
        connection.start();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    public static ForceClient anonymous(Settings settings) throws JMSException {
        return new ForceClient(settings, null, null);
    }

    /** Logs in as a source, coordinator or operator with the password the bus generated for it. */
    public static ForceClient as(Settings settings, String login) throws JMSException {
        return new ForceClient(settings, login, password(settings, login));
    }

    public static String password(Settings settings, String login) {
        return RuntimeSettings.credentials(settings).password(login);
    }

    public void sendText(String queue, String body) throws JMSException {
        try (MessageProducer p = session.createProducer(session.createQueue(queue))) {
            p.send(session.createTextMessage(body));
        }
    }

    public void sendBytes(String queue, byte[] body) throws JMSException {
        try (MessageProducer p = session.createProducer(session.createQueue(queue))) {
            var m = session.createBytesMessage();
            m.writeBytes(body);
            p.send(m);
        }
    }

    /** Waits up to the timeout for a message on the queue (a FQQN works too), or returns null. */
    public Message receive(String queue, long timeoutMs) throws JMSException {
        try (MessageConsumer c = session.createConsumer(session.createQueue(queue))) {
            return c.receive(timeoutMs);
        }
    }

    /** Takes every message now on the queue, waiting up to the timeout for the first. */
    public List<Message> drain(String queue, long firstTimeoutMs) throws JMSException {
        List<Message> out = new ArrayList<>();
        try (MessageConsumer c = session.createConsumer(session.createQueue(queue))) {
            Message m = c.receive(firstTimeoutMs);
            while (m != null) {
                out.add(m);
                m = c.receive(500);
            }
        }
        return out;
    }

    public Session session() {
        return session;
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
