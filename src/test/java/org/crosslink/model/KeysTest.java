package org.crosslink.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Report and mention keys are values: equal, and found in a map, by their parts alone. */
class KeysTest {
    @Test
    void twoKeysOfOneReportAreEqualAndHashAlike() {
        ReportKey a = new ReportKey("MET", "MET-2026-000001");
        ReportKey b = ReportKey.parse("MET/MET-2026-000001");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(new MentionKey(a, "P1")).isEqualTo(MentionKey.parse("MET/MET-2026-000001#P1"))
                .hasSameHashCodeAs(MentionKey.parse("MET/MET-2026-000001#P1"));
    }

    @Test
    void keysThatDifferInOnePartAreNotEqual() {
        ReportKey met = new ReportKey("MET", "R1");

        assertThat(met).isNotEqualTo(new ReportKey("GMP", "R1")).isNotEqualTo(new ReportKey("MET", "R2"))
                .isNotEqualTo("MET/R1");
        assertThat(new MentionKey(met, "P1")).isNotEqualTo(new MentionKey(met, "P2"))
                .isNotEqualTo(new MentionKey(new ReportKey("GMP", "R1"), "P1"));
    }

    @Test
    void aMentionIsFoundInAMapByAKeyBuiltAgainFromItsText() {
        Map<MentionKey, String> byKey = new HashMap<>();
        byKey.put(new MentionKey("KENT", "KENT-26-1", "P2"), "found");

        assertThat(byKey.get(MentionKey.parse("KENT/KENT-26-1#P2"))).isEqualTo("found");
    }
}
