package org.crosslink.messaging.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.crosslink.camel.Bus;
import org.crosslink.config.SecretFile;
import org.crosslink.config.Settings;
import org.crosslink.test.ForceClient;
import org.crosslink.test.Reports;
import org.crosslink.test.StompClient;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** The Core, AMQP and STOMP acceptors switched to TLS by configuration alone, with a keystore generated for the test. */
class TlsTest {

    @Test
    void forcesConnectOverTlsWithCoreAmqpAndStompAndAPlainConnectionIsRefusedOnEach() throws Exception {
        Path dir = TestSettings.newDataDir("tls");
        Path keystore = dir.resolve("broker.p12");
        Path truststore = dir.resolve("client-trust.p12");
        keytool("-genkeypair", "-alias", "crosslink", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        Path cert = dir.resolve("broker.crt");
        keytool("-exportcert", "-alias", "crosslink", "-keystore", keystore.toString(), "-storepass", "changeit", "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "crosslink", "-file", cert.toString(), "-keystore", truststore.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit");
        Path passwordFile = dir.resolve("keystore.password");
        SecretFile.write(passwordFile, "changeit\n");
        Settings settings = TestSettings.create(dir, Map.of("crosslink.broker.tls.enabled", "true",
                "crosslink.broker.tls.keystore", keystore.toString(), "crosslink.broker.tls.keystore-password-file", passwordFile.toString()));
        String port = settings.get("crosslink.broker.core-port");

        try (Bus bus = new Bus(settings).start()) {
            String tlsUrl = "tcp://localhost:" + port + "?sslEnabled=true&trustStorePath=" + truststore + "&trustStorePassword=changeit";
            try (Connection c = new ActiveMQConnectionFactory(tlsUrl).createConnection("MET", ForceClient.password(settings, "MET"))) {
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                s.createProducer(s.createQueue("intel.inbound.MET")).send(s.createTextMessage(
                        Reports.report("MET", "MET-TLS-1").person("P1", "WITNESS", "Tee", "Ellis", null).json()));
            }
            Store store = new Store(bus.runtime().db());
            await().atMost(Duration.ofSeconds(20)).until(() -> store.count("ACCEPTED") == 1);
            assertThat(Files.readString(settings.path("crosslink.broker.dir").resolve("broker.xml")))
                    .contains("keyStorePath=").doesNotContain("changeit");

            ActiveMQConnectionFactory plain = new ActiveMQConnectionFactory("tcp://localhost:" + port
                    + "?callTimeout=2000&initialConnectAttempts=1&reconnectAttempts=0");
            assertThatThrownBy(() -> plain.createConnection("MET", ForceClient.password(settings, "MET")).close())
                    .isInstanceOf(JMSException.class);

            String amqpPort = settings.get("crosslink.broker.amqp-port");
            JmsConnectionFactory amqps = new JmsConnectionFactory("amqps://localhost:" + amqpPort + "?transport.trustStoreLocation="
                    + truststore + "&transport.trustStorePassword=changeit");
            try (Connection c = amqps.createConnection("KENT", ForceClient.password(settings, "KENT"))) {
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                s.createProducer(s.createQueue("intel.inbound.KENT")).send(s.createTextMessage(
                        Reports.report("KENT", "KENT-TLS-1").person("P1", "WITNESS", "Tee", "Amqp", null).json()));
            }
            JmsConnectionFactory amqpPlain = new JmsConnectionFactory("amqp://localhost:" + amqpPort + "?jms.connectTimeout=3000");
            assertThatThrownBy(() -> amqpPlain.createConnection("KENT", ForceClient.password(settings, "KENT")).start())
                    .isInstanceOf(JMSException.class);

            int stompPort = Integer.parseInt(settings.get("crosslink.broker.stomp-port"));
            try (StompClient stomp = new StompClient(trusting(truststore).getSocketFactory().createSocket("localhost", stompPort))) {
                assertThat(stomp.connect("ESSEX", ForceClient.password(settings, "ESSEX"))).startsWith("CONNECTED");
                assertThat(stomp.send("intel.inbound.ESSEX", "ANYCAST",
                        Reports.report("ESSEX", "ESSEX-TLS-1").person("P1", "WITNESS", "Tee", "Stomp", null).json())).startsWith("RECEIPT");
            }
            try (StompClient stomp = StompClient.open("localhost", stompPort)) {
                assertThat(stomp.connect("ESSEX", ForceClient.password(settings, "ESSEX"))).doesNotStartWith("CONNECTED");
            } catch (IOException refused) {
                // the TLS acceptor may reset the plain connection outright: refused all the same
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> store.count("ACCEPTED") == 3);
        }
    }

    private static SSLContext trusting(Path truststore) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(truststore)) {
            trust.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
