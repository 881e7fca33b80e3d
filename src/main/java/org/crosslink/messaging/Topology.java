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
 * subscription exists from the bus's first start, so a subscriber that has never connected misses nothing. A subscription
 * made by an earlier version with another filter is moved onto today's, keeping its messages, when the broker allows it
 * (the embedded one); otherwise it is logged, and still selects the same alerts.
 */
public final class Topology {
    private static final Logger LOG = LoggerFactory.getLogger(Topology.class);
    private final Destinations names;
    private final Registry registry;
    private final String control;
    private final Refilter refilter;

    /** Puts a durable queue onto another filter, keeping its messages. */
    public interface Refilter {
        void apply(String queue, String filter) throws Exception;
    }

    /** With {@code refilter} null (an external broker), a subscription's outdated filter is only logged. */
    public Topology(Destinations names, Registry registry, String control, Refilter refilter) {
        this.names = names;
        this.registry = registry;
        this.control = control;
        this.refilter = refilter;
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
        int refiltered = 0;
        for (String subscriber : registry.subscribers()) {
            String queue = names.subscription(subscriber);
            String filter = filterFor(subscriber);
            ClientSession.QueueQuery q = session.queueQuery(SimpleString.of(queue));
            if (!q.isExists()) {
                session.createQueue(QueueConfiguration.of(queue).setAddress(names.alerts()).setRoutingType(RoutingType.MULTICAST)
                        .setDurable(true).setFilterString(filter));
                created++;
            } else if (q.getFilterString() == null || !filter.equals(q.getFilterString().toString())) {
                refiltered += refilter(queue, filter);
            }
        }
        LOG.info("event=topology.ready sources={} subscribers={} created={} refiltered={}", registry.sourceCodes().size(),
                registry.subscribers().size(), created, refiltered);
    }

    /**
     * The selector of a subscription: only alerts marked for the subscriber. A property a recipient, not
     * {@code crosslinkRecipients LIKE '%,MET,%'}: the broker matches every alert against every subscription's filter,
     * and a LIKE is a regular expression, a property a hash look-up.
     */
    public static String filterFor(String subscriber) {
        return Headers.recipient(subscriber) + " = TRUE";
    }

    private int refilter(String queue, String filter) throws ActiveMQException {
        if (refilter == null) {
            LOG.warn("event=topology.filter-outdated queue={} filter=\"{}\"", queue, filter);
            return 0;
        }
        try {
            refilter.apply(queue, filter);
        } catch (Exception e) {
            throw new ActiveMQException("could not move " + queue + " onto the filter " + filter, e);
        }
        LOG.info("event=topology.refiltered queue={} filter=\"{}\"", queue, filter);
        return 1;
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
