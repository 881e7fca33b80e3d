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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.crosslink.bench.ReportGenerator;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.test.Reports;
import org.crosslink.test.StreamSender;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * The highly available deployment, every part a real process, while force systems send: the active crosslink
 * killed, then the new active one paused past its lease, then PostgreSQL stopped for ten seconds, then the primary
 * broker killed. After each, the time until reports flow again is measured (a probe report sent at the failure, on
 * a queue with no backlog, until it is committed) and printed. At the end every report is accounted for, no alert
 * reached the live subscriber twice, and the entities are those of a clean single-instance run of the same reports.
 * {@code -Dfailover.runs=3} runs the whole sequence three times and prints the median of each recovery, which
 * must be within the target of 30 s. The suite's single run is a smoke run: one sample on two shared cores lands
 * either side of 30 s (30.1 s once), so it checks only that each recovery comes within twice the target.
 */
class FailoverIT {
    private static final List<String> FORCES = List.of("MET", "GMP", "WMP", "WYP", "KENT", "ESSEX", "NCA");
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final Duration DATABASE_DOWN = Duration.ofSeconds(10);
    /** The recovery target, for the median of three runs or more. */
    private static final long TARGET_MS = 30_000;
    /** What one run alone must stay within: it recovered, on a machine whose other work may delay it. */
    private static final long SINGLE_RUN_MS = 2 * TARGET_MS;

    @Test
    void eachPartKilledOrPausedWhileForcesSendLosesNothingDoublesNothingAndRecoversInTime() throws Exception {
        int runs = Integer.getInteger("failover.runs", 1);
        Map<String, List<Long>> recoveries = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            run(run).forEach((failure, ms) -> recoveries.computeIfAbsent(failure, k -> new ArrayList<>()).add(ms));
        }
        recoveries.forEach((failure, ms) -> {
            List<Long> sorted = ms.stream().sorted().toList();
            System.out.printf("failover: %-34s recovery %s ms, median %.1f s%n", failure, ms, sorted.get(sorted.size() / 2) / 1000.0);
        });
        long bound = runs >= 3 ? TARGET_MS : SINGLE_RUN_MS;
        recoveries.forEach((failure, ms) -> assertThat(ms.stream().sorted().toList().get(ms.size() / 2))
                .as("median recovery after " + failure).isLessThanOrEqualTo(bound));
    }

    private Map<String, Long> run(int run) throws Exception {
        Map<String, Long> recovery = new LinkedHashMap<>();
        ReportGenerator generator = new ReportGenerator(20 + run, FORCES, 0.15, 0.02);
        try (HaDeployment ha = new HaDeployment(TestSettings.newDataDir("failover-" + run))) {
            ha.start();
            HaDeployment.Bus a = ha.bus("a", LEASE).start(false);
            HaDeployment.Bus b = ha.bus("b", LEASE).start(true);
            HaTraffic traffic = new HaTraffic(ha.brokerUrl(), generator, "run" + run);
            traffic.start();
            try (Connection db = DriverManager.getConnection(ha.jdbcUrl(), "postgres", "")) {
                db.setAutoCommit(true);
                await().atMost(WAIT).until(() -> total(db) >= 300);

                // (a) the active instance killed: the standby takes over once the lease has expired
                a.process().destroyForcibly();
                recovery.put("active crosslink SIGKILL", traffic.probe(ha.jdbcUrl()));
                assertThat(b.active()).isTrue();
                a.start(true);

                // (b) the active instance paused past its lease: the other takes over; resumed, it writes nothing and exits 3
                HaDeployment.signal(b.process(), "STOP");
                recovery.put("active crosslink SIGSTOP past lease", traffic.probe(ha.jdbcUrl()));
                assertThat(a.active()).isTrue();
                HaDeployment.signal(b.process(), "CONT");
                assertThat(b.process().waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the paused instance stops").isTrue();
                assertThat(b.process().exitValue()).as("exit code of the paused instance").isEqualTo(3);
                assertThat(b.log()).contains("event=lease.superseded");
                b.start(true);

                // (c) PostgreSQL stopped for ten seconds, then started
                long down = System.nanoTime();
                ha.stopPostgres();
                TimeUnit.MILLISECONDS.sleep(DATABASE_DOWN.toMillis());
                ha.restartPostgres();
                long restartedMs = (System.nanoTime() - down) / 1_000_000;
                long sinceRestart = traffic.probe(ha.jdbcUrl());
                recovery.put("PostgreSQL stopped 10 s", restartedMs + sinceRestart);
                recovery.put("PostgreSQL, from its restart", sinceRestart);
            }
            try (Connection db = DriverManager.getConnection(ha.jdbcUrl(), "postgres", "")) {
                db.setAutoCommit(true);
                // (d) the primary broker killed: the backup takes over, senders, the bus and the subscriber follow
                ha.primary.kill();
                recovery.put("primary broker SIGKILL", traffic.probe(ha.jdbcUrl()));

                List<String[]> sent = traffic.stop();
                await().atMost(WAIT).until(() -> total(db) == sent.size() && pendingAlerts(db) == 0);
                traffic.awaitAlertsQuiet();
                Map<String, Long> counts = counts(db);
                Set<Set<String>> entities = entities(db);

                Clean clean = clean(sent);
                assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).as("accounted for").isEqualTo(sent.size());
                assertThat(counts).isEqualTo(clean.counts);
                assertThat(counts.getOrDefault("DEAD_LETTERED", 0L)).isZero();
                assertThat(entities).isEqualTo(clean.entities);
                assertThat(traffic.alertsReceivedTwice()).isEmpty();
                assertThat(traffic.alertsReceived()).isPositive();
                System.out.printf("failover run %d: %d reports sent, all accounted for %s, %d alert copies received, none twice, "
                        + "entities as a clean run; recovery ms %s%n", run, sent.size(), counts, traffic.alertsReceived(), recovery);
            } finally {
                traffic.close();
            }
        }
        return recovery;
    }

    record Clean(Map<String, Long> counts, Set<Set<String>> entities) {
    }

    /** The same reports through one bus on the embedded defaults, nothing failing. */
    private static Clean clean(List<String[]> sent) throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("failover-clean"), Map.of("crosslink.model.auto-train", "false"));
        Map<String, String> sourceOf = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (String[] r : sent) {
            sourceOf.put(r[1], r[0]);
            lines.add(r[1]);
        }
        try (Bus bus = new Bus(settings).start()) {
            new StreamSender(settings, sourceOf::get, 200).send(lines, n -> { });
            try (Connection db = bus.runtime().db().connection()) {
                await().atMost(WAIT).until(() -> total(db) == lines.size());
                return new Clean(counts(db), entities(db));
            }
        }
    }

    /** A probe report for the source no force system sends for, so that it waits behind no backlog. */
    static String probe(int n, String run) {
        return Reports.report("BTP", "BTP-PROBE-" + run + "-" + n).person("P1", "WITNESS", "Probe" + n, "Report", null).json();
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
        if (!db.getAutoCommit()) {
            db.rollback();
        }
        return out;
    }

    private static long pendingAlerts(Connection db) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
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
        if (!db.getAutoCommit()) {
            db.rollback();
        }
        return new HashSet<>(byEntity.values());
    }
}
