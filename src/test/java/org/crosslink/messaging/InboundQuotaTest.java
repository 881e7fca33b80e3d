package org.crosslink.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.test.ForceClient;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * One force floods its queue while no bus takes from it: once its quota is full its sends are refused with the reason
 * (Core), or held back (AMQP), and another force's reports still go in over both. The bus, started afterwards,
 * processes every report that went in.
 */
class InboundQuotaTest {
    private static final String PADDING = "x".repeat(2000);

    @Test
    void aForceFloodingItsQueueIsRefusedOnceItsQuotaIsFullWhileAnotherForcesReportsStillFlow() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("quota"), Map.of("crosslink.broker.inbound-max-size", "65536"));
        int accepted = 0;
        JMSException refused = null;
        JMSException refusedOverAmqp = null;
        try (EmbeddedBroker broker = BusRuntime.brokerAlone(settings); ForceClient met = ForceClient.as(settings, "MET");
             ForceClient gmp = ForceClient.as(settings, "GMP")) {
            for (int i = 0; i < 1000 && refused == null; i++) {
                try {
                    met.sendText("intel.inbound.MET", report("MET", "MET-FLOOD-" + i));
                    accepted++;
                } catch (JMSException e) {
                    refused = e;
                }
            }
            refusedOverAmqp = sendOverAmqp(settings, "MET", "MET-FLOOD-AMQP");
            for (int i = 0; i < 5; i++) {
                gmp.sendText("intel.inbound.GMP", report("GMP", "GMP-FLOWS-" + i));
            }
            assertThat(sendOverAmqp(settings, "GMP", "GMP-FLOWS-AMQP")).isNull();
        }

        assertThat(accepted).isBetween(10, 100);
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("intel.inbound.MET", "is full");
        assertThat(refusedOverAmqp).as("held back over AMQP: the broker gives a full address's links no credit").isNotNull();
        try (Bus bus = new Bus(settings).start()) {
            Store store = new Store(bus.runtime().db());
            int expected = accepted + 6;
            await().atMost(Duration.ofSeconds(30)).until(() -> store.count("ACCEPTED") == expected);
            assertThat(store.one("SELECT COUNT(*) FROM report WHERE source = 'GMP'")).isEqualTo("6");
        }
    }

    private static String report(String source, String id) {
        return Reports.report(source, id).narrative(PADDING).person("P1", "WITNESS", "Flood", "Person", null).json();
    }

    /**
     * Sends one report over AMQP, waiting up to 3 s for the broker's answer; returns why it did not go in (refused, or
     * held for want of credit), or null when it went in.
     */
    private static JMSException sendOverAmqp(Settings settings, String source, String id) throws Exception {
        JmsConnectionFactory cf = new JmsConnectionFactory("amqp://127.0.0.1:" + settings.get("crosslink.broker.amqp-port")
                + "?jms.sendTimeout=3000");
        try (Connection c = cf.createConnection(source, ForceClient.password(settings, source))) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer p = s.createProducer(s.createQueue("intel.inbound." + source));
            try {
                p.send(s.createTextMessage(report(source, id)));
                return null;
            } catch (JMSException e) {
                return e;
            }
        }
    }
}
