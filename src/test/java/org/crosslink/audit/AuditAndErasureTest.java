package org.crosslink.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosslink.alert.AlertState;
import org.crosslink.alert.AlertStatus;
import org.crosslink.alert.AlertType;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.resolve.normalise.Caches;
import org.crosslink.store.Bodies;
import org.crosslink.test.Cli;
import org.crosslink.test.Clients;
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
import tools.jackson.databind.node.ObjectNode;

/** The s62 audit log and erasure, through the real bus and the real commands. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditAndErasureTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET_NAME = "Quixotl";
    private static final String SECRET_FAMILY = "Zanzibarre";
    private static final String SECRET_NARRATIVE = "Purple octopus seen at the marina";
    private static final String SECRET_ALIAS = "Zorrovic Zanzibarre";
    private static final String SECRET_PASSPORT = "ZZ9876543";
    private final Settings settings = TestSettings.create(TestSettings.newDataDir("audit"), Map.of());
    private Bus bus;
    private Store store;

    @BeforeAll
    void story() {
        bus = new Bus(settings).start();
        store = new Store(bus.runtime().db());
        try (Clients clients = new Clients(settings)) {
            // two persons the bus keeps apart, then a report that shows they are one: a merge
            // MET knows his passport and full date of birth; GMP his phone, address and year of birth only: apart,
            // not enough to join. WMP has all of it and joins them.
            List<String> dock = List.of("4 Dock Road");
            clients.send("MET", Reports.report("MET", "MET-A-1").person("P1", "SUSPECT", "Bogdan", "Marinescu", "1975-01-20",
                    "PASSPORT=RO1234567").json());
            clients.send("GMP", Reports.report("GMP", "GMP-A-2").person("P1", "SUSPECT", "Bogdan", "Marinescu", "1975",
                    "PHONE=07700 900999").livesAt("L1").address("L1", "ADDRESS", null, dock, "Tilbury", "RM18 7BH").json());
            awaitTotal(2);
            clients.send("WMP", Reports.report("WMP", "WMP-A-3").person("P1", "SUSPECT", "Bogdan", "Marinescu", "1975-01-20",
                    "PASSPORT=RO1234567", "PHONE=07700 900999").livesAt("L1").address("L1", "ADDRESS", null, dock, "Tilbury", "RM18 7BH").json());
            awaitTotal(3);
            clients.send("WMP", Reports.report("WMP", "WMP-A-3").revision(2).status("CLOSED")
                    .person("P1", "SUSPECT", "Bogdan", "Marinescu", "1975-01-20", "PASSPORT=RO1234567", "PHONE=07700 900999")
                    .livesAt("L1").address("L1", "ADDRESS", null, dock, "Tilbury", "RM18 7BH").json());
            // the report to be erased, the only link between two forces on this person
            Reports secret = Reports.report("KENT", "KENT-SECRET-1").narrative(SECRET_NARRATIVE)
                    .person("P1", "POTENTIAL_VICTIM", SECRET_NAME, SECRET_FAMILY, "1990-02-02", "PHONE=07700 900555", "PASSPORT=" + SECRET_PASSPORT);
            ((ObjectNode) secret.node().get("persons").get(0)).putArray("aliases").add(SECRET_ALIAS);
            clients.send("KENT", secret.json());
            clients.send("ESSEX", Reports.report("ESSEX", "ESSEX-B-1")
                    .person("P1", "POTENTIAL_VICTIM", SECRET_NAME, SECRET_FAMILY, "1990-02-02", "PHONE=07700 900555").json());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(WAIT).until(() -> store.total() == 6);
        await().atMost(WAIT).until(() -> pendingAlerts() == 0);
    }

    private void awaitTotal(long n) {
        await().atMost(WAIT).until(() -> store.total() == n);
    }

    @AfterAll
    void stop() {
        bus.close();
    }

    @Test
    @Order(1)
    void aReplayProducesEntriesOfEveryKind() {
        Cli.Result explain = Cli.run(settings, "explain", entityOf("MET/MET-A-1#P1"));
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).contains("MET/MET-A-1#P1", "WMP/WMP-A-3#P1", "passport EXACT");

        List<String> actions = store.rows("SELECT DISTINCT action FROM audit_log").stream().map(r -> r.get(0)).toList();
        assertThat(actions).contains("COLLECTION", "ALTERATION", "COMBINATION", "DISCLOSURE", "CONSULTATION");
        assertThat(store.rows("SELECT actor, detail FROM audit_log WHERE action = 'COLLECTION' AND report_key = 'MET/MET-A-1'"))
                .singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo("MET"));
        assertThat(store.one("SELECT detail FROM audit_log WHERE action = 'ALTERATION' AND report_key = 'WMP/WMP-A-3'"))
                .contains("revision 2 supersedes 1");
        assertThat(store.one("SELECT detail FROM audit_log WHERE action = 'COMBINATION'")).startsWith("MERGE").contains("reason");
        assertThat(store.rows("SELECT recipient FROM audit_log WHERE action = 'DISCLOSURE'")).isNotEmpty();
        assertThat(store.rows("SELECT detail FROM audit_log")).noneMatch(r -> r.get(0).contains(SECRET_FAMILY) || r.get(0).contains("Marinescu"));
    }

    @Test
    @Order(2)
    void anErasureRemovesTheContentWithdrawsTheAlertAndIsLogged() throws Exception {
        AlertState crossForce = crossForceOn("KENT");
        assertThat(crossForce.status()).isNotEqualTo(AlertStatus.WITHDRAWN);
        assertThat(scanDatabaseFor("zorrovic", SECRET_PASSPORT.toLowerCase(), SECRET_NARRATIVE.toLowerCase()))
                .as("the scan sees the content before the erasure").contains("REPORT.BODY", "MENTION.RECORD");

        // a name in plain ASCII is cleaned without the name cache; its sound is cached
        assertThat(Caches.holds("zorrovic")).as("the alias's given name is in the phonetic cache before the erasure").isTrue();

        Cli.Result r = Cli.run(settings, "erase", "KENT/KENT-SECRET-1", "--reason", "retention review 2026-11");

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("KENT/KENT-SECRET-1: erased");
        await().atMost(WAIT).until(() -> bus.runtime().alerts().get(crossForce.alertId()).status() == AlertStatus.WITHDRAWN);
        assertThat(store.one("SELECT detail FROM audit_log WHERE action = 'ERASURE'")).contains("retention review").doesNotContain(SECRET_NAME);
        assertThat(store.one("SELECT COUNT(*) FROM mention WHERE report_key = 'KENT/KENT-SECRET-1'")).isEqualTo("0");
        // the name and phone are also in ESSEX's own report, which stays; what only KENT's report held must be gone
        assertThat(scanDatabaseFor("zorrovic", SECRET_PASSPORT.toLowerCase(), SECRET_NARRATIVE.toLowerCase()))
                .as("erased content found in").isEmpty();
        assertThat(store.one("SELECT body FROM report WHERE report_key = 'KENT/KENT-SECRET-1'")).isNull();
        assertThat(Caches.holds(SECRET_ALIAS)).as("the alias left in the name cache").isFalse();
        assertThat(Caches.holds("zorrovic")).as("the alias's given name left in the phonetic cache").isFalse();
    }

    @Test
    @Order(3)
    void editingOneEntryMakesVerifyFailAndNameIt() throws Exception {
        Cli.Result before = Cli.run(settings, "audit", "verify");
        assertThat(before.exit()).isZero();
        assertThat(before.out()).contains("audit log intact");
        Cli.Result show = Cli.run(settings, "audit", "show", "--report", "WMP/WMP-A-3");
        assertThat(show.out()).contains("COLLECTION", "ALTERATION");

        try (Connection c = bus.runtime().db().connection();
             PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3")) {
            ps.executeUpdate();
            c.commit();
        }

        Cli.Result after = Cli.run(settings, "audit", "verify");
        assertThat(after.exit()).isEqualTo(1);
        assertThat(after.out()).contains("BROKEN at entry 3");
    }

    /** Every text and binary value of every table (bodies inflated) that contains one of the strings. */
    private List<String> scanDatabaseFor(String... needles) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = bus.runtime().db().connection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM \"" + table + "\""); ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            int type = rs.getMetaData().getColumnType(i);
                            String value = type == Types.VARBINARY || type == Types.BINARY
                                    ? rs.getBytes(i) == null ? null : inflateOrRaw(rs.getBytes(i)) : rs.getString(i);
                            for (String needle : needles) {
                                if (value != null && value.toLowerCase().contains(needle)) {
                                    found.add(table + "." + rs.getMetaData().getColumnName(i));
                                }
                            }
                        }
                    }
                }
            }
            c.rollback();
        }
        return found;
    }

    private static String inflateOrRaw(byte[] bytes) {
        try {
            return Bodies.inflate(bytes);
        } catch (RuntimeException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private AlertState crossForceOn(String source) {
        return bus.runtime().alerts().all().stream()
                .filter(a -> a.type() == AlertType.CROSS_FORCE_PERSON && a.sources().contains(source)).findFirst().orElseThrow();
    }

    private String entityOf(String mentionKey) {
        return store.one("SELECT entity_id FROM mention WHERE mention_key = ?", mentionKey);
    }

    private long pendingAlerts() throws Exception {
        return bus.runtime().relay().pending();
    }
}
