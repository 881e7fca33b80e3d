package org.crosslink.messaging;

import java.util.function.Consumer;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A subscriber's durable subscription, read as alerts arrive: each alert's JSON is handed on, then acknowledged.
 * Closing it stops reading; alerts sent meanwhile wait on the subscription.
 */
public final class AlertSubscription implements AutoCloseable {
    private final AutoCloseable resource;

    private AlertSubscription(AutoCloseable resource) {
        this.resource = resource;
    }

    /** Reads a subscription over the bus's own connection (the demo watching the NCA's coordinators). */
    public static AlertSubscription watch(BrokerClient client, String subscriptionFqqn, Consumer<String> onAlert) throws ActiveMQException {
        ClientSession session = client.autoCommitSession();
        ClientConsumer consumer = session.createConsumer(SimpleString.of(subscriptionFqqn));
        consumer.setMessageHandler(m -> onAlert.accept(m.getBodyBuffer().readNullableSimpleString().toString()));
        return new AlertSubscription(session);
    }

    /**
     * Reads a subscription as a force system or a coordinator does: over JMS, logged in as the subscriber (or
     * anonymously when {@code user} is null), acknowledging each alert once it has been handed on.
     */
    public static AlertSubscription connect(String url, String user, String password, String subscriptionFqqn,
                                            Consumer<String> onAlert, Consumer<Exception> onFailure) throws JMSException {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        Connection c = user == null ? factory.createConnection() : factory.createConnection(user, password);
        try {
            Session session = c.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(subscriptionFqqn));
            consumer.setMessageListener(m -> {
                try {
                    onAlert.accept(((TextMessage) m).getText());
                    m.acknowledge();
                } catch (JMSException | RuntimeException e) {
                    onFailure.accept(e);
                }
            });
            c.start();
            return new AlertSubscription(c);
        } catch (JMSException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
