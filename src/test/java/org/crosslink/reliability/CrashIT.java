package org.crosslink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.crosslink.bench.ReportGenerator;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Headers;
import org.crosslink.store.Json;
import org.crosslink.test.BusProcess;
import org.crosslink.test.ForceClient;
import org.crosslink.test.StreamSender;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * The real jar, killed with SIGKILL at five random moments while 10,000 reports stream in, restarted each time
 * on the same data directory. At the end every report is accounted for exactly once, the entities are those of
 * an uninterrupted run, and no alert was published twice.
 */
class CrashIT {
    private static final int REPORTS = 10_000;
    private static final int KILLS = 5;
    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final List<String> FORCES = List.of("MET", "GMP", "WMP", "WYP", "KENT", "ESSEX", "NCA", "BTP");

    @Test
    void killedFiveTimesTheBusLosesNothingAndDoublesNothing() throws Exception {
        ReportGenerator generator = new ReportGenerator(11, FORCES, 0.15, 0.02);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            lines.add(generator.next());
        }

        Run interrupted = run(lines, generator, true);
        Run uninterrupted = run(lines, generator, false);

        assertThat(interrupted.kills).isEqualTo(KILLS);
        assertThat(interrupted.counts.values().stream().mapToLong(Long::longValue).sum()).as("accounted for").isEqualTo(REPORTS);
        assertThat(interrupted.counts).isEqualTo(uninterrupted.counts);
        assertThat(interrupted.counts.getOrDefault("DEAD_LETTERED", 0L)).isZero();
        assertThat(interrupted.entities).isEqualTo(uninterrupted.entities);
        assertThat(interrupted.alertCopiesPublishedTwice).isEmpty();
        System.out.printf("crash test: %d reports sent, %d accounted for (%s), %d kills, %d alert copies, 0 twice%n",
                REPORTS, REPORTS, interrupted.counts, interrupted.kills, interrupted.alertCopies);
    }

    record Run(Map<String, Long> counts, Set<Set<String>> entities, List<String> alertCopiesPublishedTwice, int alertCopies, int kills) {
    }

    private Run run(List<String> lines, ReportGenerator generator, boolean crash) throws Exception {
        // no training: a model trained when the store reaches a size would be trained on whatever the batches,
        // cut short by the kills, had committed by then; entities are compared under one model
        Settings settings = TestSettings.create(TestSettings.newDataDir(crash ? "crash" : "no-crash"),
                Map.of("crosslink.model.auto-train", "false"));
        BusProcess bus = new BusProcess(settings).start();
        Random random = new Random(crash ? 3 : 4);
        List<Integer> killAt = new ArrayList<>();
        for (int k = 1; k <= KILLS; k++) {
            killAt.add(k * REPORTS / (KILLS + 1) + random.nextInt(REPORTS / (3 * KILLS)) - REPORTS / (6 * KILLS));
        }
        AtomicInteger kills = new AtomicInteger();
        new StreamSender(settings, generator::sourceOf, 100).send(lines, sent -> {
            if (crash && kills.get() < KILLS && sent >= killAt.get(kills.get())) {
                try {
                    bus.kill();
                    kills.incrementAndGet();
                    bus.start();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        try (Connection db = DriverManager.getConnection(jdbc(settings), "crosslink", BusProcess.databasePassword(settings))) {
            await().atMost(WAIT).until(() -> total(db) == REPORTS && pendingAlerts(db) == 0);
            Map<String, Long> counts = counts(db);
            Set<Set<String>> entities = entities(db);
            List<String> twice = new ArrayList<>();
            int copies = alerts(settings, twice);
            db.rollback();
            return new Run(counts, entities, twice, copies, kills.get());
        } finally {
            bus.terminate(Duration.ofMinutes(1));
        }
    }

    private static String jdbc(Settings s) throws Exception {
        return BusProcess.databaseUrl(s);
    }

    private static long total(Connection db) throws Exception {
        return counts(db).values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> counts(Connection db) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT outcome, SUM(n) FROM intake_count WHERE source <> '#control' GROUP BY outcome");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        db.rollback();
        return out;
    }

    private static long pendingAlerts(Connection db) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            db.rollback();
            return n;
        }
    }

    /** The partition of mentions into entities, ids aside. */
    private static Set<Set<String>> entities(Connection db) throws Exception {
        Map<String, Set<String>> byEntity = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT entity_id, mention_key FROM mention"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byEntity.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        return new HashSet<>(byEntity.values());
    }

    /** Every copy the NCA's coordinators received, by alert id, version and recipients; those received twice. */
    private static int alerts(Settings settings, List<String> twice) throws Exception {
        Set<String> seen = new HashSet<>();
        int n = 0;
        try (ForceClient coordinator = ForceClient.as(settings, "NCA-MSHT")) {
            for (Message m : coordinator.drain("crosslink.alerts::alerts.NCA-MSHT", 5000)) {
                n++;
                String id = m.getStringProperty(Headers.ALERT_ID) + "#" + m.getStringProperty(Headers.RECIPIENTS)
                        + "#" + Json.MAPPER.readTree(((TextMessage) m).getText()).path("version").asInt();
                if (!seen.add(id)) {
                    twice.add(id);
                }
            }
        }
        return n;
    }
}
