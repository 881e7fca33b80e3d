package org.crosslink.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import org.crosslink.test.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever arrives, intake answers with a clear rejection, in bounded time and memory: the parser's limits
 * (size, depth, tokens, string and number length) stop a hostile body before it costs anything.
 */
class HostileInputTest {
    private static final Intake INTAKE = IntakeFixture.intake();
    private static final String VALID_HEAD = "{\"schemaVersion\":1,\"reportId\":\"MET-1\",\"source\":\"MET\",\"revision\":1,"
            + "\"reportedAt\":\"2026-11-28T10:15:00Z\",\"grading\":{\"source\":\"1\",\"intelligence\":\"B\",\"handling\":\"P\"},";

    static Stream<Arguments> hostile() {
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        return Stream.of(
                Arguments.of("deeply nested arrays", "[".repeat(100_000) + "]".repeat(100_000), RejectionCode.LIMIT_EXCEEDED),
                Arguments.of("deeply nested objects", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), RejectionCode.LIMIT_EXCEEDED),
                Arguments.of("a huge string", VALID_HEAD + "\"narrative\":\"" + "x".repeat(300_000) + "\",\"persons\":[{\"ref\":\"P1\"}]}",
                        RejectionCode.LIMIT_EXCEEDED),
                Arguments.of("a huge array (JSON bomb of tokens)", VALID_HEAD + "\"exploitation\":[" + "1,".repeat(250_000) + "1],"
                        + "\"persons\":[{\"ref\":\"P1\"}]}", RejectionCode.LIMIT_EXCEEDED),
                Arguments.of("many persons", VALID_HEAD + "\"persons\":[" + "{\"ref\":\"P1\"},".repeat(5_000) + "{\"ref\":\"P2\"}]}",
                        RejectionCode.INVALID_VALUE),
                Arguments.of("a number with 500 digits", VALID_HEAD.replace("\"revision\":1", "\"revision\":" + "9".repeat(500))
                        + "\"persons\":[{\"ref\":\"P1\"}]}", RejectionCode.LIMIT_EXCEEDED),
                Arguments.of("a revision out of range", VALID_HEAD.replace("\"revision\":1", "\"revision\":99999999999999999999")
                        + "\"persons\":[{\"ref\":\"P1\"}]}", RejectionCode.INVALID_VALUE),
                Arguments.of("a fractional revision too large for the validator (found by the fuzzer)",
                        VALID_HEAD.replace("\"revision\":1", "\"revision\":3.3333333333333335E59") + "\"persons\":[{\"ref\":\"P1\"}]}",
                        RejectionCode.INVALID_VALUE),
                Arguments.of("a latitude out of range", VALID_HEAD + "\"locations\":[{\"ref\":\"L1\",\"latitude\":1e400,\"longitude\":0}]}",
                        RejectionCode.INVALID_VALUE),
                Arguments.of("duplicate keys", "{\"reportId\":\"a\",\"reportId\":\"b\"}", RejectionCode.DUPLICATE_KEY),
                Arguments.of("trailing garbage", VALID_HEAD + "\"persons\":[{\"ref\":\"P1\"}]} and more", RejectionCode.NOT_JSON),
                Arguments.of("non-JSON bytes", new String(binary, StandardCharsets.ISO_8859_1), RejectionCode.NOT_JSON),
                Arguments.of("an empty message", "", RejectionCode.EMPTY_MESSAGE),
                Arguments.of("whitespace only", " \n\t ", RejectionCode.EMPTY_MESSAGE),
                Arguments.of("a message over the size limit", "{\"x\":\"" + "y".repeat(1_100_000) + "\"}", RejectionCode.OVERSIZE),
                Arguments.of("a JSON string, not an object", "\"report\"", RejectionCode.NOT_AN_OBJECT),
                Arguments.of("null", "null", RejectionCode.NOT_AN_OBJECT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aHostileBodyIsRejectedWithAClearReasonInBoundedTime(String name, String body, RejectionCode expected) {
        IntakeResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> INTAKE.examine("MET", null, body));

        assertThat(result).isInstanceOf(IntakeResult.Rejected.class);
        IntakeResult.Rejected rejected = (IntakeResult.Rejected) result;
        assertThat(rejected.code()).isEqualTo(expected);
        assertThat(rejected.reasons().get(0).message()).isNotBlank().hasSizeLessThan(2000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void theSameBodyAsBytesIsRejectedToo(String name, String body, RejectionCode expected) {
        IntakeResult result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> INTAKE.examine("MET", null, body.getBytes(StandardCharsets.UTF_8)));

        assertThat(result).isInstanceOf(IntakeResult.Rejected.class);
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsPassedOverAsTextAndAsBytes() {
        String report = Reports.report("MET", "MET-BOM-1").person("P1", "WITNESS", "Ana", "Popescu", null).json();

        IntakeResult asText = INTAKE.examine("MET", null, "\uFEFF" + report);
        IntakeResult asBytes = INTAKE.examine("MET", null, ("\uFEFF" + report).getBytes(StandardCharsets.UTF_8));

        assertThat(asText).isInstanceOf(IntakeResult.Accepted.class);
        assertThat(asBytes).isInstanceOf(IntakeResult.Accepted.class);
    }

    @Test
    void invalidUtf8IsRejectedAsInvalidEncoding() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};

        IntakeResult result = INTAKE.examine("MET", null, body);

        assertThat(((IntakeResult.Rejected) result).code()).isEqualTo(RejectionCode.INVALID_ENCODING);
    }

    @Test
    void aBodyTooLargeToReadIsRejectedWithoutBeingRead() {
        IntakeResult result = INTAKE.examine("MET", null, new Oversize(50_000_000));

        assertThat(((IntakeResult.Rejected) result).code()).isEqualTo(RejectionCode.OVERSIZE);
        assertThat(((IntakeResult.Rejected) result).reasons().get(0).message()).contains("50000000");
    }
}
