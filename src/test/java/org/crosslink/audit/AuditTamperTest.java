package org.crosslink.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.jms.JMSException;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.store.AuditLog;
import org.crosslink.store.Database;
import org.crosslink.test.Cli;
import org.crosslink.test.Clients;
import org.crosslink.test.ForceClient;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An administrator of the database, who can change any row but holds neither the audit key nor the broker, tries to
 * rewrite the audit log unseen. Each attempt is made in a transaction that is rolled back (the log is whole again for
 * the next), except the last, which goes through 'audit verify' as an auditor would run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTamperTest {
    private static final String QUEUE = "crosslink.audit.checkpoints";
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("audit-tamper"), Map.of());
    private Bus bus;
    private Database db;

    @BeforeAll
    void start() throws Exception {
        bus = new Bus(settings).start();
        db = bus.runtime().db();
        Store store = new Store(db);
        try (Clients clients = new Clients(settings)) {
            for (String source : List.of("MET", "GMP", "WMP", "KENT")) {
                clients.send(source, Reports.report(source, source + "-AUD-1").person("P1", "WITNESS", "Ada", "Tamper", "1980-01-01").json());
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> store.total() == 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> bus.runtime().audit().head(db).seq() >= 4);
        assertThat(bus.runtime().checkpoints().publish()).isNotNull();
    }

    @AfterAll
    void stop() {
        bus.close();
    }

    private AuditLog.Verification verifyAfter(Tampering tampering) throws Exception {
        try (Connection c = db.connection()) {
            try {
                tampering.apply(c);
                return bus.runtime().audit().verify(c, checkpoints());
            } finally {
                c.rollback();
            }
        }
    }

    interface Tampering {
        void apply(Connection c) throws Exception;
    }

    private List<Checkpoint> checkpoints() throws Exception {
        CheckpointKeys.Verifier verifier = CheckpointKeys.verifier(settings.path("crosslink.audit.verify-key"));
        List<Checkpoint> out = new ArrayList<>();
        try (ForceClient auditor = ForceClient.as(settings, "auditor")) {
            QueueBrowser browser = auditor.session().createBrowser(auditor.session().createQueue(QUEUE));
            for (Object m : Collections.list(browser.getEnumeration())) {
                Checkpoint cp = Checkpoint.parse(((jakarta.jms.TextMessage) m).getText());
                assertThat(verifier.valid(cp)).isTrue();
                out.add(cp);
            }
        }
        return out;
    }

    @Test
    @Order(1)
    void theUntouchedLogVerifiesAgainstItsCheckpoints() throws Exception {
        AuditLog.Verification v = verifyAfter(c -> { });

        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.checkpoints()).isPositive();
    }

    @Test
    @Order(2)
    void removingTheLastEntriesAndMovingTheHeadBackIsCaughtByTheLatestCheckpoint() throws Exception {
        // the last entry a checkpoint covers: the relay may append disclosures after the checkpoint of the setup,
        // and entries beyond every checkpoint are the head's word alone
        long last = checkpoints().stream().mapToLong(Checkpoint::seq).max().orElseThrow();

        AuditLog.Verification v = verifyAfter(c -> {
            update(c, "DELETE FROM audit_log WHERE seq > ?", last - 2);
            String hash = one(c, "SELECT hash FROM audit_log WHERE seq = " + (last - 2));
            update(c, "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", last - 2, hash);
        });

        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(last - 1);
        assertThat(v.problem()).contains("were removed");
    }

    @Test
    @Order(3)
    void passingKeyedEntriesOffAsWrittenBeforeTheKeyIsCaught() throws Exception {
        // the last entry a checkpoint covers: the relay may append disclosures after the checkpoint of the setup,
        // and entries beyond every checkpoint are the head's word alone
        long last = checkpoints().stream().mapToLong(Checkpoint::seq).max().orElseThrow();

        AuditLog.Verification v = verifyAfter(c -> {
            update(c, "UPDATE audit_keying SET legacy_seq = ? WHERE id = 1", last);
            recomputeUnkeyed(c, 1);
        });

        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("where the keyed chain begins was altered");
    }

    @Test
    @Order(4)
    void checkpointsAreBrowsedByTheAuditorAndConsumedByNobody() throws Exception {
        assertThat(checkpoints()).isNotEmpty();
        for (String login : List.of("auditor", "admin", "MET", "crosslink-bus")) {
            try (ForceClient client = ForceClient.as(settings, login)) {
                Session s = client.session();
                assertThatThrownBy(() -> s.createConsumer(s.createQueue(QUEUE)).close()).as(login).isInstanceOf(JMSException.class);
            }
        }
        try (ForceClient force = ForceClient.as(settings, "MET")) {
            Session s = force.session();
            assertThatThrownBy(() -> s.createBrowser(s.createQueue(QUEUE)).getEnumeration().hasMoreElements()).isInstanceOf(JMSException.class);
        }
    }

    @Test
    @Order(10)
    void anEntryRewrittenWithTheWholeChainRecomputedUnkeyedIsNamedByAuditVerify() throws Exception {
        Cli.Result before = Cli.run(settings, "audit", "verify");
        assertThat(before.exit()).as(before.out()).isZero();
        assertThat(before.out()).contains("audit log intact", "signed checkpoints agree");

        try (Connection c = db.connection()) {
            update(c, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
            recomputeUnkeyed(c, 2);
            c.commit();
        }

        Cli.Result after = Cli.run(settings, "audit", "verify");
        assertThat(after.exit()).isEqualTo(1);
        assertThat(after.out()).contains("BROKEN at entry 2: entry 2 was altered");
    }

    /** What an attacker with the database can do: recompute every hash from an entry on, and the head, with SHA-256. */
    private static void recomputeUnkeyed(Connection c, long from) throws Exception {
        String prev = from == 1 ? "0".repeat(64) : one(c, "SELECT hash FROM audit_log WHERE seq = " + (from - 1));
        long seq = from - 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, report_key, entity_id, alert_id, recipient, detail "
                + "FROM audit_log WHERE seq >= ? ORDER BY seq")) {
            ps.setLong(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getTimestamp(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)});
                }
                for (Object[] r : rows) {
                    seq = (Long) r[0];
                    String canonical = String.join("\u001f", prev, Long.toString(seq), Long.toString(((Timestamp) r[1]).toInstant().toEpochMilli()),
                            (String) r[2], (String) r[3], nz(r[4]), nz(r[5]), nz(r[6]), nz(r[7]), (String) r[8]);
                    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
                    update(c, "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", prev, hash, seq);
                    prev = hash;
                }
            }
        }
        update(c, "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", seq, prev);
    }

    private static String nz(Object o) {
        return o == null ? "" : (String) o;
    }

    private static void update(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static String one(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
