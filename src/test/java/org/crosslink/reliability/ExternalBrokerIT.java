package org.crosslink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Destinations;
import org.crosslink.messaging.Headers;
import org.crosslink.messaging.security.BrokerSecurity;
import org.crosslink.messaging.security.CredentialStore;
import org.crosslink.messaging.security.Principals;
import org.crosslink.runtime.RuntimeSettings;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.test.ForceClient;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * The bus on an external broker (the standalone Artemis distribution, created and started by the test), given the
 * logins and security settings the bus generates: each force logs in as itself and may send to its own queue only.
 * The broker is killed and started again while reports stream in; the bus reconnects and carries on, and every
 * report is processed exactly once, under its sender.
 */
class ExternalBrokerIT {
    private static final int REPORTS = 3000;
    private static final Duration WAIT = Duration.ofMinutes(3);

    @Test
    void theBusReconnectsAfterTheBrokerRestartsAndNothingIsLostOrDoubled() throws Exception {
        Path dir = TestSettings.newDataDir("external");
        int port = TestSettings.freePort();
        Settings settings = TestSettings.create(dir, Map.of(
                "crosslink.broker.url", "tcp://127.0.0.1:" + port,
                "crosslink.broker.user", Principals.BUS));
        StandaloneArtemis broker = StandaloneArtemis.create(dir.resolve("artemis"), port);
        broker.secure(settings);
        broker.start();
        AtomicInteger sent = new AtomicInteger();
        try (Bus bus = new Bus(settings).start()) {
            Store store = new Store(bus.runtime().db());
            try (Connection met = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port).createConnection("MET",
                    ForceClient.password(settings, "MET"))) {
                Session s = met.createSession(false, Session.AUTO_ACKNOWLEDGE);
                assertThatThrownBy(() -> s.createProducer(s.createQueue("intel.inbound.GMP")).send(s.createTextMessage("{}")))
                        .as("a force sends to another's queue on the external broker").isInstanceOf(JMSSecurityException.class);
            }
            Thread sender = new Thread(() -> send(port, settings, sent), "force-systems");
            sender.start();
            await().atMost(WAIT).until(() -> store.total() >= REPORTS / 3);

            broker.kill();
            broker.start();

            sender.join(WAIT.toMillis());
            assertThat(sent.get()).isEqualTo(REPORTS);
            await().atMost(WAIT).until(() -> store.total() >= REPORTS);
            assertThat(store.counts()).containsExactly(Map.entry("ACCEPTED", (long) REPORTS));
            assertThat(store.one("SELECT COUNT(*) FROM report")).isEqualTo(String.valueOf(REPORTS));
            assertThat(store.one("SELECT COUNT(*) FROM report WHERE sender IS NULL OR sender <> source"))
                    .as("each report's sender is its source").isEqualTo("0");
        } finally {
            broker.kill();
        }
    }

    /**
     * Force systems sending through the outage, each logged in as itself: a force's share of a chunk goes in one
     * transaction, sent again when it fails; the broker drops what it had. A share whose commit reached the broker
     * just before it died comes back as a duplicate-id rejection of the whole transaction: it was delivered, and
     * sending it again would be refused for ever.
     */
    private static void send(int port, Settings settings, AtomicInteger sent) {
        List<String> sources = List.of("MET", "GMP", "WMP", "KENT", "NCA");
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port
                + "?reconnectAttempts=-1&retryInterval=200&initialConnectAttempts=-1");
        Map<String, Connection> connections = new HashMap<>();
        try {
            for (int next = 0; next < REPORTS; next += 50) {
                int end = Math.min(REPORTS, next + 50);
                for (String source : sources) {
                    sendShare(cf, connections, settings, source, sources, next, end);
                }
                sent.set(end);
            }
        } finally {
            connections.values().forEach(ExternalBrokerIT::closeQuietly);
        }
    }

    private static void sendShare(ActiveMQConnectionFactory cf, Map<String, Connection> connections, Settings settings, String source,
                                  List<String> sources, int from, int to) {
        while (true) {
            try {
                Connection c = connections.get(source);
                if (c == null) {
                    c = cf.createConnection(source, ForceClient.password(settings, source));
                    connections.put(source, c);
                }
                try (Session s = c.createSession(true, Session.SESSION_TRANSACTED)) {
                    MessageProducer p = s.createProducer(s.createQueue("intel.inbound." + source));
                    for (int i = from; i < to; i++) {
                        if (sources.get(i % sources.size()).equals(source)) {
                            TextMessage m = s.createTextMessage(Reports.report(source, source + "-EXT-" + i)
                                    .person("P1", "WITNESS", "Given" + i, "Family" + i, null).json());
                            m.setStringProperty(Headers.DUPLICATE_ID, source + "-EXT-" + i);
                            p.send(m);
                        }
                    }
                    s.commit();
                }
                return;
            } catch (JMSException e) {
                if (alreadyDelivered(e)) {
                    return;
                }
                // otherwise the broker went away mid-share: the share is sent again once it is back
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (JMSException e) {
            // the test is over
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

        /**
         * The logins the bus generates (Artemis's own formats, so they are added to the broker's files as they are) and
         * the bus's security settings, written into the broker's broker.xml: each force may send to its own queue only.
         */
        void secure(Settings settings) throws Exception {
            CredentialStore logins = RuntimeSettings.credentials(settings);
            logins.generate(RegistryLoader.load(settings));
            Path etc = instance.resolve("etc");
            Files.writeString(etc.resolve("artemis-users.properties"), "\n" + Files.readString(logins.users()), StandardOpenOption.APPEND);
            Files.writeString(etc.resolve("artemis-roles.properties"), "\n" + Files.readString(logins.roles()), StandardOpenOption.APPEND);
            Map<String, Set<Role>> rules = new BrokerSecurity(RegistryLoader.load(settings), Destinations.from(settings),
                    settings.get("crosslink.queue.control"), Set.of()).settings();
            StringBuilder xml = new StringBuilder();
            rules.forEach((match, roles) -> {
                if (match.equals("#")) {
                    return; // the broker's own: its administrators keep everything
                }
                xml.append("<security-setting match=\"").append(match).append("\">\n");
                permission(xml, "send", roles, Role::isSend);
                permission(xml, "consume", roles, Role::isConsume);
                permission(xml, "browse", roles, Role::isBrowse);
                permission(xml, "createDurableQueue", roles, Role::isCreateDurableQueue);
                permission(xml, "deleteDurableQueue", roles, Role::isDeleteDurableQueue);
                permission(xml, "createNonDurableQueue", roles, Role::isCreateNonDurableQueue);
                permission(xml, "deleteNonDurableQueue", roles, Role::isDeleteNonDurableQueue);
                permission(xml, "createAddress", roles, Role::isCreateAddress);
                permission(xml, "deleteAddress", roles, Role::isDeleteAddress);
                permission(xml, "manage", roles, Role::isManage);
                xml.append("</security-setting>\n");
            });
            Path brokerXml = etc.resolve("broker.xml");
            // the broker stamps each message with its sender's login: a report's source is its sender
            Files.writeString(brokerXml, Files.readString(brokerXml).replace("</security-settings>", xml + "</security-settings>\n"
                    + "<populate-validated-user>true</populate-validated-user>"));
        }

        private static void permission(StringBuilder xml, String type, Set<Role> roles, Predicate<Role> has) {
            Set<String> names = BrokerSecurity.rolesThat(roles, has);
            if (!names.isEmpty()) {
                xml.append("  <permission type=\"").append(type).append("\" roles=\"").append(String.join(",", new TreeSet<>(names)))
                        .append("\"/>\n");
            }
        }

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
