package org.crosslink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.test.BrokerProcess;
import org.crosslink.test.ForceClient;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * Reports sent without asking for durability (AMQP with durable=false, STOMP without persistent:true) are accepted by
 * the broker, which is then killed with SIGKILL before any bus has taken them; on restart every one is there.
 */
class NonDurableReportsSurviveACrashIT {
    private static final int EACH = 20;

    @Test
    void reportsSentNonDurableOverAmqpAndStompSurviveTheBrokersSigkill() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("non-durable"), Map.of());
        BrokerProcess broker = new BrokerProcess(settings).start();

        JmsConnectionFactory amqp = new JmsConnectionFactory("amqp://127.0.0.1:" + settings.get("crosslink.broker.amqp-port")
                + "?jms.forceSyncSend=true");
        try (Connection c = amqp.createConnection("KENT", ForceClient.password(settings, "KENT"))) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer p = s.createProducer(s.createQueue("intel.inbound.KENT"));
            p.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            for (int i = 0; i < EACH; i++) {
                p.send(s.createTextMessage(Reports.report("KENT", "KENT-ND-" + i).person("P1", "WITNESS", "Amqp", "Volatile" + i, null).json()));
            }
        }
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(settings.get("crosslink.broker.stomp-port")))) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            frame(out, "CONNECT\naccept-version:1.2\nhost:crosslink\nlogin:ESSEX\npasscode:" + ForceClient.password(settings, "ESSEX") + "\n\n");
            assertThat(readFrame(in)).startsWith("CONNECTED");
            for (int i = 0; i < EACH; i++) {
                String body = Reports.report("ESSEX", "ESSEX-ND-" + i).person("P1", "WITNESS", "Stomp", "Volatile" + i, null).json();
                frame(out, "SEND\ndestination:intel.inbound.ESSEX\ndestination-type:ANYCAST\ncontent-type:application/json\nreceipt:r" + i
                        + "\n\n" + body);
                assertThat(readFrame(in)).startsWith("RECEIPT");
            }
        }
        try (ForceClient admin = ForceClient.as(settings, "admin")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> queued(admin, "intel.inbound.KENT") == EACH
                    && queued(admin, "intel.inbound.ESSEX") == EACH);
        }

        broker.kill();

        try (Bus bus = new Bus(settings).start()) {
            Store store = new Store(bus.runtime().db());
            await().atMost(Duration.ofSeconds(60)).until(() -> store.count("ACCEPTED") == 2 * EACH);
            assertThat(store.one("SELECT COUNT(*) FROM report WHERE report_id LIKE 'KENT-ND-%'")).isEqualTo(String.valueOf(EACH));
            assertThat(store.one("SELECT COUNT(*) FROM report WHERE report_id LIKE 'ESSEX-ND-%'")).isEqualTo(String.valueOf(EACH));
        }
    }

    private static int queued(ForceClient admin, String queue) throws Exception {
        return Collections.list(admin.session().createBrowser(admin.session().createQueue(queue)).getEnumeration()).size();
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
