package org.crosslink.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.test.ForceClient;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A force system need not speak Core: reports arrive over AMQP 1.0 (Apache Qpid JMS) and over STOMP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("protocols"), Map.of());
    private Bus bus;
    private Store store;

    @BeforeAll
    void start() {
        bus = new Bus(settings).start();
        store = new Store(bus.runtime().db());
    }

    @AfterAll
    void stop() {
        bus.close();
    }

    @Test
    void aReportSentOverAmqpWithQpidJmsIsAccepted() throws Exception {
        long before = store.count("ACCEPTED");
        JmsConnectionFactory cf = new JmsConnectionFactory("amqp://127.0.0.1:" + settings.get("crosslink.broker.amqp-port"));
        try (Connection c = cf.createConnection("KENT", ForceClient.password(settings, "KENT"))) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer p = s.createProducer(s.createQueue("intel.inbound.KENT"));
            p.send(s.createTextMessage(Reports.report("KENT", "KENT-AMQP-1").person("P1", "WITNESS", "Amy", "Lee", null).json()));
        }
        await().atMost(WAIT).until(() -> store.count("ACCEPTED") == before + 1);
        assertThat(store.one("SELECT source FROM report WHERE report_key = 'KENT/KENT-AMQP-1'")).isEqualTo("KENT");
        assertThat(store.one("SELECT sender FROM report WHERE report_key = 'KENT/KENT-AMQP-1'")).as("stamped by the broker").isEqualTo("KENT");
    }

    @Test
    void aReportSentOverStompIsAccepted() throws Exception {
        long before = store.count("ACCEPTED");
        String body = Reports.report("ESSEX", "ESSEX-STOMP-1").person("P1", "WITNESS", "Bo", "Li", null).json();
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(settings.get("crosslink.broker.stomp-port")))) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            frame(out, "CONNECT\naccept-version:1.2\nhost:crosslink\nlogin:ESSEX\npasscode:" + ForceClient.password(settings, "ESSEX") + "\n\n");
            assertThat(readFrame(in)).startsWith("CONNECTED");
            frame(out, "SEND\ndestination:intel.inbound.ESSEX\ndestination-type:ANYCAST\ncontent-type:application/json\nreceipt:r1\n\n" + body);
            assertThat(readFrame(in)).startsWith("RECEIPT");
            frame(out, "DISCONNECT\n\n");
        }
        await().atMost(WAIT).until(() -> store.count("ACCEPTED") == before + 1);
    }

    private static void frame(OutputStream out, String frame) throws Exception {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.flush();
    }

    private static String readFrame(InputStream in) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int b = in.read(); b > 0; b = in.read()) {
            sb.append((char) b);
        }
        return sb.toString().stripLeading();
    }
}
