package org.crosslink.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.crosslink.config.Settings;
import org.crosslink.model.Registry;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * The subscriptions select the alerts marked for their owner, and a subscription an earlier version made with
 * {@code crosslinkRecipients LIKE '%,MET,%'} is moved onto today's filter without losing what waits on it. What a
 * subscription selects is asserted by what reaches it: the broker reports a queue's filter as it was created.
 */
class SubscriptionFilterTest {
    private static final String OLD_FILTER = Headers.RECIPIENTS + " LIKE '%,MET,%'";
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("subscription-filter"), Map.of());
    private final Registry registry = RegistryLoader.load(settings);
    private final Destinations names = Destinations.from(settings);
    private final String queue = names.subscription("MET");

    @Test
    void aSubscriptionWithTheEarlierFilterIsMovedOntoTheRecipientsMarkKeepingTheAlertsWaitingOnIt() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(settings, null, null);
             BrokerClient client = BrokerClient.connect(broker.inVmUrl(), null, null);
             ClientSession session = client.autoCommitSession()) {
            subscribeAsAnEarlierVersionDid(session);
            send(session, "earlier", ",MET,GMP,", false);

            new Topology(names, registry, "crosslink.control", broker::refilter).ensure(session);

            send(session, "for GMP alone", ",GMP,", true);
            send(session, "for MET", ",GMP,MET,", true);
            send(session, "listed for MET but not marked, as only an earlier version sent them", ",MET,", false);
            assertThat(bodies(session)).containsExactly("earlier", "for MET");
        }
        // Artemis keeps a queue's first filter in its journal: the bus moves it again at every start, before it publishes
        try (EmbeddedBroker broker = EmbeddedBroker.start(settings, null, null);
             BrokerClient client = BrokerClient.connect(broker.inVmUrl(), null, null);
             ClientSession session = client.autoCommitSession()) {
            new Topology(names, registry, "crosslink.control", broker::refilter).ensure(session);

            send(session, "after a restart", ",MET,", true);
            send(session, "listed for MET but not marked", ",MET,", false);
            assertThat(bodies(session)).containsExactly("after a restart");
        }
    }

    @Test
    void onABrokerTheBusCannotRefilterTheEarlierFilterStaysAndStillSelectsTheSameAlerts() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(settings, null, null);
             BrokerClient client = BrokerClient.connect(broker.inVmUrl(), null, null);
             ClientSession session = client.autoCommitSession()) {
            subscribeAsAnEarlierVersionDid(session);

            new Topology(names, registry, "crosslink.control", null).ensure(session);

            assertThat(filter(session)).isEqualTo(OLD_FILTER);
            send(session, "for GMP alone", ",GMP,", true);
            send(session, "for MET", ",GMP,MET,", true);
            assertThat(bodies(session)).containsExactly("for MET");
        }
    }

    /** MET's subscription, as a version that selected on the recipients' list made it. */
    private void subscribeAsAnEarlierVersionDid(ClientSession session) throws Exception {
        session.createAddress(SimpleString.of(names.alerts()), EnumSet.of(RoutingType.MULTICAST), false);
        session.createQueue(QueueConfiguration.of(queue).setAddress(names.alerts()).setRoutingType(RoutingType.MULTICAST)
                .setDurable(true).setFilterString(OLD_FILTER));
    }

    /** An alert as the relay sends it: the recipients listed, and each marked (or none, as an earlier version sent them). */
    private void send(ClientSession session, String body, String recipients, boolean marked) throws Exception {
        try (ClientProducer producer = session.createProducer(SimpleString.of(names.alerts()))) {
            ClientMessage m = session.createMessage(true);
            m.getBodyBuffer().writeString(body);
            m.putStringProperty(Headers.RECIPIENTS, recipients);
            for (String code : recipients.substring(1, recipients.length() - 1).split(",")) {
                if (marked) {
                    m.putBooleanProperty(Headers.recipient(code), true);
                }
            }
            producer.send(m);
        }
    }

    private String filter(ClientSession session) throws Exception {
        SimpleString f = session.queueQuery(SimpleString.of(queue)).getFilterString();
        return f == null ? null : f.toString();
    }

    private List<String> bodies(ClientSession session) throws Exception {
        List<String> out = new ArrayList<>();
        session.start();
        try (ClientConsumer consumer = session.createConsumer(SimpleString.of(queue))) {
            for (ClientMessage m = consumer.receive(2_000); m != null; m = consumer.receive(300)) {
                m.acknowledge();
                out.add(m.getBodyBuffer().readString());
            }
        }
        return out;
    }
}
