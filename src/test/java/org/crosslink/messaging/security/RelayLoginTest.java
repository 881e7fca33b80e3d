package org.crosslink.messaging.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;

import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Headers;
import org.crosslink.runtime.RuntimeSettings;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.test.Clients;
import org.crosslink.test.ForceClient;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * A gateway that relays for several forces has a login of its own, configured as a relay: it may name the source it
 * sends for, and only a source whose queue it sends to.
 */
class RelayLoginTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aConfiguredGatewayRelaysForAForceOnItsQueueAndIsRefusedWhereTheSourceItNamesIsNotTheQueues() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("relay"), Map.of("crosslink.security.relay-logins", "gateway"));
        CredentialStore logins = RuntimeSettings.credentials(settings);
        logins.generate(RegistryLoader.load(settings));
        Files.writeString(logins.users(), "gateway=ENC(" + CredentialStore.hash("relay-secret") + ")\n", StandardOpenOption.APPEND);
        Files.writeString(logins.roles(), "gateway=gateway\n", StandardOpenOption.APPEND);

        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings);
             ForceClient gateway = new ForceClient(settings, "gateway", "relay-secret")) {
            relay(gateway, "intel.inbound.MET", "MET", "MET-RELAYED-1");
            relay(gateway, "intel.inbound.GMP", "MET", "MET-RELAYED-2");

            Store store = new Store(bus.runtime().db());
            await().atMost(WAIT).until(() -> "MET".equals(store.one("SELECT sender FROM report WHERE report_id = 'MET-RELAYED-1'")));
            Message refused = clients.as("GMP").receive("intel.rejected.GMP", WAIT.toMillis());
            assertThat(refused.getStringProperty(Headers.REJECT_CODE)).isEqualTo("SOURCE_MISMATCH");
            assertThat(refused.getStringProperty(Headers.REJECT_REASONS)).contains("sender 'MET' may not submit reports for GMP");
            assertThat(store.one("SELECT COUNT(*) FROM report WHERE report_id = 'MET-RELAYED-2'")).isEqualTo("0");
        }
    }

    private static void relay(ForceClient gateway, String queue, String source, String reportId) throws Exception {
        Session s = gateway.session();
        TextMessage m = s.createTextMessage(Reports.report(source, reportId).person("P1", "WITNESS", "Relayed", "Person", null).json());
        m.setStringProperty(Headers.ORIGINAL_SENDER, source);
        s.createProducer(s.createQueue(queue)).send(m);
    }
}
