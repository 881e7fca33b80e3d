package org.crosslink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.crosslink.bench.ReportGenerator;
import org.crosslink.config.Settings;
import org.crosslink.test.BusProcess;
import org.crosslink.test.StreamSender;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while reports stream in (the force systems are mid-stream, the bus mid-batch): the bus stops taking reports,
 * finishes the batch in flight, flushes the outbox and exits; started again, it takes the rest, and nothing is lost or doubled.
 */
class GracefulShutdownIT {
    private static final List<String> FORCES = List.of("MET", "GMP", "NCA");

    @Test
    void onSigtermWhileReportsStreamInTheBusFinishesWhatItHoldsExitsCleanlyAndLosesNothing() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("sigterm"), Map.of());
        ReportGenerator generator = new ReportGenerator(5, FORCES, 0.3, 0);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add(generator.next());
        }
        BusProcess bus = new BusProcess(settings).start();
        // the force systems stream on; after 1,000 reports the sender holds its connections open until the SIGTERM
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch terminated = new CountDownLatch(1);
        AtomicInteger withTheBroker = new AtomicInteger();
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> new StreamSender(settings, generator::sourceOf, 200)
                .send(lines, sent -> {
                    withTheBroker.set(sent);
                    if (sent >= 1000 && halfway.getCount() > 0) {
                        halfway.countDown();
                        awaitQuietly(terminated);
                    }
                }));
        assertThat(halfway.await(2, TimeUnit.MINUTES)).isTrue();
        try (Connection db = DriverManager.getConnection(BusProcess.databaseUrl(settings), "crosslink", BusProcess.databasePassword(settings))) {
            await().atMost(Duration.ofMinutes(1)).until(() -> processed(db) > 0);
        }

        int exit = bus.terminate(Duration.ofSeconds(60));
        int sentWhenTerminated = withTheBroker.get();
        terminated.countDown();

        assertThat(sentWhenTerminated).as("reports with the broker when the bus was stopped").isLessThan(lines.size());
        String log = bus.log(1);
        assertThat(exit).as(log).isIn(0, 143);
        assertThat(log).contains("event=intake.stopped", "event=bus.closed").doesNotContain("Exception", "event=batch.paused",
                "event=outbox.flush-failed", "event=intake.stop-timeout");
        bus.start();
        sending.get(3, TimeUnit.MINUTES);
        String url = BusProcess.databaseUrl(settings);
        try (Connection db = DriverManager.getConnection(url, "crosslink", BusProcess.databasePassword(settings))) {
            await().atMost(Duration.ofMinutes(2)).until(() -> processed(db) == 3000
                    && value(db, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL") == 0);
            assertThat(value(db, "SELECT COUNT(*) FROM delivery WHERE outcome = 'DEAD_LETTERED'")).isZero();
        } finally {
            bus.terminate(Duration.ofSeconds(60));
        }
    }

    private static long processed(Connection db) throws Exception {
        return value(db, "SELECT COALESCE(SUM(n), 0) FROM intake_count WHERE source <> '#control'");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(3, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long value(Connection db, String sql) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long v = rs.getLong(1);
            db.rollback();
            return v;
        }
    }
}
