package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.crosslink.test.Cli;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * 'evaluate' through the command line, with the real engine on the real configuration. The fixture in
 * {@code src/test/resources/evaluate/} holds one false merge any sane model makes (two men with the same name, date
 * of birth and address) and one false split (a woman under her maiden and her married name, sharing nothing else).
 */
class EvaluateCommandTest {
    private static final Pattern PERSON_LINE = Pattern.compile(
            "(?m)^PERSON precision=([01]\\.[0-9]{4}) recall=([01]\\.[0-9]{4}) f1=[01]\\.[0-9]{4} false_merges=([0-9]+) false_splits=([0-9]+) "
                    + "false_merge_pairs=([0-9]+) false_split_pairs=([0-9]+) pred_pairs=([0-9]+) true_pairs=([0-9]+) missing=([0-9]+)\\s*\\z");

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(EvaluateCommandTest.class.getResource("/evaluate/" + name).toURI());
    }

    private static Cli.Result evaluate(String name, String... args) {
        List<String> all = new ArrayList<>(List.of("evaluate"));
        all.addAll(Arrays.asList(args));
        return Cli.run(TestSettings.create(TestSettings.newDataDir("evaluate-" + name), Map.of()), all.toArray(String[]::new));
    }

    private static Matcher personLine(Cli.Result r) {
        Matcher m = PERSON_LINE.matcher(r.out());
        assertThat(m.find()).as("the last line is the PERSON line:%n%s", r.out()).isTrue();
        return m;
    }

    @Test
    void aLabelledSampleCountsItsOneFalseMergeAndItsOneFalseSplit() throws Exception {
        Cli.Result r = evaluate("counts", fixture("reports.jsonl").toString(), "--truth", fixture("truth.jsonl").toString());

        assertThat(r.exit()).isZero();
        Matcher m = personLine(r);
        assertThat(m.group(3)).as("false merges").isEqualTo("1");
        assertThat(m.group(4)).as("false splits").isEqualTo("1");
        assertThat(m.group(5)).as("false merge pairs").isEqualTo("1");
        assertThat(m.group(6)).as("false split pairs").isEqualTo("1");
        assertThat(m.group(8)).as("true pairs: Ana 3, Maria 1, Wei 1").isEqualTo("5");
        assertThat(r.out()).contains("read 11 reports; 0 input lines skipped")
                .containsPattern("(?m)^LOCATION precision=[01]\\.[0-9]{4} recall=.* true_pairs=2 missing=0$");
    }

    @Test
    void theExamplesNameTheMentionsOfEachErrorWithTheEvidenceBetweenThem() throws Exception {
        Cli.Result r = evaluate("examples", fixture("reports.jsonl").toString(), "--truth", fixture("truth.jsonl").toString());

        String merge = block(r.out(), "False merge 1 of 1");
        assertThat(merge).contains("truth mihai-senior:", "truth mihai-cousin:", "WYP/WYP-EV-0004#P1: Mihai Dumitrescu, born 1979-11-02",
                "WYP/WYP-EV-0005#P1: Mihai Dumitrescu").containsPattern("WYP/WYP-EV-000[45]#P1 ~ WYP/WYP-EV-000[45]#P1")
                .containsPattern("p=[01]\\.[0-9]{6} total=[+-][0-9.]+ bits, MATCH").containsPattern("dateOfBirth +EXACT +\\+[0-9.]+");
        assertThat(merge).doesNotContain("Popescu", "Kowalska");
        String split = block(r.out(), "False split 1 of 1");
        assertThat(split).contains("true person maria", "KENT/KENT-EV-0006#P1: Maria Kowalska, born 1992-07-21", "ESSEX/ESSEX-EV-0007#P1: Maria Nowak")
                .containsPattern("KENT/KENT-EV-0006#P1 ~ ESSEX/ESSEX-EV-0007#P1|ESSEX/ESSEX-EV-0007#P1 ~ KENT/KENT-EV-0006#P1")
                .containsPattern("givenName +EXACT").containsPattern("familyName +DIFFERENT");
    }

    @Test
    void examplesZeroPrintsTheFiguresWithoutAnyPersonalData() throws Exception {
        Cli.Result r = evaluate("no-examples", fixture("reports.jsonl").toString(), "--truth", fixture("truth.jsonl").toString(),
                "--examples", "0");

        assertThat(r.exit()).isZero();
        assertThat(personLine(r).group(3)).isEqualTo("1");
        assertThat(r.out()).doesNotContain("False merge", "Dumitrescu", "Kowalska");
    }

    @Test
    void aLineThatIsNotAReportIsCountedWithItsReasonAndTheRestIsScored() throws Exception {
        Path dir = TestSettings.newDataDir("evaluate-bad-lines");
        List<String> lines = new ArrayList<>(Files.readAllLines(fixture("reports.jsonl")));
        lines.add(3, "not json at all");
        lines.add("{\"schemaVersion\": 1, \"reportId\": \"MET-EV-0099\"}");
        lines.add(lines.get(0));
        Path reports = dir.resolve("reports.jsonl");
        Files.write(reports, lines);

        Cli.Result r = evaluate("bad-lines", reports.toString(), "--truth", fixture("truth.jsonl").toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("read 11 reports; 3 input lines skipped", "skipped 1: NOT_JSON", "reports.jsonl:4: NOT_JSON",
                "skipped 1: duplicate report", "reports.jsonl:14: duplicate report (MET/MET-EV-0001 revision 1)")
                .containsPattern("reports.jsonl:13: [A-Z_]+ \\(/");
        Matcher m = personLine(r);
        assertThat(m.group(3) + " " + m.group(4)).isEqualTo("1 1");
    }

    @Test
    void aCsvFileWithAColumnMappingBecomesOneReportARow() throws Exception {
        Path dir = TestSettings.newDataDir("evaluate-csv");
        Path csv = dir.resolve("people.csv");
        Files.write(csv, List.of(
                "rec,cluster,first_name,surname,dob,gender,postcode,city,email,phone",
                "a1,1,Ana,Popescu,14/03/1990,F,LU1 1AA,Luton,ana.popescu@example.org,07700 900123",
                "a2,1,Anna,Popescu,14/03/1990,F,LU1 1AA,Luton,,07700900123",
                "b1,2,Piotr,Zielinski,05/01/1970,M,M1 1AE,Manchester,,",
                "c1,3,Oluwaseun,Adeyemi,30/09/2001,M,,,,",
                "d1,,Nobody,Known,01/01/2000,M,,,,"));

        Cli.Result r = evaluate("csv", csv.toString(), "--columns", "id=rec,truth=cluster,givenName=first_name,familyName=surname,"
                + "dateOfBirth=dob,gender=gender,postcode=postcode,town=city,email=email,phone=phone");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("read 4 reports; 1 input lines skipped", "people.csv:6: no truth")
                .containsPattern("(?m)^LOCATION precision=.* true_pairs=1 missing=0$");
        Matcher m = personLine(r);
        assertThat(m.group(1) + " " + m.group(2)).as("precision recall").isEqualTo("1.0000 1.0000");
        assertThat(m.group(8)).as("true pairs").isEqualTo("1");
    }

    @Test
    void aMappingWithAnUnknownFieldIsRefusedWithoutResolvingAnything() throws Exception {
        Path dir = TestSettings.newDataDir("evaluate-bad-mapping");
        Path csv = dir.resolve("people.csv");
        Files.write(csv, List.of("rec,cluster,first_name", "a1,1,Ana"));

        Cli.Result r = evaluate("bad-mapping", csv.toString(), "--columns", "id=rec,truth=cluster,firstName=first_name");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("PERSON");
    }

    @Test
    void aMappingThatNamesAColumnTheFileLacksIsRefused() throws Exception {
        Path dir = TestSettings.newDataDir("evaluate-no-column");
        Path csv = dir.resolve("people.csv");
        Files.write(csv, List.of("rec,cluster,first_name", "a1,1,Ana"));

        Cli.Result r = evaluate("no-column", csv.toString(), "--columns", "id=rec,truth=cluster,givenName=given");

        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void reportsWithoutTheirTruthAreRefused() throws Exception {
        Cli.Result r = evaluate("no-truth", fixture("reports.jsonl").toString());

        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void thePlotIsAPngOfTheCurveAndTheTableMarksTheConfiguredThreshold() throws Exception {
        Path png = TestSettings.newDataDir("evaluate-plot").resolve("curve.png");

        Cli.Result r = evaluate("plot", fixture("reports.jsonl").toString(), "--truth", fixture("truth.jsonl").toString(),
                "--plot", png.toString());

        assertThat(r.exit()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(r.out()).contains("precision-recall curve written to " + png)
                .containsPattern("(?m)^  0\\.5 +[01]\\.[0-9]{4} ").containsPattern("(?m)^  0\\.999999 +")
                .containsPattern("(?m)^  0\\.99 +[01]\\.[0-9]{4} +[01]\\.[0-9]{4} +[01]\\.[0-9]{4} +[0-9]+  <- configured$");
        List<Double> recalls = Pattern.compile("(?m)^  (0\\.[0-9]+) +[01]\\.[0-9]{4} +([01]\\.[0-9]{4}) ").matcher(r.out()).results()
                .map(x -> Double.parseDouble(x.group(2))).toList();
        assertThat(recalls).hasSize(22);
        for (int i = 1; i < recalls.size(); i++) {
            assertThat(recalls.get(i)).as("recall never rises with the threshold").isLessThanOrEqualTo(recalls.get(i - 1));
        }
    }

    @Test
    void aFebrlFileIsStillScoredAndItsOrdersAgree() throws Exception {
        Path dir = TestSettings.newDataDir("evaluate-febrl");
        Path file = dir.resolve("febrl.csv");
        Files.write(file, febrl());

        Cli.Result r = evaluate("febrl", file.toString(), "--orders", "1");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("read 50 reports; 0 input lines skipped", "order 1: pairwise agreement persons=1.00000")
                .containsPattern("(?m)^LOCATION precision=.* true_pairs=45 missing=0$");
        Matcher m = personLine(r);
        assertThat(m.group(3)).as("false merges").isEqualTo("0");
        assertThat(m.group(8)).as("true pairs: 15 persons of 3 records").isEqualTo("45");
        assertThat(Double.parseDouble(m.group(2))).as("recall").isGreaterThanOrEqualTo(0.9);
    }

    /** 20 persons, 15 of them with two corrupted duplicates: 50 records in the FEBRL layout. */
    private static List<String> febrl() {
        String[] given = {"lachlan", "grace", "joshua", "emily", "oliver", "chloe", "jackson", "mia", "liam", "zoe",
            "harrison", "isabella", "cooper", "ruby", "mitchell", "ella", "brodie", "jasmine", "declan", "tahlia"};
        String[] family = {"berry", "waller", "white", "clarke", "nguyen", "mcdonald", "thompson", "oconnor", "sorensen", "patel",
            "kowalczyk", "brennan", "hartigan", "lindqvist", "abernethy", "castellano", "pemberton", "wojcik", "fairweather", "okafor"};
        String[] street = {"giblin street", "tullaroop street", "mills place", "hay street", "bunya crescent", "kestrel way",
            "wattle grove", "banksia drive", "lyons road", "macquarie street", "darling avenue", "ironbark close", "tasman parade",
            "yarra lane", "barrier highway", "emu bay road", "coral court", "hibiscus terrace", "jacaranda row", "karri loop"};
        String[] suburb = {"bittern", "toowong", "paddington", "glenelg", "fremantle", "sandy bay", "parap", "manuka",
            "newtown", "ascot", "brunswick", "cottesloe", "kew", "mosman", "norwood", "subiaco", "carlton", "hobart", "darwin", "broome"};
        List<String> lines = new ArrayList<>(List.of(
                "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id"));
        for (int i = 0; i < 20; i++) {
            String number = Integer.toString(3 + i * 7);
            String postcode = Integer.toString(2000 + i * 131);
            String dob = String.format("19%02d%02d%02d", 40 + i * 2, 1 + i % 12, 1 + i);
            String ssid = Integer.toString(7100000 + i * 3917);
            lines.add(String.join(", ", "rec-" + i + "-org", given[i], family[i], number, street[i], "", suburb[i], postcode, "nsw", dob, ssid));
            if (i < 15) {
                lines.add(String.join(", ", "rec-" + i + "-dup-0", given[i], family[i] + "e", number, street[i], "", suburb[i], postcode, "nsw",
                        dob, ssid));
                lines.add(String.join(", ", "rec-" + i + "-dup-1", given[i].substring(0, 3), family[i], number, street[i], "", suburb[i],
                        postcode, "nsw", dob, ""));
            }
        }
        return lines;
    }

    /** The lines of one example: from its heading to the next blank line. */
    private static String block(String out, String heading) {
        int start = out.indexOf(heading);
        assertThat(start).as("%s in%n%s", heading, out).isNotNegative();
        int end = out.indexOf("\n\n", start);
        return out.substring(start, end < 0 ? out.length() : end);
    }
}
