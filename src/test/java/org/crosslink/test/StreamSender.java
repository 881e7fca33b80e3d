package org.crosslink.test;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.awaitility.Awaitility;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Headers;

/**
 * Force systems that survive the bus going away: each report is sent once, as its source, in transacted chunks
 * with a duplicate-detection id per line; a chunk that fails is sent again once the broker is back, and the
 * broker drops the copies it already had. Nothing is sent twice, nothing is lost.
 */
public final class StreamSender {
    private final Settings settings;
    private final Function<String, String> sourceOf;
    private final int chunk;

    public StreamSender(Settings settings, Function<String, String> sourceOf, int chunk) {
        this.settings = settings;
        this.sourceOf = sourceOf;
        this.chunk = chunk;
    }

    /** Sends every line; {@code progress} is told how many lines are safely with the broker after each chunk. */
    public void send(List<String> lines, IntConsumer progress) {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + settings.get("crosslink.broker.core-port")
                + "?reconnectAttempts=0&initialConnectAttempts=1&callTimeout=5000");
        int next = 0;
        while (next < lines.size()) {
            Map<String, Connection> connections = new HashMap<>();
            try {
                Map<String, Session> sessions = new HashMap<>();
                while (next < lines.size()) {
                    int end = Math.min(lines.size(), next + chunk);
                    for (int i = next; i < end; i++) {
                        String source = sourceOf.apply(lines.get(i));
                        Session s = sessions.get(source);
                        if (s == null) {
                            Connection c = cf.createConnection(source, ForceClient.password(settings, source));
                            connections.put(source, c);
                            s = c.createSession(true, Session.SESSION_TRANSACTED);
                            sessions.put(source, s);
                        }
                        try (MessageProducer p = s.createProducer(s.createQueue("intel.inbound." + source))) {
                            TextMessage m = s.createTextMessage(lines.get(i));
                            m.setStringProperty(Headers.DUPLICATE_ID, "line-" + i);
                            m.setLongProperty(Headers.SENT_AT, System.currentTimeMillis());
                            p.send(m);
                        }
                    }
                    for (Session s : sessions.values()) {
                        s.commit();
                    }
                    next = end;
                    progress.accept(next);
                }
            } catch (JMSException | RuntimeException e) {
                waitForBroker();
            } finally {
                for (Connection c : connections.values()) {
                    try {
                        c.close();
                    } catch (JMSException e) {
                        // already gone with the broker
                    }
                }
            }
        }
    }

    private void waitForBroker() {
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> {
            try (Socket s = new Socket("127.0.0.1", Integer.parseInt(settings.get("crosslink.broker.core-port")))) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }
}
