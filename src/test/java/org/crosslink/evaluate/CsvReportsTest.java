package org.crosslink.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crosslink.model.Identifier;
import org.crosslink.model.IdentifierType;
import org.crosslink.model.Location;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows of a labelled CSV file as reports: one person, a location when the row has an address, the truth of both. */
class CsvReportsTest {
    private static final String MAPPING = "id=rec,truth=cluster,givenName=first,familyName=last,dateOfBirth=dob,phone=phone,"
            + "nationalId=ni,addressLine1=number+street,town=town,postcode=pc,country='GB'";

    @TempDir
    Path dir;

    private LabelledData read(String... lines) throws Exception {
        Path csv = dir.resolve("rows.csv");
        Files.write(csv, List.of(lines));
        return CsvReports.read(csv, ColumnMapping.parse(MAPPING), 46);
    }

    @Test
    void aRowBecomesAReportWithAPersonAndTheAddressItLivesAt() throws Exception {
        LabelledData data = read("rec,cluster,first,last,dob,phone,ni,number,street,town,pc",
                "r1,7,Ana,Popescu,14/03/1990,07700 900123,,12,Mill Lane,Luton,LU1 1AA");

        Report r = data.reports().get(0);
        Person p = r.persons().get(0);
        assertThat(p.givenName()).isEqualTo("Ana");
        assertThat(p.dateOfBirth()).isEqualTo("1990-03-14");
        assertThat(p.identifiers()).extracting(Identifier::type).containsExactly(IdentifierType.PHONE);
        assertThat(p.locationRefs()).containsExactly("L1");
        Location l = r.locations().get(0);
        assertThat(l.addressLines()).containsExactly("12 Mill Lane");
        assertThat(l.country()).isEqualTo("GB");
        assertThat(data.personTruth()).containsEntry(new MentionKey(r.key(), "P1"), "7");
        assertThat(data.locationTruth()).containsEntry(new MentionKey(r.key(), "L1"), "7");
        assertThat(data.rowIds()).containsEntry(r.key(), "r1");
        assertThat(r.reportId()).doesNotContain("r1").startsWith(r.source() + "-");
    }

    @Test
    void aRowWithoutAnAddressHasNoLocation() throws Exception {
        LabelledData data = read("rec,cluster,first,last,dob,phone,ni,number,street,town,pc", "r1,7,Ana,Popescu,19900314,,,,,,");

        assertThat(data.reports().get(0).locations()).isEmpty();
        assertThat(data.reports().get(0).persons().get(0).dateOfBirth()).isEqualTo("1990-03-14");
        assertThat(data.locationTruth()).isEmpty();
    }

    @Test
    void rowsWithoutTruthWithTheWrongNumberOfValuesOrARepeatedIdAreSkippedAndCounted() throws Exception {
        LabelledData data = read("rec,cluster,first,last,dob,phone,ni,number,street,town,pc",
                "r1,7,Ana,Popescu,,,,,,,",
                "r2,,Bob,Jones,,,,,,,",
                "r3,8,Cy",
                "r1,9,Dan,Evans,,,,,,,");

        assertThat(data.reports()).hasSize(1);
        assertThat(data.problems().count()).isEqualTo(3);
        assertThat(data.problems().byReason()).containsOnlyKeys("no truth", "wrong number of columns", "duplicate id");
        assertThat(data.problems().first()).containsExactly("rows.csv:3: no truth", "rows.csv:4: wrong number of columns (3 values for 11 columns)",
                "rows.csv:5: duplicate id (r1)");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstColumnsName() throws Exception {
        LabelledData data = read("\uFEFFrec,cluster,first,last,dob,phone,ni,number,street,town,pc", "r1,7,Ana,Popescu,,,,,,,");

        assertThat(data.rowIds()).containsValue("r1");
    }

    @Test
    void aHeaderWithoutAMappedColumnIsRefusedNamingTheColumnsThereAre() {
        assertThatThrownBy(() -> read("rec,cluster,first", "r1,7,Ana"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rows.csv has no column last, dob, phone, ni, number, street, town, pc; its columns: rec, cluster, first");
    }

    @Test
    void aMissingValueMarkerIsABlankCellAndARowWhoseTruthIsMissingIsSkipped() throws Exception {
        LabelledData data = read("rec,cluster,first,last,dob,phone,ni,number,street,town,pc",
                "r1,7,Ana,NA,NULL,#N/A,N/A,NA,NA,NA,NA", "r2,NA,Bob,Jones,,,,,,,");

        Person p = data.reports().get(0).persons().get(0);
        assertThat(p.givenName()).isEqualTo("Ana");
        assertThat(p.familyName()).isNull();
        assertThat(p.dateOfBirth()).isNull();
        assertThat(p.identifiers()).isEmpty();
        assertThat(data.reports().get(0).locations()).isEmpty();
        assertThat(data.reports()).hasSize(1);
    }

    @Test
    void theMissingValueMarkersAreTheCallersToChoose() throws Exception {
        Path csv = dir.resolve("rows.csv");
        Files.write(csv, List.of("rec,cluster,first,last", "r1,7,Ji-woo,NA", "r2,8,Bob,-"));
        ColumnMapping mapping = ColumnMapping.parse("id=rec,truth=cluster,givenName=first,familyName=last").withMissing(List.of("-"));

        List<Report> reports = CsvReports.read(csv, mapping, 46).reports();

        assertThat(reports).extracting(r -> r.persons().get(0).familyName()).containsExactly("NA", null);
    }

    @Test
    void aDateWrittenDayFirstOrYearFirstWithOtherSeparatorsBecomesIso() {
        assertThat(CsvReports.date("14.03.1990")).isEqualTo("1990-03-14");
        assertThat(CsvReports.date("4-3-1990")).isEqualTo("1990-03-04");
        assertThat(CsvReports.date("1990/3/14")).isEqualTo("1990-03-14");
        assertThat(CsvReports.date("1990 3")).isEqualTo("1990-03");
        assertThat(CsvReports.date("1990")).isEqualTo("1990");
        assertThat(CsvReports.date("March 1990")).isEqualTo("March 1990");
    }

    @Test
    void aDateInThreeColumnsIsReadYearFirstOrYearLastAndAMissingPartLeavesTheDateShorter() throws Exception {
        Path csv = dir.resolve("parts.csv");
        Files.write(csv, List.of("rec,cluster,by,bm,bd", "r1,1,1949,7,22", "r2,2,1949,7,NA", "r3,3,1949,NA,22", "r4,4,NA,7,22"));
        Path dayFirst = dir.resolve("day-first.csv");
        Files.write(dayFirst, List.of("rec,cluster,d,m,y", "r1,1,22,7,1949"));

        List<String> years = CsvReports.read(csv, ColumnMapping.parse("id=rec,truth=cluster,dateOfBirth=by+bm+bd"), 46).reports()
                .stream().map(r -> r.persons().get(0).dateOfBirth()).toList();
        String dayMonthYear = CsvReports.read(dayFirst, ColumnMapping.parse("id=rec,truth=cluster,dateOfBirth=d+m+y"), 46).reports()
                .get(0).persons().get(0).dateOfBirth();

        assertThat(years).containsExactly("1949-07-22", "1949-07", "1949", null);
        assertThat(dayMonthYear).isEqualTo("1949-07-22");
    }

    @Test
    void aDateOfBirthThatIsNoDateIsKeptAsWrittenAndNoted() throws Exception {
        LabelledData data = read("rec,cluster,first,last,dob,phone,ni,number,street,town,pc",
                "r1,7,Ana,Popescu,March 1990,,,,,,", "r2,7,Ana,Popescu,1990-03-14,,,,,,");

        assertThat(data.reports()).hasSize(2);
        assertThat(data.reports().get(0).persons().get(0).dateOfBirth()).isEqualTo("March 1990");
        assertThat(data.problems().notedByReason()).containsExactly(Map.entry("date of birth not read as a date: taken as none", 1));
        assertThat(data.problems().firstNoted()).singleElement().asString().startsWith("rows.csv:2: ").endsWith("(March 1990)");
        assertThat(data.problems().count()).isZero();
    }

    @Test
    void aFileExportedWithSemicolonsOrTabsIsReadByItsHeadersDelimiter() throws Exception {
        Path semicolons = dir.resolve("semicolons.csv");
        Files.write(semicolons, List.of("rec;cluster;first;last;dob", "r1;7;Ana;\"Popescu, Ionescu\";14.03.1990"));
        Path tabs = dir.resolve("tabs.csv");
        Files.write(tabs, List.of("rec\tcluster\tfirst\tlast\tdob", "r1\t7\tAna\tPopescu\t14.03.1990"));
        ColumnMapping mapping = ColumnMapping.parse("id=rec,truth=cluster,givenName=first,familyName=last,dateOfBirth=dob");

        Person bySemicolons = CsvReports.read(semicolons, mapping, 46).reports().get(0).persons().get(0);
        Person byTabs = CsvReports.read(tabs, mapping, 46).reports().get(0).persons().get(0);

        assertThat(bySemicolons.familyName()).isEqualTo("Popescu, Ionescu");
        assertThat(bySemicolons.dateOfBirth()).isEqualTo("1990-03-14");
        assertThat(byTabs.familyName()).isEqualTo("Popescu");
    }

    @Test
    void aFullNameInOneColumnIsSplitAtItsCommaOrBeforeItsLastWord() throws Exception {
        Path csv = dir.resolve("names.csv");
        Files.write(csv, List.of("rec,cluster,name", "r1,1,\"POPESCU, Ana Maria\"", "r2,2,Ana Maria Popescu", "r3,3,Nok", "r4,4,NA"));

        List<Person> persons = CsvReports.read(csv, ColumnMapping.parse("id=rec,truth=cluster,name=name"), 46).reports().stream()
                .map(r -> r.persons().get(0)).toList();

        assertThat(persons).extracting(Person::givenName).containsExactly("Ana Maria", "Ana Maria", "Nok", null);
        assertThat(persons).extracting(Person::familyName).containsExactly("POPESCU", "Popescu", null, null);
    }

    @Test
    void theSameSeedSpreadsTheRowsOverTheSameSourcesAndIds() throws Exception {
        String[] lines = {"rec,cluster,first,last,dob,phone,ni,number,street,town,pc", "r1,7,Ana,Popescu,,,,,,,", "r2,8,Bob,Jones,,,,,,,"};

        assertThat(read(lines).reports()).extracting(Report::key).isEqualTo(read(lines).reports().stream().map(Report::key).toList());
    }
}
