package org.crosslink.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.store.SearchStore;
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

/**
 * The search index keeps only current mentions: a superseded mention's rows go at the index's next step, an erased
 * report's rows go in the erasure's own transaction, and a mention id is never given twice. A real bus without its
 * console; the index is stepped by hand, so that what each step does can be seen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIndexTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Settings settings;
    private Bus bus;
    private Store store;
    private SearchStore search;
    private SearchIndexer indexer;

    /** The bus's settings: its console off, on the embedded database. */
    Settings settings(Map<String, String> overrides) throws Exception {
        return TestSettings.create(TestSettings.newDataDir("search-index"), overrides);
    }

    @BeforeAll
    void start() throws Exception {
        settings = settings(Map.of("crosslink.console.enabled", "false"));
        bus = new Bus(settings).start();
        store = new Store(bus.runtime().db());
        search = new SearchStore(bus.runtime().db());
        indexer = new SearchIndexer(search, 20_000, 250);
        try (Clients clients = new Clients(settings)) {
            clients.send("MET", Reports.report("MET", "MET-SI-1")
                    .person("P1", "SUSPECT", "Quentin", "Marlowe", "1981-03-04", "PHONE=07700 900811").json());
            clients.send("GMP", Reports.report("GMP", "GMP-SI-2")
                    .person("P1", "WITNESS", "Hester", "Pilkington", "1979-05-06", "PHONE=07700 900822").json());
            clients.send("KENT", Reports.report("KENT", "KENT-SI-3")
                    .person("P1", "POTENTIAL_VICTIM", "Ottoline", "Vexworth", "2001-07-08", "PHONE=07700 900833").json());
        }
        await().atMost(WAIT).until(() -> store.total() == 3);
        indexAll();
    }

    @AfterAll
    void stop() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    @Order(1)
    void aSupersededMentionsRowsGoAtTheIndexsNextStepAndItsNewRevisionIsFound() throws Exception {
        List<Long> old = mentionIds("MET/MET-SI-1");
        assertThat(found("07700 900811")).containsExactlyElementsOf(old);

        try (Clients clients = new Clients(settings)) {
            clients.send("MET", Reports.report("MET", "MET-SI-1").revision(2)
                    .person("P1", "SUSPECT", "Quentin", "Marlowe", "1981-03-04", "PHONE=07700 900899").json());
        }
        await().atMost(WAIT).until(() -> store.total() == 4 && !mentionIds("MET/MET-SI-1").equals(old));
        assertThat(rowsOf(old)).as("rows stay until the index's next step").isPositive();
        assertThat(store.rows("SELECT mention_id FROM search_gone")).extracting(r -> Long.valueOf(r.get(0))).containsAll(old);

        indexAll();

        assertThat(rowsOf(old)).isZero();
        assertThat(store.one("SELECT COUNT(*) FROM search_gone")).isEqualTo("0");
        assertThat(found("07700 900811")).isEmpty();
        assertThat(found("07700 900899")).containsExactlyElementsOf(mentionIds("MET/MET-SI-1"));
    }

    @Test
    @Order(2)
    void anErasedReportsTermsLeaveTheIndexInTheErasuresOwnTransaction() throws Exception {
        List<Long> erased = mentionIds("KENT/KENT-SI-3");
        assertThat(found("Ottoline Vexworth")).containsAll(erased);
        assertThat(rowsOf(erased)).isPositive();

        Cli.Result r = Cli.run(settings, "erase", "KENT/KENT-SI-3", "--reason", "test of the search index");
        assertThat(r.exit()).as(r.out()).isZero();
        await().atMost(WAIT).until(() -> mentionIds("KENT/KENT-SI-3").isEmpty());

        // no step of the index has run since the erasure: the batch that erased the content deleted the rows
        assertThat(rowsOf(erased)).isZero();
        assertThat(found("Ottoline Vexworth")).isEmpty();
        assertThat(found("07700 900833")).isEmpty();
        assertThat(found("KENT-SI-3")).isEmpty();
        assertThat(found("Hester Pilkington")).as("another report's terms stay").containsExactlyElementsOf(mentionIds("GMP/GMP-SI-2"));

        indexAll();
        assertThat(store.one("SELECT COUNT(*) FROM search_gone")).isEqualTo("0");
    }

    @Test
    @Order(3)
    void aMergeAndASplitLeaveTheIndexWithTheRowsOfCurrentMentionsOnlyAndSearchFindsTheEntityAsItIsNow() throws Exception {
        // MET knows him by passport and full date of birth, GMP by phone, address and year of birth: apart. WMP has all
        // of it and joins them; erasing WMP's report splits them again.
        List<String> dock = List.of("9 Quay Street");
        String retired;
        try (Clients clients = new Clients(settings)) {
            clients.send("MET", Reports.report("MET", "MET-SI-6").person("P1", "SUSPECT", "Radu", "Vasilescu", "1968-09-14",
                    "PASSPORT=RO7654321").json());
            clients.send("GMP", Reports.report("GMP", "GMP-SI-7").person("P1", "SUSPECT", "Radu", "Vasilescu", "1968",
                    "PHONE=07700 900866").livesAt("L1").address("L1", "ADDRESS", null, dock, "Grimsby", "DN31 3LL").json());
            await().atMost(WAIT).until(() -> mentionIds("GMP/GMP-SI-7").size() == 2 && mentionIds("MET/MET-SI-6").size() == 1);
            indexAll();
            assertThat(entityOf("MET/MET-SI-6")).isNotEqualTo(entityOf("GMP/GMP-SI-7"));
            retired = entityOf("GMP/GMP-SI-7");

            clients.send("WMP", Reports.report("WMP", "WMP-SI-8").person("P1", "SUSPECT", "Radu", "Vasilescu", "1968-09-14",
                    "PASSPORT=RO7654321", "PHONE=07700 900866").livesAt("L1").address("L1", "ADDRESS", null, dock, "Grimsby", "DN31 3LL").json());
        }
        await().atMost(WAIT).until(() -> mentionIds("WMP/WMP-SI-8").size() == 2);
        await().atMost(WAIT).until(() -> entityOf("GMP/GMP-SI-7").equals(entityOf("MET/MET-SI-6")));
        indexAll();

        assertThat(entitiesFound("Radu Vasilescu")).containsExactly(entityOf("MET/MET-SI-6")).doesNotContain(retired);
        assertThat(entitiesFound("07700 900866")).containsExactly(entityOf("MET/MET-SI-6"));
        assertOnlyCurrentMentionsIndexed();

        List<Long> bridge = mentionIds("WMP/WMP-SI-8");
        assertThat(Cli.run(settings, "erase", "WMP/WMP-SI-8", "--reason", "test of the search index").exit()).isZero();
        await().atMost(WAIT).until(() -> mentionIds("WMP/WMP-SI-8").isEmpty());
        indexAll();

        assertThat(rowsOf(bridge)).isZero();
        assertThat(entitiesFound("Radu Vasilescu")).containsExactlyInAnyOrder(entityOf("MET/MET-SI-6"), entityOf("GMP/GMP-SI-7"));
        assertThat(entitiesFound("07700 900866")).containsExactly(entityOf("GMP/GMP-SI-7"));
        assertOnlyCurrentMentionsIndexed();
    }

    @Test
    @Order(4)
    void indexingEverythingAgainLeavesTheSameRowsAndTheSameAnswers() throws Exception {
        indexAll();
        String terms = store.one("SELECT COUNT(*) FROM search_term");
        List<Long> before = found("Radu Vasilescu");
        assertThat(before).isNotEmpty();

        bus.runtime().db().inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE search_progress SET last_mention_id = 0 WHERE id = 1");
            }
        });
        indexAll();

        assertThat(store.one("SELECT COUNT(*) FROM search_term")).isEqualTo(terms);
        assertThat(found("Radu Vasilescu")).isEqualTo(before);
        assertOnlyCurrentMentionsIndexed();
    }

    @Test
    @Order(5)
    void aMentionIdIsNeverGivenTwiceWhenTheNewestMentionsWereDeletedBeforeARestart() throws Exception {
        try (Clients clients = new Clients(settings)) {
            clients.send("WMP", Reports.report("WMP", "WMP-SI-4")
                    .person("P1", "WITNESS", "Barnaby", "Quell", "1970-01-02", "PHONE=07700 900844").json());
        }
        await().atMost(WAIT).until(() -> mentionIds("WMP/WMP-SI-4").size() == 1);
        long newest = mentionIds("WMP/WMP-SI-4").get(0);
        indexAll();
        assertThat(Cli.run(settings, "erase", "WMP/WMP-SI-4", "--reason", "test of the search index").exit()).isZero();
        await().atMost(WAIT).until(() -> mentionIds("WMP/WMP-SI-4").isEmpty());
        indexAll();
        bus.close();

        bus = new Bus(settings).start();
        store = new Store(bus.runtime().db());
        search = new SearchStore(bus.runtime().db());
        indexer = new SearchIndexer(search, 20_000, 250);
        try (Clients clients = new Clients(settings)) {
            clients.send("WMP", Reports.report("WMP", "WMP-SI-5")
                    .person("P1", "WITNESS", "Cordelia", "Thwaite", "1972-03-04", "PHONE=07700 900855").json());
        }
        await().atMost(WAIT).until(() -> mentionIds("WMP/WMP-SI-5").size() == 1);

        assertThat(mentionIds("WMP/WMP-SI-5").get(0)).isGreaterThan(newest);
        indexAll();
        assertThat(found("Cordelia Thwaite")).containsExactlyElementsOf(mentionIds("WMP/WMP-SI-5"));
    }

    private void indexAll() throws Exception {
        while (indexer.step() > 0) {
            // until a step finds nothing to do
        }
    }

    private List<Long> found(String query) throws Exception {
        return search.find(SearchTerms.hashes(SearchTerms.query(query)), 50).stream().map(SearchStore.Hit::mentionId).sorted().toList();
    }

    /** The entities the mentions found are in now, each once. */
    private List<String> entitiesFound(String query) throws Exception {
        List<Long> mentions = found(query);
        if (mentions.isEmpty()) {
            return List.of();
        }
        return store.rows("SELECT DISTINCT entity_id FROM mention WHERE id IN (" + String.join(", ", mentions.stream().map(String::valueOf).toList())
                + ") ORDER BY entity_id").stream().map(r -> r.get(0)).toList();
    }

    /** The entity a report's first person is in now. */
    private String entityOf(String reportKey) {
        return store.one("SELECT entity_id FROM mention WHERE report_key = ? AND kind = 'P' ORDER BY id", reportKey);
    }

    /** Every mention in the store has its rows in the index, and no other mention has any. */
    private void assertOnlyCurrentMentionsIndexed() {
        assertThat(store.rows("SELECT mention_id FROM search_mention ORDER BY mention_id"))
                .isEqualTo(store.rows("SELECT id FROM mention ORDER BY id"));
        assertThat(store.one("SELECT COUNT(*) FROM search_term"))
                .isEqualTo(store.one("SELECT CAST(COALESCE(SUM(OCTET_LENGTH(term_keys)), 0) / 8 AS BIGINT) FROM search_mention"));
        assertThat(store.one("SELECT COUNT(*) FROM search_gone")).isEqualTo("0");
    }

    private List<Long> mentionIds(String reportKey) {
        return store.rows("SELECT id FROM mention WHERE report_key = ? ORDER BY id", reportKey).stream().map(r -> Long.valueOf(r.get(0))).toList();
    }

    private long rowsOf(List<Long> mentions) throws Exception {
        long n = 0;
        for (long m : mentions) {
            n += search.rowsOf(m);
        }
        return n;
    }
}
