package org.crosslink.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.crosslink.app.ConsoleHook;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** With the broker's TLS on, the console serves HTTPS with the broker's keystore, and its session cookie is Secure. */
class ConsoleTlsTest {

    @Test
    void theConsoleServesHttpsWithTheBrokersKeystoreAndSecureCookies() throws Exception {
        Path dir = TestSettings.newDataDir("console-tls");
        Path keystore = dir.resolve("broker.p12");
        Path truststore = dir.resolve("client-trust.p12");
        keytool("-genkeypair", "-alias", "crosslink", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        Path cert = dir.resolve("broker.crt");
        keytool("-exportcert", "-alias", "crosslink", "-keystore", keystore.toString(), "-storepass", "changeit", "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "crosslink", "-file", cert.toString(), "-keystore", truststore.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit");
        Settings settings = TestSettings.create(dir, Map.of("crosslink.broker.tls.enabled", "true",
                "crosslink.broker.tls.keystore", keystore.toString(), "crosslink.broker.tls.keystore-password", "changeit"));

        try (Bus bus = new Bus(settings).start()) {
            Console console = ConsoleHook.start(bus);
            assertThat(console.address()).startsWith("https://127.0.0.1:");
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(truststore)).build();
            HttpResponse<String> health = https.send(HttpRequest.newBuilder(URI.create(console.address() + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> login = https.send(HttpRequest.newBuilder(URI.create(console.address() + "login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow().toLowerCase(Locale.ROOT)).contains("secure");

            String plain = console.address().replace("https://", "http://");
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(plain + "health"))
                    .timeout(java.time.Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
        }
    }

    private static SSLContext trusting(Path truststore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            ks.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
