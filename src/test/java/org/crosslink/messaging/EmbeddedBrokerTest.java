package org.crosslink.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.crosslink.config.ConfigurationException;
import org.crosslink.config.Settings;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** The embedded broker and the machine's ports: a port in use is said plainly; a broker without network acceptors binds none. */
class EmbeddedBrokerTest {

    @Test
    void aPortInUseStopsTheBrokerBeforeItStartsNamingThePortItsSettingAndAnotherCrosslink() throws Exception {
        try (ServerSocket taken = listening()) {
            Settings settings = TestSettings.create(TestSettings.newDataDir("port-taken"),
                    Map.of("crosslink.broker.core-port", Integer.toString(taken.getLocalPort())));

            assertThatThrownBy(() -> EmbeddedBroker.start(settings, null, null))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("the embedded broker cannot listen: port " + taken.getLocalPort() + " on 127.0.0.1 "
                            + "(crosslink.broker.core-port) is in use, perhaps by another crosslink running on this machine. "
                            + "Stop it, or give this bus other ports (--property crosslink.broker.core-port=<a free port>), "
                            + "or set crosslink.broker.url to use a running broker.");
            assertThat(settings.path("crosslink.broker.dir")).as("nothing was started").doesNotExist();
        }
    }

    @Test
    void everyPortInUseIsNamedAtOnce() throws Exception {
        try (ServerSocket core = listening(); ServerSocket stomp = listening()) {
            Settings settings = TestSettings.create(TestSettings.newDataDir("ports-taken"), Map.of(
                    "crosslink.broker.core-port", Integer.toString(core.getLocalPort()),
                    "crosslink.broker.stomp-port", Integer.toString(stomp.getLocalPort())));

            assertThatThrownBy(() -> EmbeddedBroker.start(settings, null, null))
                    .hasMessageStartingWith("the embedded broker cannot listen: port " + core.getLocalPort()
                            + " on 127.0.0.1 (crosslink.broker.core-port), port " + stomp.getLocalPort()
                            + " on 127.0.0.1 (crosslink.broker.stomp-port) are in use");
        }
    }

    @Test
    void aBrokerWithoutNetworkAcceptorsStartsBesideOneHoldingItsPortsAndServesInVm() throws Exception {
        try (ServerSocket core = listening(); ServerSocket amqp = listening(); ServerSocket stomp = listening()) {
            Settings settings = TestSettings.create(TestSettings.newDataDir("in-vm-only"), Map.of(EmbeddedBroker.NETWORK, "false",
                    "crosslink.broker.core-port", Integer.toString(core.getLocalPort()),
                    "crosslink.broker.amqp-port", Integer.toString(amqp.getLocalPort()),
                    "crosslink.broker.stomp-port", Integer.toString(stomp.getLocalPort())));

            try (EmbeddedBroker broker = EmbeddedBroker.start(settings, null, null);
                 BrokerClient client = BrokerClient.connect(broker.inVmUrl(), null, null)) {
                assertThat(broker.server().getActiveMQServer().getRemotingService().getAcceptors()).containsOnlyKeys("in-vm");
                client.autoCommitSession().close();
            }
        }
    }

    private static ServerSocket listening() throws Exception {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        return s;
    }
}
