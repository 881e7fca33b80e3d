package org.crosslink.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzzes the intake parser and validator: on any input, as text or bytes, intake must answer (accept or
 * reject with a reason) and never throw. With JAZZER_FUZZ=1 (set by the build) it runs for a bounded time;
 * otherwise it replays its corpus.
 */
class IntakeFuzzTest {
    private static final Intake INTAKE = IntakeFixture.intake();
    private static final String SEED = "{\"schemaVersion\":1,\"reportId\":\"MET-1\",\"source\":\"MET\",\"revision\":1,"
            + "\"reportedAt\":\"2026-11-28T10:15:00Z\",\"grading\":{\"source\":\"1\",\"intelligence\":\"B\",\"handling\":\"P\"},"
            + "\"persons\":[{\"ref\":\"P1\",\"givenName\":\"Ana\",\"dateOfBirth\":\"1999-04-02\",\"identifiers\":"
            + "[{\"type\":\"PHONE\",\"value\":\"07700 900123\"}],\"locationRefs\":[\"L1\"]}],\"locations\":[{\"ref\":\"L1\","
            + "\"postcode\":\"LU1 1AA\",\"latitude\":51.8}],\"events\":[{\"type\":\"ARREST\",\"personRef\":\"P1\"}]}";

    @FuzzTest(maxDuration = "45s")
    void intakeAnswersEveryInput(FuzzedDataProvider data) {
        boolean asBytes = data.consumeBoolean();
        boolean mutateSeed = data.consumeBoolean();
        String text;
        if (mutateSeed) {
            int at = data.consumeInt(0, SEED.length());
            text = SEED.substring(0, at) + data.consumeString(200) + SEED.substring(Math.min(SEED.length(), at + data.consumeInt(0, 20)));
        } else {
            text = data.consumeRemainingAsString();
        }
        IntakeResult result = asBytes ? INTAKE.examine("MET", null, text.getBytes(StandardCharsets.UTF_8))
                : INTAKE.examine("MET", null, text);
        assertThat(result).isNotNull();
        if (result instanceof IntakeResult.Rejected r) {
            assertThat(r.reasons()).isNotEmpty();
            assertThat(r.reasons().get(0).message()).isNotNull();
        }
    }
}
