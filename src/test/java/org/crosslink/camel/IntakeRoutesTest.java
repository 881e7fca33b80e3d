package org.crosslink.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.model.Model;
import org.apache.camel.model.RedeliveryPolicyDefinition;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.apache.camel.model.errorhandler.DefaultErrorHandlerDefinition;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.apache.camel.test.main.junit5.Configure;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Headers;
import org.crosslink.pipeline.RetryPolicy;
import org.crosslink.store.Json;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Intake, validation and dedupe through the real routes/ and config/, the real embedded broker and a
 * real JMS client. Each case uses its own source, so that the rejected queues of cases never mix.
 */
@CamelMainTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeRoutesTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final Path dataDir = TestSettings.newDataDir("intake");
    private final Settings settings = TestSettings.create(dataDir, Map.of());
    private final BusConfiguration bus = new BusConfiguration(settings);
    private Clients clients;
    private Store store;

    @Configure
    protected void configure(MainConfigurationProperties config) {
        config.addConfiguration(bus);
        config.withRoutesIncludePattern(settings.home().routesPattern());
    }

    /** The bus starts with the Camel context, before each test's first use; connect then. */
    @BeforeEach
    void connect() throws Exception {
        if (clients == null) {
            clients = new Clients(settings);
            store = new Store(bus.runtime().db());
        }
    }

    @AfterAll
    void disconnect() throws Exception {
        if (clients != null) {
            clients.close();
        }
    }

    @Test
    void theRoutesRetryAReportAsTheBatchCycleDoesFromTheSameSettings() {
        RouteConfigurationDefinition errors = bus.camel().getCamelContextExtension().getContextPlugin(Model.class)
                .getRouteConfigurationDefinition("report-errors");
        RedeliveryPolicyDefinition routes = ((DefaultErrorHandlerDefinition) errors.getErrorHandler().getErrorHandlerType())
                .getRedeliveryPolicy();
        RetryPolicy cycle = bus.runtime().retryPolicy();

        assertThat(resolved(routes.getMaximumRedeliveries())).isEqualTo(cycle.maximumRedeliveries())
                .isEqualTo(settings.getInt("crosslink.errors.maximum-redeliveries"));
        assertThat(resolved(routes.getRedeliveryDelay())).isEqualTo(cycle.redeliveryDelayMs());
        assertThat(Double.parseDouble(bus.camel().resolvePropertyPlaceholders(routes.getBackOffMultiplier())))
                .isEqualTo(cycle.backoffMultiplier());
        assertThat(routes.getUseExponentialBackOff()).isEqualTo("true");
    }

    private long resolved(String placeholder) {
        return Long.parseLong(bus.camel().resolvePropertyPlaceholders(placeholder));
    }

    @Test
    void aValidReportFromAForceIsAcceptedAndItsMentionsResolved() throws Exception {
        long before = store.count("ACCEPTED");
        NotifyBuilder committed = new NotifyBuilder(bus.camel()).fromRoute("intake-batch").whenCompleted(1).create();
        clients.as("MET").sendText("intel.inbound.MET", Reports.report("MET", "MET-OK-1")
                .person("P1", "POTENTIAL_VICTIM", "Ana", "Popescu", "1999-04-02", "PHONE=07700 900123").livesAt("L1")
                .address("L1", "ADDRESS", null, List.of("Unit 4, 12 Mill Lane"), "Luton", "LU1 1AA").json());

        assertThat(committed.matches(20, TimeUnit.SECONDS)).isTrue();
        await().atMost(WAIT).until(() -> store.count("ACCEPTED") == before + 1);
        assertThat(store.one("SELECT revision FROM report WHERE report_key = ?", "MET/MET-OK-1")).isEqualTo("1");
        assertThat(store.rows("SELECT kind, entity_id FROM mention WHERE report_key = ?", "MET/MET-OK-1"))
                .extracting(r -> r.get(0)).containsExactlyInAnyOrder("P", "L");
    }

    static Stream<Arguments> badInput() {
        String valid = Reports.report("GMP", "GMP-1").person("P1", "SUSPECT", "Jon", "Smith", null).json();
        return Stream.of(
                Arguments.of("GMP", "not JSON at all", RejectionExpectation.of("NOT_JSON", "")),
                Arguments.of("WMP", "[1, 2, 3]", RejectionExpectation.of("NOT_AN_OBJECT", "")),
                Arguments.of("WYP", Reports.report("WYP", "X").person("P1", "SUSPECT", "A", "B", null).remove("reportId").json(),
                        RejectionExpectation.of("MISSING_FIELD", "/reportId")),
                Arguments.of("MERSEY", Reports.report("MERSEY", "MERSEY-2").person("P1", "SUSPECT", "A", "B", null).set("revision", "one").json(),
                        RejectionExpectation.of("WRONG_TYPE", "/revision")),
                Arguments.of("KENT", Reports.report("XYZ", "KENT-3").person("P1", "SUSPECT", "A", "B", null).json(),
                        RejectionExpectation.of("UNKNOWN_SOURCE", "/source")),
                Arguments.of("ESSEX", valid, RejectionExpectation.of("SOURCE_MISMATCH", "/source")),
                Arguments.of("TVP", "{\"schemaVersion\":1,\"x\":\"" + "a".repeat(1_100_000) + "\"}", RejectionExpectation.of("OVERSIZE", "")),
                Arguments.of("BTP", "", RejectionExpectation.of("EMPTY_MESSAGE", "")),
                Arguments.of("PSNI", Reports.report("PSNI", "PSNI-4").json(), RejectionExpectation.of("MISSING_FIELD", "")),
                Arguments.of("SCOT", Reports.report("SCOT", "SCOT-5").person("P1", "SUSPECT", "A", "B", null).handling("X", null).json(),
                        RejectionExpectation.of("INVALID_VALUE", "/grading/handling")),
                Arguments.of("NCA", "{\"reportId\":\"a\",\"reportId\":\"b\"}", RejectionExpectation.of("DUPLICATE_KEY", "")),
                Arguments.of("CLEVE", "[".repeat(5000) + "]".repeat(5000), RejectionExpectation.of("LIMIT_EXCEEDED", "")),
                Arguments.of("DURHAM", Reports.report("DURHAM", "DURHAM-6").person("P1", "SUSPECT", "A", "B", null)
                        .set("schemaVersion", 2).json(), RejectionExpectation.of("UNSUPPORTED_SCHEMA_VERSION", "/schemaVersion")),
                Arguments.of("NORTHUM", Reports.report("NORTHUM", "NORTHUM-7").person("P1", "SUSPECT", "A", "B", null)
                        .reportedAt("2026-13-45T99:00:00Z").json(), RejectionExpectation.of("INVALID_VALUE", "/reportedAt")));
    }

    record RejectionExpectation(String code, String pointer) {
        static RejectionExpectation of(String code, String pointer) {
            return new RejectionExpectation(code, pointer);
        }
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badInput")
    void structurallyBadInputGoesToTheSendersRejectedQueueWithTheReasonAndTheOriginalPayload(
            String source, String body, RejectionExpectation expected) throws Exception {
        long before = store.count("REJECTED");
        clients.as(source).sendText("intel.inbound." + source, body);

        Message m = clients.as(source).receive("intel.rejected." + source, WAIT.toMillis());
        assertThat(m).as("rejected message").isNotNull();
        assertThat(m.getStringProperty(Headers.REJECT_CODE)).isEqualTo(expected.code());
        JsonNode reasons = Json.MAPPER.readTree(m.getStringProperty(Headers.REJECT_REASONS));
        assertThat(reasons.get(0).get("code").asString()).isEqualTo(expected.code());
        assertThat(reasons.get(0).get("pointer").asString()).isEqualTo(expected.pointer());
        assertThat(reasons.get(0).get("message").asString()).isNotBlank();
        assertThat(((TextMessage) m).getText()).isEqualTo(body);
        await().atMost(WAIT).until(() -> store.count("REJECTED") == before + 1);
    }

    @Test
    void bytesThatAreNotUtf8AreRejectedAsInvalidEncodingWithTheOriginalBytes() throws Exception {
        byte[] body = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        clients.as("CHESH").sendBytes("intel.inbound.CHESH", body);

        Message m = clients.as("CHESH").receive("intel.rejected.CHESH", WAIT.toMillis());
        assertThat(m.getStringProperty(Headers.REJECT_CODE)).isEqualTo("INVALID_ENCODING");
        byte[] back = new byte[(int) ((BytesMessage) m).getBodyLength()];
        ((BytesMessage) m).readBytes(back);
        assertThat(back).isEqualTo(body);
    }

    @Test
    void problemsInOptionalValuesAreKeptAsWarningsOnAnAcceptedReport() {
        long before = store.count("ACCEPTED");
        Reports r = Reports.report("LANCS", "LANCS-DQ-1")
                .person("P1", "POTENTIAL_VICTIM", "Ion", "Ionescu", "1956-04-31", "SHOE_SIZE=9").livesAt("L1")
                .person("P2", "SUSPECT", "Vasile", "RuÈ™u", "1980-05")
                .address("L1", "ADDRESS", null, List.of("1 High Street"), "Preston", "NOT A POSTCODE");
        send("LANCS", r.json());

        await().atMost(WAIT).until(() -> store.count("ACCEPTED") == before + 1);
        String warnings = store.one("SELECT warnings FROM report WHERE report_key = ?", "LANCS/LANCS-DQ-1");
        assertThat(warnings).contains("IMPOSSIBLE_DATE", "PARTIAL_DATE", "UNKNOWN_IDENTIFIER_TYPE", "NON_UK_POSTCODE", "MISDECODED_TEXT");
    }

    @Test
    void anExactRedeliveryIsDroppedAndCounted() {
        String report = Reports.report("HUMB", "HUMB-DUP-1").person("P1", "WITNESS", "Jan", "Kowalski", "1970-01-01").json();
        long accepted = store.count("ACCEPTED");
        long duplicates = store.count("DUPLICATE");
        send("HUMB", report);
        await().atMost(WAIT).until(() -> store.count("ACCEPTED") == accepted + 1);
        send("HUMB", report);

        await().atMost(WAIT).until(() -> store.count("DUPLICATE") == duplicates + 1);
        assertThat(store.count("ACCEPTED")).isEqualTo(accepted + 1);
        assertThat(store.rows("SELECT id FROM mention WHERE report_key = ?", "HUMB/HUMB-DUP-1")).hasSize(1);
    }

    @Test
    void aHigherRevisionSupersedesAndALowerOneArrivingLaterIsIgnored() {
        long accepted = store.count("ACCEPTED");
        long superseded = store.count("SUPERSEDED");
        send("NYP", Reports.report("NYP", "NYP-REV-1").person("P1", "WITNESS", "Sam", "Jones", null)
                .person("P2", "SUSPECT", "Al", "Brown", null).json());
        await().atMost(WAIT).until(() -> store.count("ACCEPTED") == accepted + 1);
        send("NYP", Reports.report("NYP", "NYP-REV-1").revision(2).status("CLOSED")
                .person("P1", "WITNESS", "Sam", "Jones", "1980-02-03").json());
        await().atMost(WAIT).until(() -> store.count("ACCEPTED") == accepted + 2);
        send("NYP", Reports.report("NYP", "NYP-REV-1").revision(1).person("P1", "WITNESS", "Sam", "Jones", null).json());

        await().atMost(WAIT).until(() -> store.count("SUPERSEDED") == superseded + 1);
        assertThat(store.rows("SELECT revision, investigation FROM report WHERE report_key = ?", "NYP/NYP-REV-1"))
                .containsExactly(List.of("2", "CLOSED"));
        assertThat(store.rows("SELECT ref, revision FROM mention WHERE report_key = ?", "NYP/NYP-REV-1"))
                .containsExactly(List.of("P1", "2"));
    }

    @Test
    void aReportDroppedAsBytesInUtf8IsReadLikeText() throws Exception {
        long before = store.count("ACCEPTED");
        clients.as("SYP").sendBytes("intel.inbound.SYP", Reports.report("SYP", "SYP-BYTES-1")
                .person("P1", "WITNESS", "Łukasz", "Żółć", null).json().getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).until(() -> store.count("ACCEPTED") == before + 1);
    }

    private void send(String source, String body) {
        clients.send(source, body);
    }
}
