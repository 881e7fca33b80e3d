package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crosslink.config.Settings;
import org.crosslink.store.Json;
import org.crosslink.test.Cli;
import org.crosslink.test.Reports;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 'explain' lists the persons of other entities who share a phone, a vehicle, an e-mail address or a bank account with
 * a person: associates, not the same person. Replayed without the console, so the look-up reads the mentions the search
 * index has not (here: all of them).
 */
class ExplainAssociatesTest {
    private static final List<String> MILL_LANE = List.of("12 Mill Lane");
    private static Settings settings;
    private static Path entities;
    private static String explained;

    @BeforeAll
    static void replay() throws Exception {
        Path dir = TestSettings.newDataDir("explain-shared");
        settings = TestSettings.create(dir, Map.of());
        Path file = dir.resolve("reports.jsonl");
        // six people, no two alike in name or date of birth: Ana shares something different with each of five, and
        // George has a phone of his own
        Files.write(file, List.of(
                Reports.report("MET", "MET-S-1").person("P1", "POTENTIAL_VICTIM", "Ana", "Popescu", "1999-04-02",
                        "PHONE=07700 900461", "VEHICLE=KX19 ABC", "EMAIL=ana.p@example.com", "BANK_ACCOUNT=20-00-00 12345678",
                        "PASSPORT=RO1112223").livesAt("L1").address("L1", "ADDRESS", null, MILL_LANE, "Luton", "LU1 1AA").json(),
                Reports.report("GMP", "GMP-S-2").person("P1", "SUSPECT", "Ion", "Lungu", "1970-11-30", "PHONE=+44 7700 900461").json(),
                Reports.report("WMP", "WMP-S-3").person("P1", "SUSPECT", "Mihai", "Dobre", "1981-02-14", "VEHICLE=kx19abc").json(),
                Reports.report("KENT", "KENT-S-4").person("P1", "WITNESS", "Elena", "Stan", "1992-07-21", "EMAIL=Ana.P@Example.com").json(),
                Reports.report("ESSEX", "ESSEX-S-5").person("P1", "SUSPECT", "Dan", "Munteanu", "1965-05-05",
                        "BANK_ACCOUNT=200000 12345678").json(),
                Reports.report("NCA", "NCA-S-6").person("P1", "SUSPECT", "Vlad", "Radu", "1975-09-09", "PHONE=07700 900999")
                        .livesAt("L1").address("L1", "ADDRESS", null, MILL_LANE, "Luton", "LU1 1AA").json(),
                Reports.report("MET", "MET-S-7").person("P1", "WITNESS", "George", "Ilie", "1988-03-03", "PHONE=07700 900462").json()));
        entities = dir.resolve("entities.jsonl");
        assertThat(Cli.run(settings, "replay", file.toString(), "--export-entities", entities.toString(), "--no-train").exit()).isZero();
        Cli.Result r = Cli.run(settings, "explain", entityOf("MET-S-1"));
        assertThat(r.exit()).isZero();
        explained = r.out();
    }

    @Test
    void aPhoneWrittenAnotherWayMakesAnAssociate() throws Exception {
        assertThat(explained).contains("  " + entityOf("GMP-S-2") + " shares a phone in GMP/GMP-S-2 (with MET/MET-S-1)");
    }

    @Test
    void aSharedVehicleMakesAnAssociate() throws Exception {
        assertThat(explained).contains("  " + entityOf("WMP-S-3") + " shares a vehicle in WMP/WMP-S-3 (with MET/MET-S-1)");
    }

    @Test
    void aSharedEmailAddressMakesAnAssociate() throws Exception {
        assertThat(explained).contains("  " + entityOf("KENT-S-4") + " shares an e-mail address in KENT/KENT-S-4 (with MET/MET-S-1)");
    }

    @Test
    void aSharedBankAccountMakesAnAssociate() throws Exception {
        assertThat(explained).contains("  " + entityOf("ESSEX-S-5") + " shares a bank account in ESSEX/ESSEX-S-5 (with MET/MET-S-1)");
    }

    @Test
    void aSharedPlaceAloneMakesAnAssociateThroughThePlaceOnly() throws Exception {
        String vlad = entityOf("NCA-S-6");
        assertThat(explained).containsPattern("(?m)^  " + vlad + " at L-[A-Z0-9]+ in NCA/NCA-S-6$");
        assertThat(explained).doesNotContain(vlad + " shares");
    }

    @Test
    void anIdentifierNobodyElseHasMakesNoAssociate() throws Exception {
        assertThat(explained).doesNotContain(entityOf("MET-S-7"));
    }

    @Test
    void theSharedValuesAreNotPrintedAsAssociates() {
        String section = explained.substring(explained.indexOf("Associates sharing"));
        assertThat(section).doesNotContain("7700", "KX19", "example.com", "12345678", "Lungu", "Dobre");
    }

    private static String entityOf(String reportId) throws Exception {
        for (String line : Files.readAllLines(entities)) {
            var node = Json.MAPPER.readTree(line);
            if (node.path("reportId").asString().equals(reportId) && node.path("kind").asString().equals("PERSON")) {
                return node.path("entityId").asString();
            }
        }
        throw new AssertionError("no person of " + reportId + " in " + entities);
    }
}
