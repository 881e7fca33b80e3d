package org.crosslink.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;
import org.crosslink.config.ConfigurationException;
import org.crosslink.config.SecretFile;
import org.crosslink.config.Settings;
import org.crosslink.messaging.security.BrokerSecurity;
import org.crosslink.messaging.security.CredentialStore;
import org.crosslink.messaging.security.LoginConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Artemis broker: {@code config/broker.xml} with its {@code ${...}} values filled from the
 * settings, journal under the data directory. A persistent broker: what it acknowledged survives a crash, and every
 * report it accepts on an inbound queue is durable whatever the client asked ({@link InboundGuard}).
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    /** Whether the broker opens its Core, AMQP and STOMP acceptors, or only the in-VM one. */
    public static final String NETWORK = "crosslink.broker.network-acceptors";
    /** The settings of the ports the network acceptors bind. */
    public static final List<String> PORTS = List.of("crosslink.broker.core-port", "crosslink.broker.amqp-port",
            "crosslink.broker.stomp-port");
    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private final String inVmUrl;

    private EmbeddedBroker(String inVmUrl) {
        this.inVmUrl = inVmUrl;
    }

    /**
     * Starts the broker. With logins, every acceptor requires one, and {@code security} says who may do what;
     * without (null), anyone may do anything.
     */
    public static EmbeddedBroker start(Settings settings, CredentialStore logins, BrokerSecurity security) {
        return startWith(settings, logins == null ? null : new ActiveMQJAASSecurityManager("crosslink", new LoginConfiguration(logins)),
                security == null ? Map.of() : security.settings());
    }

    /**
     * Starts the broker. With a security manager, {@code securityRoles} (address match to roles) are the
     * authorisation rules; security is then required on every acceptor.
     */
    private static EmbeddedBroker startWith(Settings settings, ActiveMQSecurityManager securityManager,
                                            Map<String, Set<Role>> securityRoles) {
        boolean network = settings.getBoolean(NETWORK);
        if (network) {
            refuseTakenPorts(settings);
        }
        Path dir = settings.path("crosslink.broker.dir");
        try {
            Files.createDirectories(dir);
            String xml;
            try (InputStream in = settings.home().open(settings.get("crosslink.broker.config"))) {
                xml = settings.resolveText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            Path effective = dir.resolve("broker.xml");
            Files.writeString(effective, xml);
            FileConfiguration config = new FileConfiguration();
            FileDeploymentManager deployment = new FileDeploymentManager(effective.toUri().toString());
            deployment.addDeployable(config);
            deployment.readConfiguration();
            if (!network) {
                // a command's own bus beside a running one: reachable in this process only, so it binds no port
                config.getAcceptorConfigurations().removeIf(a -> !a.getFactoryClassName().equals(InVMAcceptorFactory.class.getName()));
            }
            giveKeystorePassword(config, settings);
            config.registerBrokerPlugin(new InboundGuard(settings.get("crosslink.queue.inbound-prefix")));
            EmbeddedBroker broker = new EmbeddedBroker("vm://" + settings.get("crosslink.broker.in-vm-id"));
            config.setSecurityEnabled(securityManager != null);
            if (securityManager != null) {
                config.setSecurityRoles(securityRoles);
                broker.server.setSecurityManager(securityManager);
            }
            broker.server.setConfiguration(config);
            broker.server.start();
            if (network) {
                LOG.info("event=broker.started dir={} security={} tls={} core={}:{} amqp={} stomp={}", dir, securityManager != null,
                        settings.get("crosslink.broker.tls.enabled"), settings.get("crosslink.broker.host"),
                        settings.get("crosslink.broker.core-port"), settings.get("crosslink.broker.amqp-port"),
                        settings.get("crosslink.broker.stomp-port"));
            } else {
                LOG.info("event=broker.started dir={} security={} network=false", dir, securityManager != null);
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker in " + dir, e);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded broker did not start: " + e.getMessage(), e);
        }
    }

    /**
     * The TLS acceptors' keystore password, given to the broker in memory: never written into the generated
     * broker.xml. From {@code crosslink.broker.tls.keystore-password} (the environment), else the file named by
     * {@code crosslink.broker.tls.keystore-password-file}.
     */
    private static void giveKeystorePassword(FileConfiguration config, Settings settings) {
        String password = settings.get("crosslink.broker.tls.keystore-password", null);
        String file = settings.get("crosslink.broker.tls.keystore-password-file", null);
        if (password == null && file != null) {
            password = SecretFile.read(Path.of(file));
        }
        if (password == null) {
            return;
        }
        for (TransportConfiguration acceptor : config.getAcceptorConfigurations()) {
            if (Boolean.parseBoolean(String.valueOf(acceptor.getParams().get("sslEnabled")))) {
                acceptor.getParams().put("keyStorePassword", password);
            }
        }
    }

    /**
     * Every port the acceptors would bind, if another process holds it: one message naming each, that another
     * crosslink may be running, and the setting to change. Said before the broker starts, instead of an
     * acceptor failing after it has (and the bus then failing to connect in-VM, for no reason it could give).
     */
    private static void refuseTakenPorts(Settings settings) {
        String host = settings.get("crosslink.broker.host");
        List<String> keys = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        for (String key : PORTS) {
            int port = settings.getInt(key);
            if (!free(host, port)) {
                keys.add(key);
                ports.add("port " + port + " on " + host + " (" + key + ")");
            }
        }
        if (!keys.isEmpty()) {
            throw new ConfigurationException("the embedded broker cannot listen: " + String.join(", ", ports)
                    + (keys.size() == 1 ? " is" : " are") + " in use, perhaps by another crosslink running on this machine. "
                    + "Stop it, or give this bus other ports (--property " + keys.get(0) + "=<a free port>), "
                    + "or set crosslink.broker.url to use a running broker.");
        }
    }

    /** Whether nothing listens on the port of the host (the broker's own check before it starts). */
    public static boolean free(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The in-VM url the bus itself connects with: no TCP, no serialisation. */
    public String inVmUrl() {
        return inVmUrl;
    }

    public EmbeddedActiveMQ server() {
        return server;
    }

    /**
     * Puts a durable queue onto another filter, keeping its messages, while this broker runs: Artemis journals a queue's
     * first filter, so the bus does it again at every start, before it publishes.
     */
    public void refilter(String queue, String filter) throws Exception {
        server.getActiveMQServer().updateQueue(QueueConfiguration.of(queue).setFilterString(filter), false);
    }

    @Override
    public void close() {
        try {
            server.stop();
            LOG.info("event=broker.stopped");
        } catch (Exception e) {
            LOG.warn("event=broker.stop-failed error={}", e.toString());
        }
    }
}
