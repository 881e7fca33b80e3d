package org.crosslink.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import me.tongfei.progressbar.ProgressBar;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.crosslink.config.Settings;
import org.crosslink.messaging.EmbeddedBroker;
import org.crosslink.runtime.Progress;

/**
 * The broker alone, the physical limit: persistent messages of the reports' size, produced to a queue
 * and consumed from it at the same time by plain JMS clients over TCP, each side committing every few
 * hundred messages (the broker's best settings for durable throughput), on the same embedded broker
 * configuration and the same disk as the bus.
 */
final class RawBenchmark {
    private RawBenchmark() {
    }

    static double run(Settings base, Path dir, int n, int size) throws Exception {
        Settings s = base.with(Map.of("crosslink.data-dir", dir.toString(), "crosslink.broker.dir", dir.resolve("broker").toString()));
        try (EmbeddedBroker broker = EmbeddedBroker.start(s, null, null)) {
            broker.server().getActiveMQServer().createQueue(QueueConfiguration.of("bench.raw").setRoutingType(RoutingType.ANYCAST)
                    .setDurable(true).setAutoCreateAddress(true));
            String url = "tcp://" + s.get("crosslink.broker.host") + ":" + s.get("crosslink.broker.core-port");
            ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(url);
            byte[] body = new byte[size];
            AtomicLong consumed = new AtomicLong();
            long start = System.nanoTime();
            Thread consumer = new Thread(() -> consume(cf, n, consumed), "bench-raw-consumer");
            consumer.start();
            try (Connection c = cf.createConnection(); ProgressBar bar = Progress.bar("raw", n)) {
                Session session = c.createSession(true, Session.SESSION_TRANSACTED);
                MessageProducer p = session.createProducer(session.createQueue("bench.raw"));
                for (int i = 1; i <= n; i++) {
                    BytesMessage m = session.createBytesMessage();
                    m.writeBytes(body);
                    p.send(m);
                    if (i % 500 == 0 || i == n) {
                        session.commit();
                        bar.stepTo(consumed.get());
                    }
                }
                consumer.join();
                bar.stepTo(n);
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void consume(ActiveMQConnectionFactory cf, int n, AtomicLong consumed) {
        try (Connection c = cf.createConnection()) {
            c.start();
            Session session = c.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue("bench.raw"));
            for (int i = 1; i <= n; i++) {
                if (consumer.receive(60_000) == null) {
                    throw new IllegalStateException("raw benchmark: message " + i + " never arrived");
                }
                if (i % 500 == 0 || i == n) {
                    session.commit();
                    consumed.set(i);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
