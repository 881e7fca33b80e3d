package org.crosslink.messaging;

import java.util.EnumSet;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.crosslink.model.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates what the registry implies on the broker, when it is missing: each source's inbound and
 * rejected queue (anycast), the dead-letter queue, the audit checkpoints' queue, the alert address (multicast) and one durable
 * subscription queue per source and coordinator on it, filtered to the alerts addressed to it. A
 * subscription exists from the bus's first start, so a subscriber that has never connected misses nothing.
 */
public final class Topology {
    private static final Logger LOG = LoggerFactory.getLogger(Topology.class);
    private final Destinations names;
    private final Registry registry;
    private final String control;

    public Topology(Destinations names, Registry registry, String control) {
        this.names = names;
        this.registry = registry;
        this.control = control;
    }

    /** Creates what is missing, over a session of its own. */
    public void ensure(BrokerClient client) throws ActiveMQException {
        try (ClientSession session = client.autoCommitSession()) {
            ensure(session);
        }
    }

    public void ensure(ClientSession session) throws ActiveMQException {
        int created = 0;
        for (String source : registry.sourceCodes()) {
            created += anycast(session, names.inbound(source));
            created += anycast(session, names.rejected(source));
        }
        created += anycast(session, names.deadLetter());
        created += anycast(session, control);
        created += anycast(session, names.auditCheckpoints());
        SimpleString alerts = SimpleString.of(names.alerts());
        if (!session.addressQuery(alerts).isExists()) {
            session.createAddress(alerts, EnumSet.of(RoutingType.MULTICAST), false);
        }
        for (String subscriber : registry.subscribers()) {
            String queue = names.subscription(subscriber);
            if (!session.queueQuery(SimpleString.of(queue)).isExists()) {
                session.createQueue(QueueConfiguration.of(queue).setAddress(names.alerts()).setRoutingType(RoutingType.MULTICAST)
                        .setDurable(true).setFilterString(filterFor(subscriber)));
                created++;
            }
        }
        LOG.info("event=topology.ready sources={} subscribers={} created={}", registry.sourceCodes().size(),
                registry.subscribers().size(), created);
    }

    /** The selector of a subscription: only alerts whose recipients name the subscriber. */
    public static String filterFor(String subscriber) {
        return Headers.RECIPIENTS + " LIKE '%," + subscriber + ",%'";
    }

    private static int anycast(ClientSession session, String name) throws ActiveMQException {
        if (session.queueQuery(SimpleString.of(name)).isExists()) {
            return 0;
        }
        if (!session.addressQuery(SimpleString.of(name)).isExists()) {
            session.createAddress(SimpleString.of(name), EnumSet.of(RoutingType.ANYCAST), false);
        }
        session.createQueue(QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST).setDurable(true));
        return 1;
    }
}
