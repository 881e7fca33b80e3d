package org.crosslink.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.crosslink.alert.AlertBook;
import org.crosslink.alert.AlertRenderer;
import org.crosslink.alert.AlertSettings;
import org.crosslink.alert.AlertType;
import org.crosslink.alert.Assessor;
import org.crosslink.alert.Recipients;
import org.crosslink.alert.Severity;
import org.crosslink.audit.AuditKey;
import org.crosslink.audit.CheckpointKeys;
import org.crosslink.config.SecretFile;
import org.crosslink.config.Settings;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.intake.Intake;
import org.crosslink.intake.IntakeLimits;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportSchema;
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
import org.crosslink.pipeline.ResolveStage;
import org.crosslink.pipeline.RetryPolicy;
import org.crosslink.resolve.ResolutionEngine;
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
        this.credentials = credentials(settings);
        boolean secure = settings.getBoolean("crosslink.broker.security-enabled");
        if (url.isBlank() && secure && !credentials.exists()) {
            credentials.generate(registry);
            LOG.info("event=security.credentials-generated users={} passwords={}", credentials.users(),
                    settings.path("crosslink.security.generated-passwords"));
        }
        this.db = Database.open(settings.get("crosslink.db.url", ""), settings.get("crosslink.db.user", null),
                databasePassword(settings), settings.path("crosslink.data-dir"), settings.getInt("crosslink.db.pool-size"), true);
        // a standby waits here, before it starts a broker of its own or connects to the shared one
        this.lease = ResolverLease.acquire(db, Duration.ofMillis(settings.getInt("crosslink.db.lease-retry-ms")),
                Duration.ofMillis(settings.getInt("crosslink.db.lease-ms")), brokerName(settings));
        this.broker = url.isBlank() ? EmbeddedBroker.start(tls(settings), secure ? credentials : null,
                new BrokerSecurity(registry, names, settings.get("crosslink.queue.control"), relayLogins(settings))) : null;
        String user = settings.get("crosslink.broker.user", secure ? Principals.BUS : null);
        String password = settings.get("crosslink.broker.password", secure ? credentials.busPassword() : null);
        this.client = BrokerClient.connect(broker != null ? broker.inVmUrl() : url, user, password);
        new Topology(names, registry, settings.get("crosslink.queue.control")).ensure(client);
        this.audit = new AuditLog(auditKey(settings));
        long unkeyed = audit.keyExisting(db);
        if (unkeyed >= 0) {
            LOG.info("event=audit.keyed entries-before-key={} key={}", unkeyed, settings.path("crosslink.audit.key"));
        }
        this.checkpoints = new CheckpointPublisher(audit, db, client, new AuditCheckpoints(names.auditCheckpoints()),
                CheckpointKeys.signer(settings.path("crosslink.audit.signing-key"), settings.path("crosslink.audit.verify-key")), clock)
                .start(Duration.ofSeconds(settings.getLong("crosslink.audit.checkpoint-interval-s")));
        this.engine = new ResolutionEngine(ResolutionConfig.read(settings));
        Models models = new Models(db);
        Optional<Rows.Model> active = models.active();
        active.ifPresent(m -> engine.use(ModelFile.read(m.body(), PersonComparator.FIELDS)));
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
        this.intakeStage = new IntakeStage(intake(settings, registry), deliveries);
        this.dedupeStage = new DedupeStage(reports, deliveries);
        this.resolveStage = new ResolveStage(engine, reports, deliveries, clock);
        this.batchStage = new BatchStage(new BatchStore(db, audit), engine, deliveries, clock, eventIds);
        batchStage.actor(user == null ? Principals.BUS : user);
        batchStage.fence(lease);
        Set<String> relays = relayLogins(settings);
        if (!relays.isEmpty()) {
            LOG.info("event=security.relay-logins logins={}", relays);
        }
        this.receiver = new InboundReceiver(client, names, registry, relays, new SenderSeal(audit.key()),
                settings.getInt("crosslink.intake.max-bytes"), clock, settings.get("crosslink.queue.control"));
        this.eraseStage = new EraseStage(engine, reports, deliveries, clock);
        this.modelStage = new ModelStage(engine, new ModelTrainer(trainingOptions(settings)), deliveries, modelSchedule, clock,
                models.latestVersion());
        this.assessStage = new AssessStage(new Assessor(alertSettings(settings), alerts), clock, outboxIds);
        Outbox outbox = new Outbox(db, audit);
        outbox.fence(lease);
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

    /** How the bus trains a person model from its store: crosslink.model.*. */
    public static ModelTrainer.Options trainingOptions(Settings s) {
        ModelTrainer.Options d = ModelTrainer.Options.defaults();
        return new ModelTrainer.Options(s.getLong("crosslink.model.random-pairs"), s.getInt("crosslink.model.blocked-mentions"),
                s.getInt("crosslink.model.max-iterations"), d.tolerance(), d.mStrength(), d.uStrength(),
                s.getDouble("crosslink.model.min-expected-matches"), d.seed());
    }

    public static Intake intake(Settings s, Registry registry) {
        IntakeLimits limits = new IntakeLimits(s.getInt("crosslink.intake.max-bytes"), s.getInt("crosslink.intake.max-depth"),
                s.getInt("crosslink.intake.max-tokens"), s.getInt("crosslink.intake.max-string-length"),
                s.getInt("crosslink.intake.max-number-length"));
        try (InputStream in = s.home().open(s.get("crosslink.intake.schema"))) {
            return new Intake(new ReportParser(limits), new ReportSchema(Json.MAPPER.readTree(in), registry.sourceCodes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The broker an instance connects to, as the status command shows it: the external broker's hosts (without
     * the url's parameters), or the embedded broker's Core acceptor.
     */
    public static String brokerName(Settings s) {
        String url = s.get("crosslink.broker.url", "");
        if (url.isBlank()) {
            return "embedded tcp://" + s.get("crosslink.broker.host") + ":" + s.get("crosslink.broker.core-port");
        }
        return url.replaceAll("\\?[^,]*", "");
    }

    /** The bus's database for a command: through the running bus when there is one, else the file itself. */
    public static Database openDatabase(Settings s) {
        return Database.open(s.get("crosslink.db.url", ""), s.get("crosslink.db.user", null), databasePassword(s),
                s.path("crosslink.data-dir"), 2, false);
    }

    /**
     * The database's password: {@code crosslink.db.password} when set (from the environment, say), else the content
     * of {@code crosslink.db.password-file}. The embedded database always has one: generated into that file, owner-only,
     * the first time.
     */
    public static String databasePassword(Settings s) {
        String given = s.get("crosslink.db.password", null);
        if (given != null) {
            return given;
        }
        Path file = s.path("crosslink.db.password-file");
        if (s.get("crosslink.db.url", "").isBlank()) {
            return SecretFile.readOrCreate(file);
        }
        String stored = SecretFile.read(file);
        return stored == null ? "" : stored;
    }

    /**
     * The embedded broker alone, with the logins, security and queues the bus would give it, and no bus on it: for
     * tests that kill a broker holding reports nobody has taken yet.
     */
    public static EmbeddedBroker brokerAlone(Settings settings) throws Exception {
        Registry registry = RegistryLoader.load(settings);
        Destinations names = Destinations.from(settings);
        CredentialStore credentials = credentials(settings);
        if (!credentials.exists()) {
            credentials.generate(registry);
        }
        EmbeddedBroker broker = EmbeddedBroker.start(tls(settings), credentials,
                new BrokerSecurity(registry, names, settings.get("crosslink.queue.control"), relayLogins(settings)));
        try (BrokerClient client = BrokerClient.connect(broker.inVmUrl(), Principals.BUS, credentials.busPassword())) {
            new Topology(names, registry, settings.get("crosslink.queue.control")).ensure(client);
        }
        return broker;
    }

    /** The logins that relay for other sources ({@code crosslink.security.relay-logins}); none by default. */
    static Set<String> relayLogins(Settings s) {
        Set<String> relays = new HashSet<>(Arrays.asList(s.get("crosslink.security.relay-logins", "").split("\\s*,\\s*")));
        relays.remove("");
        return relays;
    }

    /** The audit chain's key: the bus makes one the first time. */
    public static AuditKey auditKey(Settings s) {
        return AuditKey.loadOrCreate(s.path("crosslink.audit.key"));
    }

    /** The broker's logins of a data directory. */
    public static CredentialStore credentials(Settings s) {
        return new CredentialStore(s.path("crosslink.security.users"), s.path("crosslink.security.roles"),
                s.path("crosslink.security.generated-passwords"), s.path("crosslink.broker.password-file"));
    }

    /** The acceptors' TLS parameters, from the keystore settings. */
    static Settings tls(Settings s) {
        String params = "";
        if (s.getBoolean("crosslink.broker.tls.enabled")) {
            // the keystore's password is not written into the generated broker.xml: the broker is given it in memory
            params = ";keyStorePath=" + s.path("crosslink.broker.tls.keystore");
        }
        return s.with(Map.of("crosslink.broker.tls-params", params));
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

    /** The bus's one retry policy: the routes' error handler reads the same {@code crosslink.errors.*} as placeholders. */
    public static RetryPolicy retryPolicy(Settings s) {
        return new RetryPolicy(s.getInt("crosslink.errors.maximum-redeliveries"), s.getLong("crosslink.errors.redelivery-delay-ms"),
                s.getDouble("crosslink.errors.backoff-multiplier"), s.getLong("crosslink.errors.outage-initial-backoff-ms"),
                s.getLong("crosslink.errors.outage-max-backoff-ms"));
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy(settings);
    }

    public static AlertSettings alertSettings(Settings s) {
        Map<AlertType, Severity> severities = new EnumMap<>(AlertType.class);
        for (AlertType t : AlertType.values()) {
            severities.put(t, Severity.valueOf(s.get("crosslink.alerts.severity." + t.name())));
        }
        Set<AlertType> enabled = Arrays.stream(s.get("crosslink.alerts.enabled").split(",")).map(String::trim)
                .filter(x -> !x.isEmpty()).map(AlertType::valueOf).collect(Collectors.toSet());
        return new AlertSettings(s.getInt("crosslink.alerts.hotspot-reports"),
                Duration.ofDays(s.getLong("crosslink.alerts.hotspot-window-days")),
                Duration.ofDays(s.getLong("crosslink.alerts.closure-window-days")), severities, enabled,
                s.get("crosslink.alerts.nca-source"));
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
