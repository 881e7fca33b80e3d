package org.crosslink.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.crosslink.alert.AlertBook;
import org.crosslink.alert.AlertRenderer;
import org.crosslink.alert.AlertSettings;
import org.crosslink.alert.AlertType;
import org.crosslink.alert.Assessor;
import org.crosslink.alert.Recipients;
import org.crosslink.alert.Severity;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.crosslink.audit.AuditLog;
import org.crosslink.bus.AssessStage;
import org.crosslink.bus.EraseStage;
import org.crosslink.bus.OutboxRelay;
import org.crosslink.bus.BatchStage;
import org.crosslink.bus.BrokerClient;
import org.crosslink.bus.DedupeStage;
import org.crosslink.bus.Deliveries;
import org.crosslink.bus.Destinations;
import org.crosslink.bus.EmbeddedBroker;
import org.crosslink.bus.InboundReceiver;
import org.crosslink.bus.Latency;
import org.crosslink.bus.IntakeStage;
import org.crosslink.bus.ResolveStage;
import org.crosslink.bus.Topology;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.intake.Intake;
import org.crosslink.intake.IntakeLimits;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportSchema;
import org.crosslink.model.Registry;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.security.BrokerSecurity;
import org.crosslink.security.CredentialStore;
import org.crosslink.security.LoginConfiguration;
import org.crosslink.security.Principals;
import org.crosslink.store.Database;
import org.crosslink.store.Json;
import org.crosslink.store.ResolverLease;
import org.crosslink.store.StateLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the bus is made of, built from the settings and started in order: the broker (embedded
 * unless a url is set), the database, the state loaded from it, and the stages the routes call.
 * Closed in the reverse order.
 */
public final class BusRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BusRuntime.class);
    final Settings settings;
    final CredentialStore credentials;
    final Registry registry;
    final Destinations names;
    final Clock clock = Clock.systemUTC();
    final EmbeddedBroker broker;
    final BrokerClient client;
    final Database db;
    final ReportIndex reports = new ReportIndex();
    final ResolutionEngine engine;
    final AtomicLong eventIds = new AtomicLong(1);
    final Deliveries deliveries;
    final IntakeStage intakeStage;
    final DedupeStage dedupeStage;
    final ResolveStage resolveStage;
    final BatchStage batchStage;
    private final ResolverLease lease;
    final InboundReceiver receiver;
    final AlertBook alerts;
    final AuditLog audit = new AuditLog();
    final Latency latency = new Latency();
    final EraseStage eraseStage;
    final AtomicLong outboxIds = new AtomicLong(1);
    final AssessStage assessStage;
    final OutboxRelay relay;

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
        this.broker = url.isBlank() ? EmbeddedBroker.start(tls(settings),
                secure ? new ActiveMQJAASSecurityManager("crosslink", new LoginConfiguration(credentials)) : null,
                new BrokerSecurity(registry, names, settings.get("crosslink.queue.control")).settings()) : null;
        String user = settings.get("crosslink.broker.user", secure ? Principals.BUS : null);
        String password = settings.get("crosslink.broker.password", secure ? credentials.password(Principals.BUS) : null);
        this.client = BrokerClient.connect(broker != null ? broker.inVmUrl() : url, user, password);
        try (ClientSession session = client.autoCommitSession()) {
            new Topology(names, registry, settings.get("crosslink.queue.control")).ensure(session);
        }
        this.db = Database.open(settings.get("crosslink.db.url", ""), settings.get("crosslink.db.user", null),
                settings.get("crosslink.db.password", null), settings.path("crosslink.data-dir"), settings.getInt("crosslink.db.pool-size"), true);
        this.lease = ResolverLease.acquire(db, Duration.ofMillis(settings.getInt("crosslink.db.lease-retry-ms")));
        this.engine = new ResolutionEngine(ResolutionConfig.read(settings));
        Recipients recipients = new Recipients(registry);
        this.alerts = new AlertBook(recipients);
        StateLoader.Loaded loaded = new StateLoader(db).load(reports, engine, alerts);
        eventIds.set(loaded.nextEventId());
        outboxIds.set(loaded.nextOutboxId());
        this.deliveries = new Deliveries(clock);
        this.intakeStage = new IntakeStage(intake(settings, registry), names, deliveries);
        this.dedupeStage = new DedupeStage(reports, deliveries);
        this.resolveStage = new ResolveStage(engine, reports, deliveries, clock);
        this.batchStage = new BatchStage(db, engine, names, deliveries, intakeStage, clock, eventIds, audit);
        batchStage.actor(user == null ? Principals.BUS : user);
        batchStage.fence(lease);
        java.util.Set<String> trusted = new java.util.HashSet<>(java.util.Arrays.asList(
                settings.get("crosslink.security.trusted-senders", "").split("\\s*,\\s*")));
        trusted.add(user == null ? Principals.BUS : user);
        trusted.remove("");
        this.receiver = new InboundReceiver(client, names, registry, trusted, settings.getInt("crosslink.intake.max-bytes"), clock,
                settings.get("crosslink.queue.control"));
        this.eraseStage = new EraseStage(engine, reports, deliveries, clock);
        this.assessStage = new AssessStage(new Assessor(alertSettings(settings), alerts), clock, outboxIds);
        this.relay = new OutboxRelay(db, client, names, new AlertRenderer(Json.MAPPER, recipients), clock,
                settings.getInt("crosslink.outbox.batch-size"), audit, user == null ? Principals.BUS : user);
        batchStage.onCommit(batch -> {
            latency.record(batch, clock.millis());
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

    static Intake intake(Settings s, Registry registry) {
        IntakeLimits limits = new IntakeLimits(s.getInt("crosslink.intake.max-bytes"), s.getInt("crosslink.intake.max-depth"),
                s.getInt("crosslink.intake.max-tokens"), s.getInt("crosslink.intake.max-string-length"),
                s.getInt("crosslink.intake.max-number-length"));
        try (InputStream in = s.home().open(s.get("crosslink.intake.schema"))) {
            return new Intake(new ReportParser(limits), new ReportSchema(Json.MAPPER.readTree(in), registry.sourceCodes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bus's database for a command: through the running bus when there is one, else the file itself. */
    public static Database openDatabase(Settings s) {
        return Database.open(s.get("crosslink.db.url", ""), s.get("crosslink.db.user", null), s.get("crosslink.db.password", null),
                s.path("crosslink.data-dir"), 2, false);
    }

    static CredentialStore credentials(Settings s) {
        return new CredentialStore(s.path("crosslink.security.users"), s.path("crosslink.security.roles"),
                s.path("crosslink.security.generated-passwords"));
    }

    /** The acceptors' TLS parameters, from the keystore settings. */
    static Settings tls(Settings s) {
        String params = "";
        if (s.getBoolean("crosslink.broker.tls.enabled")) {
            params = ";keyStorePath=" + s.path("crosslink.broker.tls.keystore") + ";keyStorePassword="
                    + s.get("crosslink.broker.tls.keystore-password");
        }
        return s.with(Map.of("crosslink.broker.tls-params", params));
    }

    public CredentialStore credentials() {
        return credentials;
    }

    /**
     * Opens a transacted session that sends as a source: logged in as that source when the broker requires
     * logins (the report's source is its sender), with the password this data directory generated for it.
     */
    public ClientSession sessionAs(String source) throws org.apache.activemq.artemis.api.core.ActiveMQException {
        if (!settings.getBoolean("crosslink.broker.security-enabled")) {
            return client.transactedSession();
        }
        String password = credentials.password(source);
        if (password == null) {
            throw new IllegalStateException("no password for " + source + " in " + settings.get("crosslink.security.generated-passwords"));
        }
        return client.transactedSession(source, password);
    }

    static AlertSettings alertSettings(Settings s) {
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
    }

    public Database db() {
        return db;
    }

    public BrokerClient client() {
        return client;
    }

    public ResolutionEngine engine() {
        return engine;
    }

    public BatchStage batchStage() {
        return batchStage;
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
        client.close();
        db.close();
        lease.close();
        if (broker != null) {
            broker.close();
        }
        LOG.info("event=bus.closed");
    }
}
