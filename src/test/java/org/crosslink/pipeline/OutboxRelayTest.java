package org.crosslink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.crosslink.alert.AlertBook;
import org.crosslink.alert.AlertRenderer;
import org.crosslink.alert.AlertState;
import org.crosslink.alert.AlertType;
import org.crosslink.alert.Assessor;
import org.crosslink.alert.Recipients;
import org.crosslink.audit.AuditKey;
import org.crosslink.config.Settings;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.messaging.AlertPublisher;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.Destinations;
import org.crosslink.messaging.EmbeddedBroker;
import org.crosslink.messaging.Headers;
import org.crosslink.messaging.Topology;
import org.crosslink.model.Registry;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.runtime.RuntimeSettings;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.runtime.ResolutionConfig;
import org.crosslink.store.AuditLog;
import org.crosslink.store.BatchStore;
import org.crosslink.store.Database;
import org.crosslink.store.Json;
import org.crosslink.store.Outbox;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay against the real embedded Artemis broker and a real database: the outbox is filled by the
 * real stages (a person known to MET and GMP: one cross-force alert), then published to the subscriptions.
 */
class OutboxRelayTest {
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("outbox-relay"), Map.of());
    private final Registry registry = RegistryLoader.load(settings);
    private final Destinations names = Destinations.from(settings);
    private final Clock clock = Clock.systemUTC();
    private final AuditLog audit = new AuditLog(AuditKey.of(new byte[32]));
    private EmbeddedBroker broker;
    private BrokerClient client;
    private Database db;
    private AlertBook alerts;
    private OutboxRelay relay;
    private ClientSession subscriber;

    @BeforeEach
    void start() throws Exception {
        broker = EmbeddedBroker.start(settings, null, null);
        client = BrokerClient.connect(broker.inVmUrl(), null, null);
        new Topology(names, registry, settings.get("crosslink.queue.control"), broker::refilter).ensure(client);
        db = Database.open("", null, null, settings.path("crosslink.data-dir"), 2, false);
        alerts = new AlertBook(new Recipients(registry));
        commitCrossForcePerson();
        relay = new OutboxRelay(new Outbox(db, audit), new AlertPublisher(client, names.alerts()),
                new AlertRenderer(Json.MAPPER, new Recipients(registry)), clock, 500, "crosslink-bus");
        subscriber = client.autoCommitSession();
    }

    @AfterEach
    void stop() throws Exception {
        subscriber.close();
        relay.close();
        client.close();
        db.close();
        broker.close();
    }

    @Test
    void aPublishedCopyCarriesTheBrokersDuplicateIdMadeOfTheAlertIdItsVersionAndItsRecipients() throws Exception {
        AlertState alert = onlyAlert();

        assertThat(relay.publish(0)).isEqualTo(1);

        ClientMessage m = only(received("MET"));
        String recipients = m.getStringProperty(Headers.RECIPIENTS);
        assertThat(recipients).startsWith(",").endsWith(",").contains(",MET,", ",GMP,", ",NCA-MSHT,");
        assertThat(m.getBooleanProperty("crosslinkTo_MET")).isTrue();
        assertThat(m.getBooleanProperty("crosslinkTo_NCA_MSHT")).as("a hyphen as an underscore").isTrue();
        assertThat(m.containsProperty(SimpleString.of("crosslinkTo_KENT"))).as("no mark for another force").isFalse();
        String joined = String.join("+", Arrays.asList(recipients.substring(1, recipients.length() - 1).split(",")));
        assertThat(m.getStringProperty(Headers.DUPLICATE_ID)).isEqualTo(alert.alertId() + "#1@" + joined);
        assertThat(m.getStringProperty(Headers.ALERT_ID)).isEqualTo(alert.alertId());
        assertThat(m.getStringProperty(Headers.ALERT_TYPE)).isEqualTo("CROSS_FORCE_PERSON");
        assertThat(m.getStringProperty(Headers.ALERT_STATUS)).isEqualTo("RAISED");
        assertThat(relay.pending()).isZero();
    }

    @Test
    void aPublishedCopyExplainsTheLinkBetweenTheMentionsItJoinsWithTheFieldsThatAgreed() throws Exception {
        relay.publish(0);

        JsonNode alert = Json.MAPPER.readTree(only(received("NCA-MSHT")).getBodyBuffer().readNullableSimpleString().toString());
        JsonNode explanation = alert.path("explanation");
        assertThat(explanation).hasSize(1);
        assertThat(explanation.get(0).path("mentions")).extracting(JsonNode::asString).containsExactlyInAnyOrder("GMP/GMP-1#P1", "MET/MET-1#P1");
        assertThat(explanation.get(0).path("comparisons").isArray()).as("the fields compared, disclosed in full").isTrue();
        assertThat(explanation.get(0).path("comparisons")).isNotEmpty();
    }

    @Test
    void aCrashBetweenSendingAndMarkingSentStillDeliversEachCopyExactlyOnce() throws Exception {
        String[] head = breakTheAuditChainsHead();

        // the copies leave in the broker's transaction; marking them sent then fails, as if the process died there
        assertThatThrownBy(() -> relay.publish(0)).isInstanceOf(Exception.class);
        assertThat(relay.pending()).isEqualTo(1);

        restoreTheAuditChainsHead(head);
        assertThat(relay.publish(0)).isEqualTo(1);

        assertThat(relay.pending()).isZero();
        for (String subscription : registry.subscribers()) {
            assertThat(waiting(subscription)).as(subscription).isLessThanOrEqualTo(1);
        }
        Set<String> copies = new HashSet<>();
        for (String subscription : List.of("MET", "GMP", "NCA-MSHT")) {
            copies.add(only(received(subscription)).getStringProperty(Headers.DUPLICATE_ID));
        }
        // the disclosure is recorded once, with the mark that finally held: one entry per copy (the alert is about one entity)
        assertThat(new Store(db).one("SELECT COUNT(*) FROM audit_log WHERE action = 'DISCLOSURE'"))
                .isEqualTo(String.valueOf(copies.size()));
    }

    /** Runs two reports of one person (from MET and GMP) through the stages and commits the batch. */
    private void commitCrossForcePerson() throws Exception {
        ResolutionEngine engine = new ResolutionEngine(ResolutionConfig.read(settings));
        ReportIndex reports = new ReportIndex();
        Deliveries deliveries = new Deliveries(clock);
        AtomicLong eventIds = new AtomicLong(1);
        BatchStage stage = new BatchStage(new BatchStore(db, audit), engine, deliveries, clock, eventIds);
        IntakeStage intake = new IntakeStage(RuntimeSettings.intake(settings, registry), deliveries);
        DedupeStage dedupe = new DedupeStage(reports, deliveries);
        ResolveStage resolve = new ResolveStage(engine, reports, deliveries, clock);
        AssessStage assess = new AssessStage(new Assessor(RuntimeSettings.alertSettings(settings), alerts), clock, new AtomicLong(1),
                new PlaceAssociates(engine, reports, 200), engine);
        Batch batch = new Batch(Instant.now());
        int key = 0;
        for (String source : List.of("MET", "GMP")) {
            String body = Reports.report(source, source + "-1").person("P1", "WITNESS", "Iulian", "Vasilescu", "1988-02-03").json();
            batch.add(new Item(batch, "m:" + key++, names.inbound(source), source, source, body, 0));
        }
        stage.begin(batch);
        for (Item item : batch.items()) {
            intake.examine(item);
            dedupe.check(item);
            resolve.resolve(item);
            assess.assess(item);
        }
        stage.commit(batch);
        stage.committed(batch);
    }

    private AlertState onlyAlert() {
        List<AlertState> all = new ArrayList<>(alerts.all());
        assertThat(all).singleElement().extracting(AlertState::type).isEqualTo(AlertType.CROSS_FORCE_PERSON);
        return all.get(0);
    }

    /** Every message waiting on a subscriber's subscription. */
    private List<ClientMessage> received(String subscriberCode) throws Exception {
        List<ClientMessage> out = new ArrayList<>();
        try (ClientConsumer consumer = subscriber.createConsumer(SimpleString.of(names.subscription(subscriberCode)))) {
            for (ClientMessage m = consumer.receive(1_000); m != null; m = consumer.receive(300)) {
                m.acknowledge();
                out.add(m);
            }
        }
        return out;
    }

    /** How many messages wait on a subscriber's subscription, as the broker counts them. */
    private long waiting(String subscriberCode) {
        return broker.server().getActiveMQServer().locateQueue(names.subscription(subscriberCode)).getMessageCount();
    }

    private static ClientMessage only(List<ClientMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    /** The database refuses every audit append (its chain's head is gone) until the head is put back. */
    private String[] breakTheAuditChainsHead() throws Exception {
        Store store = new Store(db);
        String[] head = {store.one("SELECT seq FROM audit_head WHERE id = 1"), store.one("SELECT hash FROM audit_head WHERE id = 1")};
        execute("DELETE FROM audit_head WHERE id = 1");
        return head;
    }

    private void restoreTheAuditChainsHead(String[] head) throws Exception {
        execute("INSERT INTO audit_head (id, seq, hash) VALUES (1, " + Long.parseLong(head[0]) + ", '" + head[1] + "')");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
            c.commit();
        }
    }
}
