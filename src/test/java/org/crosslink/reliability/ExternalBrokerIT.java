package org.crosslink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Headers;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * The bus on an external broker (the standalone Artemis distribution, created and started by the test): the
 * broker is killed and started again while reports stream in; the bus reconnects and carries on, and every
 * report is processed exactly once.
 */
class ExternalBrokerIT {
    private static final int REPORTS = 3000;
    private static final Duration WAIT = Duration.ofMinutes(3);

    @Test
    void theBusReconnectsAfterTheBrokerRestartsAndNothingIsLostOrDoubled() throws Exception {
        Path dir = TestSettings.newDataDir("external");
        int port = TestSettings.freePort();
        StandaloneArtemis broker = StandaloneArtemis.create(dir.resolve("artemis"), port);
        broker.start();
        Settings settings = TestSettings.create(dir, Map.of(
                "crosslink.broker.url", "tcp://127.0.0.1:" + port,
                "crosslink.broker.user", "admin",
                "crosslink.broker.password", "admin",
                "crosslink.security.relay-logins", "admin"));
        AtomicInteger sent = new AtomicInteger();
        try (Bus bus = new Bus(settings).start()) {
            Store store = new Store(bus.runtime().db());
            Thread sender = new Thread(() -> send(port, sent), "force-systems");
            sender.start();
            await().atMost(WAIT).until(() -> store.total() >= REPORTS / 3);

            broker.kill();
            broker.start();

            sender.join(WAIT.toMillis());
            assertThat(sent.get()).isEqualTo(REPORTS);
            await().atMost(WAIT).until(() -> store.total() >= REPORTS);
            assertThat(store.counts()).containsExactly(Map.entry("ACCEPTED", (long) REPORTS));
            assertThat(store.one("SELECT COUNT(*) FROM report")).isEqualTo(String.valueOf(REPORTS));
        } finally {
            broker.kill();
        }
    }

    /**
     * Force systems sending through the outage: a chunk that fails is sent again; the broker drops what it had.
     * A chunk whose commit reached the broker just before it died comes back as a duplicate-id rejection of
     * the whole transaction: it was delivered, and sending it again would be refused for ever.
     */
    private static void send(int port, AtomicInteger sent) {
        List<String> sources = List.of("MET", "GMP", "WMP", "KENT", "NCA");
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port
                + "?reconnectAttempts=-1&retryInterval=200&initialConnectAttempts=-1");
        int next = 0;
        while (next < REPORTS) {
            int end = Math.min(REPORTS, next + 50);
            try (Connection c = cf.createConnection("admin", "admin")) {
                Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                while (next < REPORTS) {
                    end = Math.min(REPORTS, next + 50);
                    for (int i = next; i < end; i++) {
                        String source = sources.get(i % sources.size());
                        MessageProducer p = s.createProducer(s.createQueue("intel.inbound." + source));
                        TextMessage m = s.createTextMessage(Reports.report(source, source + "-EXT-" + i)
                                .person("P1", "WITNESS", "Given" + i, "Family" + i, null).json());
                        m.setStringProperty(Headers.ORIGINAL_SENDER, source);
                        m.setStringProperty(Headers.DUPLICATE_ID, source + "-EXT-" + i);
                        p.send(m);
                        p.close();
                    }
                    s.commit();
                    next = end;
                    sent.set(next);
                }
            } catch (JMSException e) {
                if (alreadyDelivered(e)) {
                    next = end;
                    sent.set(next);
                }
                // otherwise the broker went away mid-chunk: the chunk is sent again once it is back
            }
        }
    }

    private static boolean alreadyDelivered(Throwable e) {
        if (e == null) {
            return false;
        }
        if (e instanceof ActiveMQException a && a.getType() == ActiveMQExceptionType.DUPLICATE_ID_REJECTED) {
            return true;
        }
        Throwable linked = e instanceof JMSException j ? j.getLinkedException() : null;
        return alreadyDelivered(e.getCause()) || linked != null && linked != e.getCause() && alreadyDelivered(linked);
    }

    /** The Artemis distribution unpacked by the build (target/artemis), as a broker instance of the test's own. */
    static final class StandaloneArtemis {
        private final Path instance;
        private Process process;

        private StandaloneArtemis(Path instance) {
            this.instance = instance;
        }

        static StandaloneArtemis create(Path instance, int port) throws Exception {
            Path home = Path.of(System.getProperty("artemis.home", "target/artemis/apache-artemis-2.40.0"));
            run(List.of(home.resolve("bin/artemis").toString(), "create", instance.toString(), "--user", "admin", "--password",
                    "admin", "--require-login", "--silent", "--no-web", "--no-autotune", "--host", "127.0.0.1", "--default-port",
                    String.valueOf(port), "--no-amqp-acceptor", "--no-stomp-acceptor", "--no-mqtt-acceptor", "--no-hornetq-acceptor"));
            StandaloneArtemis a = new StandaloneArtemis(instance);
            a.port = port;
            return a;
        }

        private int port;

        void start() throws Exception {
            process = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                    .redirectErrorStream(true).redirectOutput(instance.resolve("broker.log").toFile()).start();
            await().atMost(Duration.ofMinutes(1)).until(() -> {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    return true;
                } catch (Exception e) {
                    return false;
                }
            });
        }

        void kill() throws Exception {
            if (process != null && process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }

        private static void run(List<String> command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("artemis create failed: " + out);
            }
        }
    }
}
