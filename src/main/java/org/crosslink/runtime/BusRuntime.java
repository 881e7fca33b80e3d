package org.crosslink.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.crosslink.alert.AlertBook;
import org.crosslink.alert.AlertRenderer;
import org.crosslink.alert.Assessor;
import org.crosslink.alert.Recipients;
import org.crosslink.audit.CheckpointKeys;
import org.crosslink.config.Settings;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.messaging.AlertPublisher;
import org.crosslink.messaging.AuditCheckpoints;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.ControlQueue;
import org.crosslink.messaging.Destinations;
import org.crosslink.messaging.EmbeddedBroker;
import org.crosslink.messaging.InboundReceiver;
import org.crosslink.messaging.ReportSender;
import org.crosslink.messaging.Topology;
import org.crosslink.messaging.security.BrokerSecurity;
import org.crosslink.messaging.security.CredentialStore;
import org.crosslink.messaging.security.Principals;
import org.crosslink.messaging.security.SenderSeal;
import org.crosslink.model.Registry;
import org.crosslink.pipeline.AssessStage;
import org.crosslink.pipeline.BatchStage;
import org.crosslink.pipeline.DedupeStage;
import org.crosslink.pipeline.Deliveries;
import org.crosslink.pipeline.EraseStage;
import org.crosslink.pipeline.ModelSchedule;
import org.crosslink.pipeline.ModelStage;
import org.crosslink.pipeline.IntakeStage;
import org.crosslink.pipeline.Latency;
import org.crosslink.pipeline.OutboxRelay;
import org.crosslink.pipeline.PlaceAssociates;
import org.crosslink.pipeline.ResolveStage;
import org.crosslink.pipeline.RetryPolicy;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.resolve.ResolutionSettings;
import org.crosslink.resolve.compare.PersonComparator;
import org.crosslink.resolve.learn.ModelFile;
import org.crosslink.resolve.learn.ModelTrainer;
import org.crosslink.store.AuditLog;
import org.crosslink.store.BatchStore;
import org.crosslink.store.Database;
import org.crosslink.store.Json;
import org.crosslink.store.Models;
import org.crosslink.store.Rows;
import org.crosslink.store.Outbox;
import org.crosslink.store.ResolverLease;
import org.crosslink.store.StateLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the bus is made of, built from the settings and started in order: the database, the resolver
 * lease (a standby waits for it there, with no broker of its own), the broker (embedded unless a url is set),
 * the state loaded from the database, and the stages the routes call.
 * Closed in the reverse order.
 */
public final class BusRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BusRuntime.class);
    private final Settings settings;
    private final CredentialStore credentials;
    private final Registry registry;
    private final Destinations names;
    private final Clock clock = Clock.systemUTC();
    private final EmbeddedBroker broker;
    private final BrokerClient client;
    private final Database db;
    private final ReportIndex reports = new ReportIndex();
    private final ResolutionEngine engine;
    private final ModelSchedule modelSchedule;
    private final ModelStage modelStage;
    private final AtomicLong eventIds = new AtomicLong(1);
    private final Deliveries deliveries;
    private final IntakeStage intakeStage;
    private final DedupeStage dedupeStage;
    private final ResolveStage resolveStage;
    private final BatchStage batchStage;
    private final ResolverLease lease;
    private final InboundReceiver receiver;
    private final AlertBook alerts;
    private final AuditLog audit;
    private final CheckpointPublisher checkpoints;
    private final Latency latency = new Latency();
    private final EraseStage eraseStage;
    private final AtomicLong outboxIds = new AtomicLong(1);
    private final AssessStage assessStage;
    private final OutboxRelay relay;

    private BusRuntime(Settings settings) throws Exception {
        this.settings = settings;
        this.registry = RegistryLoader.load(settings);
        this.names = Destinations.from(settings);
        String url = settings.get("crosslink.broker.url", "");
        this.credentials = RuntimeSettings.credentials(settings);
        boolean secure = settings.getBoolean("crosslink.broker.security-enabled");
        if (url.isBlank() && secure && !credentials.exists()) {
            credentials.generate(registry);
            LOG.info("event=security.credentials-generated users={} passwords={}", credentials.users(),
                    settings.path("crosslink.security.generated-passwords"));
        }
        this.db = Database.open(settings.get("crosslink.db.url", ""), settings.get("crosslink.db.user", null),
                RuntimeSettings.databasePassword(settings), settings.path("crosslink.data-dir"), settings.getInt("crosslink.db.pool-size"), true);
        this.audit = new AuditLog(RuntimeSettings.auditKey(settings));
        // before a standby waits: a key that did not write the log is refused now, not at the takeover
        try {
            audit.checkKey(db);
        } catch (Exception e) {
            db.close();
            throw e;
        }
        // a standby waits here, before it starts a broker of its own or connects to the shared one
        this.lease = ResolverLease.acquire(db, Duration.ofMillis(settings.getInt("crosslink.db.lease-retry-ms")),
                Duration.ofMillis(settings.getInt("crosslink.db.lease-ms")), RuntimeSettings.brokerName(settings));
        this.broker = url.isBlank() ? EmbeddedBroker.start(RuntimeSettings.tls(settings), secure ? credentials : null,
                new BrokerSecurity(registry, names, settings.get("crosslink.queue.control"), RuntimeSettings.relayLogins(settings))) : null;
        String user = settings.get("crosslink.broker.user", secure ? Principals.BUS : null);
        String password = settings.get("crosslink.broker.password", secure ? credentials.busPassword() : null);
        this.client = BrokerClient.connect(broker != null ? broker.inVmUrl() : url, user, password);
        new Topology(names, registry, settings.get("crosslink.queue.control"), broker == null ? null : broker::refilter).ensure(client);
        long unkeyed = audit.keyExisting(db);
        if (unkeyed >= 0) {
            LOG.info("event=audit.keyed entries-before-key={} key={}", unkeyed, settings.path("crosslink.audit.key"));
        }
        this.checkpoints = new CheckpointPublisher(audit, db, client, new AuditCheckpoints(names.auditCheckpoints()),
                CheckpointKeys.signer(settings.path("crosslink.audit.signing-key"), settings.path("crosslink.audit.verify-key")), clock)
                .start(Duration.ofSeconds(settings.getLong("crosslink.audit.checkpoint-interval-s")));
        ResolutionSettings resolution = ResolutionConfig.read(settings);
        this.engine = new ResolutionEngine(resolution);
        Models models = new Models(db);
        Optional<Rows.Model> active = models.active();
        active.ifPresent(m -> engine.use(ModelFile.readStored(m.body(), PersonComparator.FIELDS,
                resolution.personWeights(), level -> LOG.warn("event=model.level.defaulted version={} level={}",
                        m.version(), level))));
        Recipients recipients = new Recipients(registry);
        this.alerts = new AlertBook(recipients);
        StateLoader.Loaded loaded = new StateLoader(db).load(reports, engine, alerts);
        String controlQueue = settings.get("crosslink.queue.control");
        this.modelSchedule = new ModelSchedule((id, json) -> ControlQueue.send(client, controlQueue, id, json),
                settings.getBoolean("crosslink.model.auto-train"), settings.getInt("crosslink.model.first-mentions"),
                settings.getDouble("crosslink.model.growth"));
        modelSchedule.trainedFrom(active.map(Rows.Model::mentions).orElse(0));
        LOG.info("event=model.loaded version={} mentions={} nextTrainingAt={}", engine.modelVersion(),
                active.map(Rows.Model::mentions).orElse(0), modelSchedule.next());
        eventIds.set(loaded.nextEventId());
        outboxIds.set(loaded.nextOutboxId());
        this.deliveries = new Deliveries(clock);
        this.intakeStage = new IntakeStage(RuntimeSettings.intake(settings, registry), deliveries);
        this.dedupeStage = new DedupeStage(reports, deliveries);
        this.resolveStage = new ResolveStage(engine, reports, deliveries, clock);
        this.batchStage = new BatchStage(new BatchStore(db, audit), engine, deliveries, clock, eventIds);
        batchStage.actor(user == null ? Principals.BUS : user);
        batchStage.nearMisses(RuntimeSettings.nearMissPolicy(settings));
        batchStage.fence(lease);
        Set<String> relays = RuntimeSettings.relayLogins(settings);
        if (!relays.isEmpty()) {
            LOG.info("event=security.relay-logins logins={}", relays);
        }
        this.receiver = new InboundReceiver(client, names, registry, relays, new SenderSeal(audit.key()),
                settings.getInt("crosslink.intake.max-bytes"), clock, settings.get("crosslink.queue.control"));
        this.eraseStage = new EraseStage(engine, reports, deliveries, clock);
        this.modelStage = new ModelStage(engine, new ModelTrainer(RuntimeSettings.trainingOptions(settings)), deliveries, modelSchedule, clock,
                models.latestVersion());
        this.assessStage = new AssessStage(new Assessor(RuntimeSettings.alertSettings(settings), alerts), clock, outboxIds,
                new PlaceAssociates(engine, reports, RuntimeSettings.placeAssociatesMax(settings)), engine);
        Outbox outbox = new Outbox(db, audit);
        outbox.fence(lease);
        outbox.associates(RuntimeSettings.associatesMaxUnindexed(settings));
        this.relay = new OutboxRelay(outbox, new AlertPublisher(client, names.alerts()),
                new AlertRenderer(Json.MAPPER, recipients), clock, settings.getInt("crosslink.outbox.batch-size"),
                user == null ? Principals.BUS : user);
        batchStage.onCommit(batch -> {
            latency.record(batch, clock.millis());
            modelSchedule.afterCommit(engine.persons().mentionCount());
            if (!batch.writes().outbox.isEmpty()) {
                relay.wake();
            }
        });
    }

    public static BusRuntime start(Settings settings) {
        try {
            return new BusRuntime(settings);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the bus did not start: " + e.getMessage(), e);
        }
    }

    /** The bus's database for a command: through the running bus when there is one, else the file itself. */
    public static Database openDatabase(Settings s) {
        return Database.open(s.get("crosslink.db.url", ""), s.get("crosslink.db.user", null), RuntimeSettings.databasePassword(s),
                s.path("crosslink.data-dir"), 2, false);
    }

    /**
     * The embedded broker alone, with the logins, security and queues the bus would give it, and no bus on it: for
     * tests that kill a broker holding reports nobody has taken yet.
     */
    public static EmbeddedBroker brokerAlone(Settings settings) throws Exception {
        Registry registry = RegistryLoader.load(settings);
        Destinations names = Destinations.from(settings);
        CredentialStore credentials = RuntimeSettings.credentials(settings);
        if (!credentials.exists()) {
            credentials.generate(registry);
        }
        EmbeddedBroker broker = EmbeddedBroker.start(RuntimeSettings.tls(settings), credentials,
                new BrokerSecurity(registry, names, settings.get("crosslink.queue.control"), RuntimeSettings.relayLogins(settings)));
        try (BrokerClient client = BrokerClient.connect(broker.inVmUrl(), Principals.BUS, credentials.busPassword())) {
            new Topology(names, registry, settings.get("crosslink.queue.control"), broker::refilter).ensure(client);
        }
        return broker;
    }

    public CredentialStore credentials() {
        return credentials;
    }

    /**
     * Sends reports as force systems do (replay, the demo): each as its source, logged in as that source when the
     * broker requires logins (the report's source is its sender), with the password this data directory generated for it.
     */
    public ReportSender reportSender(String defaultSource, int commitEvery) {
        return new ReportSender(client, settings.getBoolean("crosslink.broker.security-enabled") ? this::passwordOf : null, names,
                registry::isSource, defaultSource, commitEvery);
    }

    private String passwordOf(String source) {
        String password = credentials.password(source);
        if (password == null) {
            throw new IllegalStateException("no password for " + source + " in " + settings.get("crosslink.security.generated-passwords"));
        }
        return password;
    }

    public RetryPolicy retryPolicy() {
        return RuntimeSettings.retryPolicy(settings);
    }

    public Settings settings() {
        return settings;
    }

    public Registry registry() {
        return registry;
    }

    public Destinations names() {
        return names;
    }

    /** The resolver lease this instance holds (on PostgreSQL; a no-op on the embedded database). */
    public ResolverLease lease() {
        return lease;
    }

    /** Runs when this instance has stopped taking reports because it lost the resolver lease to another. */
    public void onLeaseLost(Runnable listener) {
        batchStage.onLeaseLost(listener);
        // found when renewing it, or by the outbox relay, while no report arrives
        lease.onLost(listener);
    }

    public Database db() {
        return db;
    }

    public BrokerClient client() {
        return client;
    }

    public ModelStage modelStage() {
        return modelStage;
    }

    public ResolutionEngine engine() {
        return engine;
    }

    public BatchStage batchStage() {
        return batchStage;
    }

    public IntakeStage intakeStage() {
        return intakeStage;
    }

    public DedupeStage dedupeStage() {
        return dedupeStage;
    }

    public ResolveStage resolveStage() {
        return resolveStage;
    }

    public AssessStage assessStage() {
        return assessStage;
    }

    public EraseStage eraseStage() {
        return eraseStage;
    }

    /** Where the batches come from: every source's inbound queue. */
    public InboundReceiver inbound() {
        return receiver;
    }

    public OutboxRelay relay() {
        return relay;
    }

    public Latency latency() {
        return latency;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Publishes the signed checkpoints of the audit chain. */
    public CheckpointPublisher checkpoints() {
        return checkpoints;
    }

    public AlertBook alerts() {
        return alerts;
    }

    public EmbeddedBroker broker() {
        return broker;
    }

    @Override
    public void close() {
        receiver.close();
        relay.close();
        checkpoints.close();
        client.close();
        db.close();
        lease.close();
        if (broker != null) {
            broker.close();
        }
        LOG.info("event=bus.closed");
    }
}
