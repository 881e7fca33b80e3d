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
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Headers;
import org.crosslink.test.Clients;
import org.crosslink.test.ForceClient;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every force is authenticated and fenced in: one case per attack, through the real broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("security"), Map.of());
    private Bus bus;
    private Clients clients;
    private final List<String> tried = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    @BeforeAll
    void start() {
        bus = new Bus(settings).start();
        clients = new Clients(settings);
    }

    @AfterAll
    void stop() throws Exception {
        clients.close();
        bus.close();
    }

    interface Attack {
        void run() throws Exception;
    }

    private void attack(String name, Attack attack) {
        tried.add(name);
        try {
            attack.run();
        } catch (JMSSecurityException e) {
            refused.add(name);
        } catch (JMSException e) {
            if (e.getCause() != null && e.getCause().getClass().getSimpleName().contains("Security")
                    || String.valueOf(e.getMessage()).contains("AMQ229031") || String.valueOf(e.getMessage()).contains("AMQ229032")) {
                refused.add(name);
            } else {
                throw new AssertionError(name + ": unexpected " + e, e);
            }
        } catch (Exception e) {
            throw new AssertionError(name + ": unexpected " + e, e);
        }
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

        assertThat(refused).containsExactlyElementsOf(tried);
        System.out.printf("security matrix: %d attacks tried, %d refused%n", tried.size(), refused.size());
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
