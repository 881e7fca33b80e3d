package org.crosslink.messaging.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Headers;
import org.crosslink.test.Clients;
import org.crosslink.test.ForceClient;
import org.crosslink.test.Reports;
import org.crosslink.test.StompClient;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every force is authenticated and fenced in: one case per attack, through the real broker, over Core, AMQP and STOMP alike. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("security"), Map.of());
    private Bus bus;
    private Clients clients;
    private final List<String> tried = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final List<Connection> amqpConnections = new ArrayList<>();

    @BeforeAll
    void start() {
        bus = new Bus(settings).start();
        clients = new Clients(settings);
    }

    @AfterAll
    void stop() throws Exception {
        for (Connection c : amqpConnections) {
            c.close();
        }
        clients.close();
        bus.close();
    }

    interface Attack {
        void run() throws Exception;
    }

    @BeforeEach
    void count() {
        tried.clear();
        refused.clear();
    }

    private void attack(String name, Attack attack) {
        tried.add(name);
        try {
            attack.run();
        } catch (JMSSecurityException e) {
            refused.add(name);
        } catch (JMSException e) {
            String message = String.valueOf(e.getMessage());
            if (e.getCause() != null && e.getCause().getClass().getSimpleName().contains("Security")
                    || message.contains("AMQ229031") || message.contains("AMQ229032") || message.contains("AMQ229213")
                    || message.contains("unauthorized") || message.contains("not authorized")) {
                refused.add(name);
            } else {
                throw new AssertionError(name + ": unexpected " + e, e);
            }
        } catch (Exception e) {
            throw new AssertionError(name + ": unexpected " + e, e);
        }
    }

    /** A STOMP attack: refused when the broker answers with an ERROR frame (and closes the connection). */
    private void stompAttack(String name, String login, StompStep step) throws Exception {
        tried.add(name);
        try (StompClient stomp = StompClient.open("127.0.0.1", Integer.parseInt(settings.get("crosslink.broker.stomp-port")))) {
            String connected = stomp.connect(login, login == null ? null : "MET-wrong".equals(login) ? "nope" : ForceClient.password(settings, login));
            String answer = connected.startsWith("CONNECTED") ? step.run(stomp) : connected;
            if (answer.startsWith("ERROR") || answer.equals("CLOSED")) {
                refused.add(name);
            } else if (!answer.startsWith("RECEIPT")) {
                throw new AssertionError(name + ": unexpected answer " + answer);
            }
        }
    }

    interface StompStep {
        String run(StompClient stomp) throws Exception;
    }

    private Connection amqp(String user, String password) throws JMSException {
        JmsConnectionFactory cf = new JmsConnectionFactory("amqp://127.0.0.1:" + settings.get("crosslink.broker.amqp-port"));
        Connection c = user == null ? cf.createConnection() : cf.createConnection(user, password);
        c.start();
        return c;
    }

    private Session amqpSession(String login) throws JMSException {
        Connection c = amqp(login, ForceClient.password(settings, login));
        amqpConnections.add(c);
        return c.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    private Connection connect(String user, String password) throws JMSException {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + settings.get("crosslink.broker.core-port"));
        Connection c = user == null ? cf.createConnection() : cf.createConnection(user, password);
        c.start();
        return c;
    }

    private Session session(String login) throws JMSException {
        return clients.as(login).session();
    }

    @Test
    void everyAttackIsRefusedAndCounted() throws Exception {
        attack("anonymous connect", () -> connect(null, null).close());
        attack("wrong password", () -> connect("MET", "not-the-password").close());
        attack("force A sends to force B's inbound queue", () -> {
            Session s = session("MET");
            s.createProducer(s.createQueue("intel.inbound.GMP")).send(s.createTextMessage("{}"));
        });
        attack("force A consumes from force B's inbound queue", () -> {
            Session s = session("MET");
            s.createConsumer(s.createQueue("intel.inbound.GMP")).close();
        });
        attack("force A consumes from its own inbound queue", () -> {
            Session s = session("MET");
            s.createConsumer(s.createQueue("intel.inbound.MET")).close();
        });
        attack("force A browses force B's inbound queue", () -> {
            Session s = session("MET");
            s.createBrowser(s.createQueue("intel.inbound.GMP")).getEnumeration().hasMoreElements();
        });
        attack("force A consumes from force B's alert subscription", () -> {
            Session s = session("MET");
            s.createConsumer(s.createQueue("crosslink.alerts::alerts.GMP")).close();
        });
        attack("force A consumes from force B's rejected queue", () -> {
            Session s = session("MET");
            s.createConsumer(s.createQueue("intel.rejected.GMP")).close();
        });
        attack("force A subscribes to the alert address without a filter", () -> {
            Session s = session("MET");
            s.createConsumer(s.createTopic("crosslink.alerts")).close();
        });
        attack("force A creates a durable subscription on the alert address", () -> {
            Session s = session("MET");
            s.createSharedDurableConsumer(s.createTopic("crosslink.alerts"), "everything").close();
        });
        attack("force A sends to the alert address", () -> {
            Session s = session("MET");
            s.createProducer(s.createTopic("crosslink.alerts")).send(s.createTextMessage("{\"type\":\"FAKE\"}"));
        });
        attack("a coordinator sends a report", () -> {
            Session s = session("NCA-MSHT");
            s.createProducer(s.createQueue("intel.inbound.NCA")).send(s.createTextMessage(
                    Reports.report("NCA", "NCA-FAKE").person("P1", "SUSPECT", "A", "B", null).json()));
        });
        attack("force A sends to the dead-letter queue", () -> {
            Session s = session("MET");
            s.createProducer(s.createQueue("crosslink.dlq")).send(s.createTextMessage("{}"));
        });
        attack("force A asks for an erasure", () -> {
            Session s = session("MET");
            s.createProducer(s.createQueue("crosslink.control")).send(s.createTextMessage("{}"));
        });
        attack("force A reads the audit checkpoints", () -> {
            Session s = session("MET");
            s.createBrowser(s.createQueue("crosslink.audit.checkpoints")).getEnumeration().hasMoreElements();
        });

        assertThat(refused).containsExactlyElementsOf(tried);
        System.out.printf("security matrix over Core: %d attacks tried, %d refused%n", tried.size(), refused.size());
    }

    @Test
    void everyAttackOverAmqpIsRefusedAndCounted() throws Exception {
        attack("anonymous connect", () -> amqp(null, null).close());
        attack("wrong password", () -> amqp("MET", "not-the-password").close());
        attack("force A sends to force B's inbound queue", () -> {
            Session s = amqpSession("MET");
            s.createProducer(s.createQueue("intel.inbound.GMP")).send(s.createTextMessage("{}"));
        });
        attack("force A consumes from force B's inbound queue", () -> {
            Session s = amqpSession("MET");
            s.createConsumer(s.createQueue("intel.inbound.GMP")).close();
        });
        attack("force A consumes from its own inbound queue", () -> {
            Session s = amqpSession("MET");
            s.createConsumer(s.createQueue("intel.inbound.MET")).close();
        });
        attack("force A browses force B's inbound queue", () -> {
            Session s = amqpSession("MET");
            s.createBrowser(s.createQueue("intel.inbound.GMP")).getEnumeration().hasMoreElements();
        });
        attack("force A consumes from force B's alert subscription", () -> {
            Session s = amqpSession("MET");
            s.createConsumer(s.createQueue("crosslink.alerts::alerts.GMP")).close();
        });
        attack("force A consumes from force B's rejected queue", () -> {
            Session s = amqpSession("MET");
            s.createConsumer(s.createQueue("intel.rejected.GMP")).close();
        });
        attack("force A subscribes to the alert address without a filter", () -> {
            Session s = amqpSession("MET");
            s.createConsumer(s.createTopic("crosslink.alerts")).close();
        });
        attack("force A creates a durable subscription on the alert address", () -> {
            Session s = amqpSession("MET");
            s.createSharedDurableConsumer(s.createTopic("crosslink.alerts"), "everything").close();
        });
        attack("force A sends to the alert address", () -> {
            Session s = amqpSession("MET");
            s.createProducer(s.createTopic("crosslink.alerts")).send(s.createTextMessage("{\"type\":\"FAKE\"}"));
        });
        attack("a coordinator sends a report", () -> {
            Session s = amqpSession("NCA-MSHT");
            s.createProducer(s.createQueue("intel.inbound.NCA")).send(s.createTextMessage("{}"));
        });
        attack("force A sends to the dead-letter queue", () -> {
            Session s = amqpSession("MET");
            s.createProducer(s.createQueue("crosslink.dlq")).send(s.createTextMessage("{}"));
        });
        attack("force A asks for an erasure", () -> {
            Session s = amqpSession("MET");
            s.createProducer(s.createQueue("crosslink.control")).send(s.createTextMessage("{}"));
        });
        attack("force A reads the audit checkpoints", () -> {
            Session s = amqpSession("MET");
            s.createBrowser(s.createQueue("crosslink.audit.checkpoints")).getEnumeration().hasMoreElements();
        });

        assertThat(refused).containsExactlyElementsOf(tried);
        System.out.printf("security matrix over AMQP: %d attacks tried, %d refused%n", tried.size(), refused.size());
    }

    @Test
    void everyAttackOverStompIsRefusedAndCounted() throws Exception {
        String report = Reports.report("MET", "MET-STOMP-ATTACK").person("P1", "SUSPECT", "A", "B", null).json();
        stompAttack("anonymous connect", null, stomp -> "CONNECTED");
        stompAttack("wrong password", "MET-wrong", stomp -> "CONNECTED");
        stompAttack("force A sends to force B's inbound queue", "MET", stomp -> stomp.send("intel.inbound.GMP", "ANYCAST", report));
        stompAttack("force A consumes from force B's inbound queue", "MET", stomp -> stomp.subscribe("intel.inbound.GMP", "ANYCAST"));
        stompAttack("force A consumes from its own inbound queue", "MET", stomp -> stomp.subscribe("intel.inbound.MET", "ANYCAST"));
        stompAttack("force A browses force B's inbound queue", "MET", stomp -> stomp.subscribe("intel.inbound.GMP", "ANYCAST", "browser:true"));
        stompAttack("force A consumes from force B's alert subscription", "MET",
                stomp -> stomp.subscribe("crosslink.alerts::alerts.GMP", "MULTICAST"));
        stompAttack("force A consumes from force B's rejected queue", "MET", stomp -> stomp.subscribe("intel.rejected.GMP", "ANYCAST"));
        stompAttack("force A subscribes to the alert address without a filter", "MET", stomp -> stomp.subscribe("crosslink.alerts", "MULTICAST"));
        stompAttack("force A creates a durable subscription on the alert address", "MET",
                stomp -> stomp.subscribe("crosslink.alerts", "MULTICAST", "durable-subscription-name:everything"));
        stompAttack("force A sends to the alert address", "MET", stomp -> stomp.send("crosslink.alerts", "MULTICAST", "{}"));
        stompAttack("a coordinator sends a report", "NCA-MSHT", stomp -> stomp.send("intel.inbound.NCA", "ANYCAST", "{}"));
        stompAttack("force A sends to the dead-letter queue", "MET", stomp -> stomp.send("crosslink.dlq", "ANYCAST", "{}"));
        stompAttack("force A asks for an erasure", "MET", stomp -> stomp.send("crosslink.control", "ANYCAST", "{}"));
        stompAttack("force A reads the audit checkpoints", "MET",
                stomp -> stomp.subscribe("crosslink.audit.checkpoints", "ANYCAST", "browser:true"));

        assertThat(refused).containsExactlyElementsOf(tried);
        System.out.printf("security matrix over STOMP: %d attacks tried, %d refused%n", tried.size(), refused.size());
    }

    @Test
    void aReportSentOverAmqpToAForcesQueueByAnotherLoginIsRejectedAsSourceMismatch() throws Exception {
        Session s = amqpSession("admin");
        s.createProducer(s.createQueue("intel.inbound.WYP")).send(s.createTextMessage(
                Reports.report("WYP", "WYP-NOT-FROM-WYP").person("P1", "SUSPECT", "Not", "Theirs", null).json()));

        Message answer = clients.as("WYP").receive("intel.rejected.WYP", WAIT.toMillis());
        assertThat(answer.getStringProperty(Headers.REJECT_CODE)).isEqualTo("SOURCE_MISMATCH");
        assertThat(answer.getStringProperty(Headers.REJECT_REASONS)).contains("sender 'admin' may not submit reports for WYP");
    }

    @Test
    void aReportClaimingAnotherSourceIsRejectedAsSourceMismatchAndNeverResolved() throws Exception {
        Store store = new Store(bus.runtime().db());
        long rejected = store.count("REJECTED");
        clients.send("KENT", Reports.report("ESSEX", "ESSEX-SPOOF-1").person("P1", "SUSPECT", "Spoof", "Person", null).json());

        Message m = clients.as("KENT").receive("intel.rejected.KENT", WAIT.toMillis());
        assertThat(m.getStringProperty(Headers.REJECT_CODE)).isEqualTo("SOURCE_MISMATCH");
        await().atMost(WAIT).until(() -> store.count("REJECTED") == rejected + 1);
        assertThat(store.one("SELECT COUNT(*) FROM report WHERE report_id = 'ESSEX-SPOOF-1'")).isEqualTo("0");
        assertThat(store.one("SELECT COUNT(*) FROM mention WHERE report_key LIKE '%SPOOF%'")).isEqualTo("0");
    }

    @Test
    void neitherAnOperatorNorTheBusCanPassAReportOffAsAForcesByNamingItsOriginalSender() throws Exception {
        Store store = new Store(bus.runtime().db());
        for (String login : List.of("admin", "crosslink-bus")) {
            Session s = session(login);
            jakarta.jms.TextMessage m = s.createTextMessage(
                    Reports.report("MET", "MET-INJECTED-" + login).person("P1", "SUSPECT", "Injected", "Person", null).json());
            m.setStringProperty(Headers.ORIGINAL_SENDER, "MET");
            s.createProducer(s.createQueue("intel.inbound.MET")).send(m);

            Message answer = clients.as("MET").receive("intel.rejected.MET", WAIT.toMillis());
            assertThat(answer).as(login).isNotNull();
            assertThat(answer.getStringProperty(Headers.REJECT_CODE)).as(login).isEqualTo("SOURCE_MISMATCH");
            assertThat(answer.getStringProperty(Headers.REJECT_REASONS)).as(login).contains(login);
        }
        assertThat(store.one("SELECT COUNT(*) FROM report WHERE report_id LIKE 'MET-INJECTED-%'")).isEqualTo("0");
    }

    @Test
    void aForceMayUseWhatIsItsOwn() throws Exception {
        Session s = session("WMP");
        s.createProducer(s.createQueue("intel.inbound.WMP")).send(s.createTextMessage(
                Reports.report("WMP", "WMP-OWN-1").person("P1", "WITNESS", "Own", "Queue", null).json()));
        s.createConsumer(s.createQueue("intel.rejected.WMP")).close();
        s.createConsumer(s.createQueue("crosslink.alerts::alerts.WMP")).close();
        Session coordinator = session("RC-LONDON");
        coordinator.createConsumer(coordinator.createQueue("crosslink.alerts::alerts.RC-LONDON")).close();
        Store store = new Store(bus.runtime().db());
        await().atMost(WAIT).until(() -> store.one("SELECT sender FROM report WHERE report_id = 'WMP-OWN-1'") != null);
        assertThat(store.one("SELECT sender FROM report WHERE report_id = 'WMP-OWN-1'")).isEqualTo("WMP");
    }

    @Test
    void passwordsAreNotStoredInPlainTextInTheLoginFile() throws Exception {
        String users = Files.readString(settings.path("crosslink.security.users"));
        assertThat(users).contains("MET=ENC(").doesNotContain(ForceClient.password(settings, "MET"));
    }
}
