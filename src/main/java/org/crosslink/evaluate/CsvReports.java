package org.crosslink.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.crosslink.evaluate.ColumnMapping.Field;
import org.crosslink.model.Exploitation;
import org.crosslink.model.Grading;
import org.crosslink.model.Handling;
import org.crosslink.model.Identifier;
import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.Location;
import org.crosslink.model.LocationKind;
import org.crosslink.model.MentionKey;
import org.crosslink.model.PartialDate;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.ReportKey;
import org.crosslink.model.Role;

/**
 * Turns each row of a labelled CSV file into one report with one person ({@code P1}) and, when the mapping names an
 * address column and the row has an address, one location ({@code L1}); both carry the row's truth. Rows are spread
 * across sources (unless a column gives the source), roles and times by a seeded random, as force systems would send
 * them; report ids are opaque, so nothing in a report reveals the truth.
 */
public final class CsvReports {
    static final List<String> FORCES = List.of("MET", "GMP", "WMP", "WYP", "MERSEY", "KENT", "ESSEX", "TVP", "NCA", "BTP", "PSNI", "SCOT");
    private static final Role[] ROLES = {Role.POTENTIAL_VICTIM, Role.SUSPECT, Role.WITNESS, Role.ASSOCIATE};
    private static final int MAX_HEADER = 1 << 20;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();

    private CsvReports() {
    }

    /**
     * Reads a CSV file with a header row.
     *
     * @throws IllegalArgumentException when the header lacks a column the mapping names, or the file is not CSV
     */
    public static LabelledData read(Path csv, ColumnMapping mapping, long seed) throws IOException {
        Random rng = new Random(seed);
        List<Report> reports = new ArrayList<>();
        Map<MentionKey, String> persons = new HashMap<>();
        Map<MentionKey, String> locations = new HashMap<>();
        Map<ReportKey, String> rowIds = new HashMap<>();
        Set<String> ids = new HashSet<>();
        InputProblems problems = new InputProblems();
        String name = csv.getFileName().toString();
        // a spreadsheet's UTF-8 export may start with a byte-order mark, which would otherwise stick to the first column's name
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BOMInputStream.builder().setInputStream(Files.newInputStream(csv)).get(),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)));
             CSVParser parser = FORMAT.builder().setDelimiter(delimiter(in)).get().parse(in)) {
            List<String> missing = mapping.missingColumns(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(name + " has no column " + String.join(", ", missing)
                        + "; its columns: " + String.join(", ", parser.getHeaderNames()));
            }
            for (CSVRecord row : parser) {
                String where = name + ":" + parser.getCurrentLineNumber();
                String source = FORCES.get(rng.nextInt(FORCES.size()));
                Role role = ROLES[rng.nextInt(ROLES.length)];
                Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(rng.nextInt(300 * 86400));
                if (!row.isConsistent()) {
                    problems.skip(where, "wrong number of columns", row.size() + " values for " + parser.getHeaderNames().size() + " columns");
                    continue;
                }
                Optional<String> truth = mapping.truth(value(row, mapping, Field.TRUTH));
                if (truth.isEmpty()) {
                    problems.skip(where, "no truth", null);
                    continue;
                }
                String id = mapping.has(Field.ID) ? value(row, mapping, Field.ID) : null;
                id = id == null ? "row " + row.getRecordNumber() : id;
                if (!ids.add(id)) {
                    problems.skip(where, "duplicate id", id);
                    continue;
                }
                String named = value(row, mapping, Field.SOURCE);
                String dob = dateOfBirth(row, mapping);
                if (dob != null && !PartialDate.isIso(dob)) { // read, it would be ISO now
                    problems.note(where, "date of birth not read as a date: taken as none", dob);
                }
                Report r = report(named == null ? source : named, id, row, mapping, role, at, dob);
                reports.add(r);
                rowIds.put(r.key(), id);
                persons.put(new MentionKey(r.key(), "P1"), truth.get());
                if (!r.locations().isEmpty()) {
                    locations.put(new MentionKey(r.key(), "L1"), truth.get());
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(name + " is not readable as CSV: " + e.getCause().getMessage(), e);
        }
        return new LabelledData(reports, persons, locations, rowIds, problems);
    }

    private static Report report(String source, String id, CSVRecord row, ColumnMapping mapping, Role role, Instant at, String dob) {
        List<Identifier> identifiers = new ArrayList<>();
        for (Field f : mapping.fields().keySet()) {
            String v = value(row, mapping, f);
            if (v != null && f.identifier().isPresent()) {
                identifiers.add(new Identifier(f.identifier().get(), v));
            }
        }
        String alias = value(row, mapping, Field.ALIAS);
        Location location = location(row, mapping);
        String[] name = mapping.has(Field.NAME) ? split(value(row, mapping, Field.NAME))
                : new String[] {value(row, mapping, Field.GIVEN_NAME), value(row, mapping, Field.FAMILY_NAME)};
        Person p = new Person("P1", role, name[0], name[1],
                alias == null ? List.of() : List.of(alias), dob,
                value(row, mapping, Field.GENDER), value(row, mapping, Field.NATIONALITY), identifiers,
                location == null ? List.of() : List.of("L1"));
        return new Report(1, source + "-" + opaque(id), source, 1, at, InvestigationStatus.OPEN, new Grading("2", "B", Handling.P),
                null, List.of(Exploitation.LABOUR), "Labelled record.", List.of(p), location == null ? List.of() : List.of(location),
                List.of());
    }

    /** The row's address, or none when no address column has a value. */
    private static Location location(CSVRecord row, ColumnMapping mapping) {
        boolean any = false;
        for (Map.Entry<Field, ColumnMapping.Source> e : mapping.fields().entrySet()) {
            any |= e.getKey().isAddress() && e.getValue().constant() == null && value(row, mapping, e.getKey()) != null;
        }
        if (!any) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (Field f : List.of(Field.ADDRESS_LINE_1, Field.ADDRESS_LINE_2)) {
            String v = value(row, mapping, f);
            if (v != null) {
                lines.add(v);
            }
        }
        return new Location("L1", LocationKind.ADDRESS, null, lines, value(row, mapping, Field.TOWN), value(row, mapping, Field.POSTCODE),
                value(row, mapping, Field.REGION), value(row, mapping, Field.COUNTRY), null, null);
    }

    /**
     * A full name in one column as given and family name: {@code Family, Given} when it has a comma, as registers
     * write it; else the last word is the family name ({@code Ana Maria Popescu}), and a name of one word is a given
     * name alone. A name written family first without a comma (much of East Asia, Hungary) needs its own columns.
     */
    static String[] split(String name) {
        if (name == null) {
            return new String[] {null, null};
        }
        int comma = name.indexOf(',');
        if (comma >= 0) {
            return new String[] {blankAsNull(name.substring(comma + 1)), blankAsNull(name.substring(0, comma))};
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] {name, null} : new String[] {name.substring(0, space).trim(), name.substring(space + 1)};
    }

    private static String blankAsNull(String s) {
        return s.isBlank() ? null : s.trim();
    }

    /**
     * The header line's delimiter: a comma, or the semicolon or tab that spreadsheets in much of Europe export with,
     * whichever the header holds most of. The reader is left at the start of the file.
     */
    static char delimiter(BufferedReader in) throws IOException {
        in.mark(MAX_HEADER);
        String header = in.readLine();
        in.reset();
        char best = ',';
        long most = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = header == null ? 0 : header.chars().filter(ch -> ch == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    /** A field's value in a row: its columns' non-blank values joined with a space, or its constant; null when blank. */
    static String value(CSVRecord row, ColumnMapping mapping, Field field) {
        ColumnMapping.Source s = mapping.fields().get(field);
        if (s == null) {
            return null;
        }
        if (s.constant() != null) {
            return s.constant().isBlank() ? null : s.constant();
        }
        StringBuilder out = new StringBuilder();
        for (String c : s.columns()) {
            String v = row.get(c);
            if (!mapping.isBlank(v)) {
                out.append(out.isEmpty() ? "" : " ").append(v.trim());
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /**
     * The row's date of birth in the wire format. Three columns are a date in parts, year first or year last
     * ({@code dateOfBirth=by+bm+bd}, {@code dateOfBirth=day+month+year}): a missing day leaves the year and month, a
     * missing month the year alone. One column is read by {@link #date(String)}.
     */
    static String dateOfBirth(CSVRecord row, ColumnMapping mapping) {
        ColumnMapping.Source s = mapping.fields().get(Field.DATE_OF_BIRTH);
        if (s == null || s.constant() != null || s.columns().size() != 3) {
            return date(value(row, mapping, Field.DATE_OF_BIRTH));
        }
        List<String> parts = new ArrayList<>(3);
        for (String c : s.columns()) {
            String v = row.get(c);
            parts.add(mapping.isBlank(v) ? null : v.trim());
        }
        boolean yearLast = parts.get(2) != null && parts.get(2).length() == 4 && (parts.get(0) == null || parts.get(0).length() <= 2);
        String year = parts.get(yearLast ? 2 : 0);
        String month = parts.get(1);
        String day = parts.get(yearLast ? 0 : 2);
        if (year == null) {
            return null;
        }
        return date(month == null ? year : day == null ? year + "-" + month : year + "-" + month + "-" + day);
    }

    /** A date of birth in the wire format's ISO shape when {@link PartialDate} reads it; anything else is kept as given, for intake to judge. */
    static String date(String v) {
        PartialDate d = v == null ? null : PartialDate.parse(v);
        return d == null ? v : d.toString();
    }

    static String opaque(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("crosslink-eval|" + id).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", d[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
