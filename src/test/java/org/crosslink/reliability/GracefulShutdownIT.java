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

import org.crosslink.bench.ReportGenerator;
import org.crosslink.config.Settings;
import org.crosslink.test.BusProcess;
import org.crosslink.test.StreamSender;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** SIGTERM while reports stream in: the bus stops taking reports, finishes the batch in flight, flushes the outbox, exits. */
class GracefulShutdownIT {
    private static final List<String> FORCES = List.of("MET", "GMP", "NCA");

    @Test
    void onSigtermTheBusFinishesWhatItHoldsAndExitsCleanly() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("sigterm"), Map.of());
        ReportGenerator generator = new ReportGenerator(5, FORCES, 0.3, 0);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add(generator.next());
        }
        BusProcess bus = new BusProcess(settings).start();
        new StreamSender(settings, generator::sourceOf, 200).send(lines, sent -> { });

        int exit = bus.terminate(Duration.ofSeconds(60));

        String log = bus.log(1);
        assertThat(exit).as(log).isIn(0, 143);
        assertThat(log).contains("event=intake.stopped", "event=bus.closed").doesNotContain("Exception", "event=batch.paused",
                "event=outbox.flush-failed");
        bus.start();
        String url = BusProcess.databaseUrl(settings);
        try (Connection db = DriverManager.getConnection(url, "crosslink", "")) {
            await().atMost(Duration.ofMinutes(2)).until(() -> value(db, "SELECT SUM(n) FROM intake_count WHERE source <> '#control'") == 3000
                    && value(db, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL") == 0);
            assertThat(value(db, "SELECT COUNT(*) FROM delivery WHERE outcome = 'DEAD_LETTERED'")).isZero();
        } finally {
            bus.terminate(Duration.ofSeconds(60));
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
