package org.crosslink.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.apache.camel.builder.AdviceWithRouteBuilder;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.AdviceRouteMapping;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.apache.camel.test.main.junit5.Configure;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Headers;
import org.crosslink.pipeline.Batch;
import org.crosslink.pipeline.Item;
import org.crosslink.pipeline.Outcome;
import org.crosslink.test.Cli;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A report that fails processing for a reason other than validation is retried with back-off, then taken out of
 * its batch to the dead-letter queue with the exception and the original message; the rest of the batch goes on.
 * The failures are injected into the real routes with Camel's AdviceWith: a bug in the resolve stage, and a row
 * the database refuses at commit (on the commit thread, while the next batch is resolved).
 */
@CamelMainTest(advices = {
        @AdviceRouteMapping(route = "resolve-report", advice = PoisonTest.BugInResolve.class),
        @AdviceRouteMapping(route = "commit-batch", advice = PoisonTest.RowRefused.class)})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    static volatile boolean poisoned = true;
    /** Counted down when a report whose id says AFTER reaches the resolve stage. */
    static final CountDownLatch nextBatchResolving = new CountDownLatch(1);
    /** Set once the commit of the POISON-LATE batch holds on, waiting for the next batch. */
    static volatile boolean commitHeld;
    /** Whether the next batch was resolved while that commit was still in flight. */
    static volatile boolean resolvedWhileInFlight;
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("poison"),
            Map.of("crosslink.errors.redelivery-delay-ms", "10", "crosslink.intake.pipeline-commit", "true"));
    private final BusConfiguration bus = new BusConfiguration(settings);
    private Clients clients;
    private Store store;

    /** A bug: any report whose id says POISON-BUG throws in the resolve stage, every time. */
    public static final class BugInResolve extends AdviceWithRouteBuilder {
        @Override
        public void configure() {
            weaveAddFirst().process(e -> {
                Item item = e.getIn().getBody(Item.class);
                if (item.accepted().report().reportId().contains("AFTER")) {
                    nextBatchResolving.countDown();
                }
                if (poisoned && item.accepted().report().reportId().contains("POISON-BUG")) {
                    throw new IllegalStateException("simulated bug in resolution");
                }
            });
        }
    }

    /**
     * A database that refuses the row of a report whose id says POISON-ROW or POISON-LATE (a constraint, say),
     * every time; the first commit of POISON-LATE's batch fails only once the next batch is being resolved.
     */
    public static final class RowRefused extends AdviceWithRouteBuilder {
        @Override
        public void configure() {
            weaveAddFirst().process(e -> {
                Batch batch = e.getIn().getBody(Batch.class);
                for (Item item : batch.items()) {
                    String id = item.outcome() == Outcome.ACCEPTED ? item.accepted().report().reportId() : "";
                    if (id.contains("POISON-LATE") && !commitHeld) {
                        commitHeld = true;
                        resolvedWhileInFlight = nextBatchResolving.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                    }
                    if (poisoned && (id.contains("POISON-ROW") || id.contains("POISON-LATE"))) {
                        throw new SQLException("simulated constraint violation", "23000");
                    }
                }
            });
        }
    }

    @Configure
    protected void configure(MainConfigurationProperties config) {
        config.addConfiguration(bus);
        config.withRoutesIncludePattern(settings.home().routesPattern());
    }

    @BeforeEach
    void connect() {
        if (clients == null) {
            clients = new Clients(settings);
            store = new Store(bus.runtime().db());
        }
    }

    @AfterAll
    void close() throws Exception {
        if (clients != null) {
            clients.close();
        }
    }

    @Test
    void aReportThatFailsEveryRetryGoesToTheDeadLetterQueueAndTheOthersGoOn() throws Exception {
        String bad = Reports.report("GMP", "GMP-POISON-BUG-1").person("P1", "WITNESS", "Pat", "Bug", null).json();
        clients.send("GMP", Reports.report("GMP", "GMP-GOOD-1").person("P1", "WITNESS", "Ann", "Good", null).json());
        clients.send("GMP", bad);
        clients.send("GMP", Reports.report("GMP", "GMP-GOOD-2").person("P1", "WITNESS", "Bob", "Good", null).json());

        await().atMost(WAIT).until(() -> store.count("DEAD_LETTERED") == 1 && store.count("ACCEPTED") == 2);
        Message dead = clients.as("admin").receive("crosslink.dlq", WAIT.toMillis());
        assertThat(dead.getStringProperty(Headers.ERROR)).contains("IllegalStateException", "simulated bug in resolution");
        assertThat(dead.getStringProperty(Headers.SOURCE)).isEqualTo("GMP");
        assertThat(dead.getStringProperty(Headers.ORIGINAL_QUEUE)).isEqualTo("intel.inbound.GMP");
        assertThat(((TextMessage) dead).getText()).isEqualTo(bad);
        assertThat(store.rows("SELECT report_key FROM report WHERE report_id LIKE 'GMP-%'")).hasSize(2);
    }

    @Test
    void aBatchWhoseCommitFailsIsTakenOneReportAtATimeAndOnlyTheBadOneIsDeadLettered() throws Exception {
        long dead = store.count("DEAD_LETTERED");
        long accepted = store.count("ACCEPTED");
        for (int i = 0; i < 5; i++) {
            clients.send("WMP", Reports.report("WMP", "WMP-FINE-" + i).person("P1", "WITNESS", "Fine" + i, "Person", null).json());
        }
        clients.send("WMP", Reports.report("WMP", "WMP-POISON-ROW-1").person("P1", "WITNESS", "Row", "Refused", null).json());

        await().atMost(WAIT).until(() -> store.count("DEAD_LETTERED") == dead + 1 && store.count("ACCEPTED") == accepted + 5);
        assertThat(store.one("SELECT reason FROM delivery WHERE outcome = 'DEAD_LETTERED' AND reason LIKE '%constraint%'")).isNotNull();
    }

    @Test
    void aBatchWhoseCommitFailsWhileTheNextIsResolvedIsTakenApartAndTheNextIsResolvedAgainFromTheStart() throws Exception {
        long dead = store.count("DEAD_LETTERED");
        long accepted = store.count("ACCEPTED");
        clients.send("KENT", Reports.report("KENT", "KENT-FINE-1").person("P1", "WITNESS", "Early", "Person", null).json());
        clients.send("KENT", Reports.report("KENT", "KENT-POISON-LATE-1").person("P1", "WITNESS", "Late", "Refused", null).json());
        await().atMost(WAIT).until(() -> commitHeld);
        for (int i = 0; i < 5; i++) {
            clients.send("KENT", Reports.report("KENT", "KENT-AFTER-" + i).person("P1", "WITNESS", "After" + i, "Person", null)
                    .person("P2", "SUSPECT", "Same", "Suspect", "1980-02-03", "PHONE=07700 900777").json());
        }

        await().atMost(WAIT).until(() -> store.count("DEAD_LETTERED") == dead + 1 && store.count("ACCEPTED") == accepted + 6);
        assertThat(resolvedWhileInFlight).as("the next batch was resolved while the failing commit was in flight").isTrue();
        assertThat(store.one("SELECT COUNT(*) FROM delivery WHERE outcome = 'DEAD_LETTERED' AND source = 'KENT'")).isEqualTo("1");
        // held through the failed batch's recovery, the next batch's messages were not delivered a second time
        assertThat(store.one("SELECT COUNT(*) FROM delivery WHERE source = 'KENT' AND outcome NOT IN ('ACCEPTED', 'DEAD_LETTERED')"))
                .isEqualTo("0");
        assertThat(store.rows("SELECT report_id FROM report WHERE source = 'KENT'")).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder("KENT-FINE-1", "KENT-AFTER-0", "KENT-AFTER-1", "KENT-AFTER-2", "KENT-AFTER-3", "KENT-AFTER-4");
        assertThat(store.rows("SELECT DISTINCT report_key FROM mention WHERE report_key LIKE 'KENT/KENT-AFTER-%' AND entity_id IS NOT NULL"))
                .hasSize(5);
        // the suspect named in all five reports is one entity, built once: the undone first pass left nothing behind
        assertThat(store.rows("SELECT DISTINCT entity_id FROM mention WHERE report_key LIKE 'KENT/KENT-AFTER-%' AND ref = 'P2'"))
                .hasSize(1);
        assertThat(store.one("SELECT COUNT(*) FROM mention WHERE report_key LIKE 'KENT/KENT-AFTER-%'")).isEqualTo("10");
    }

    @Test
    void anOperatorListsTheDeadLettersAndPutsThemBackOnceTheFaultIsFixed() throws Exception {
        clients.send("NYP", Reports.report("NYP", "NYP-POISON-BUG-9").person("P1", "WITNESS", "Later", "Fixed", null).json());
        await().atMost(WAIT).until(() -> store.one("SELECT COUNT(*) FROM delivery WHERE source = 'NYP' AND outcome = 'DEAD_LETTERED'").equals("1"));

        Cli.Result list = Cli.run(settings, "dlq", "list");
        assertThat(list.out()).contains("NYP", "simulated bug");

        poisoned = false;
        try {
            Cli.Result retry = Cli.run(settings, "dlq", "retry");
            assertThat(retry.exit()).isZero();
            await().atMost(WAIT).until(() -> "1".equals(store.one("SELECT COUNT(*) FROM report WHERE report_id = 'NYP-POISON-BUG-9'")));
            assertThat(store.one("SELECT sender FROM report WHERE report_id = 'NYP-POISON-BUG-9'")).isEqualTo("NYP");
        } finally {
            poisoned = true;
        }
    }
}
