package org.crosslink.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.crosslink.model.Exploitation;
import org.crosslink.model.Grading;
import org.crosslink.model.Handling;
import org.crosslink.model.Identifier;
import org.crosslink.model.IdentifierType;
import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.Location;
import org.crosslink.model.LocationKind;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.Role;

/**
 * Turns a FEBRL-format file (rec_id, given_name, surname, street_number, address_1, address_2, suburb,
 * postcode, state, date_of_birth, soc_sec_id) into one report per record, spread across sources, with the
 * ground truth from {@code rec_id} ({@code rec-N-org}, {@code rec-N-dup-k}: the same N is the same person).
 */
public final class FebrlReports {
    private static final List<String> FORCES = List.of("MET", "GMP", "WMP", "WYP", "MERSEY", "KENT", "ESSEX", "TVP", "NCA", "BTP", "PSNI", "SCOT");
    private static final Role[] ROLES = {Role.POTENTIAL_VICTIM, Role.SUSPECT, Role.WITNESS, Role.ASSOCIATE};

    /** A report and the true identity of the person (and address) it describes. */
    public record Labelled(Report report, String truth) {
    }

    private FebrlReports() {
    }

    public static List<Labelled> read(Path csv, long seed) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.US_ASCII);
        Random rng = new Random(seed);
        List<Labelled> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            String recId = f[0];
            String truth = recId.split("-")[1];
            String source = FORCES.get(rng.nextInt(FORCES.size()));
            out.add(new Labelled(report(source, recId, f, rng), truth));
        }
        return out;
    }

    private static Report report(String source, String recId, String[] f, Random rng) {
        String dob = f[9].length() == 8 ? f[9].substring(0, 4) + "-" + f[9].substring(4, 6) + "-" + f[9].substring(6) : blank(f[9]);
        List<Identifier> ids = f[10].isEmpty() ? List.of() : List.of(new Identifier(IdentifierType.NATIONAL_ID, f[10]));
        List<String> lines = new ArrayList<>();
        String line1 = (f[3] + " " + f[4]).trim();
        if (!line1.isEmpty()) {
            lines.add(line1);
        }
        if (!f[5].isEmpty()) {
            lines.add(f[5]);
        }
        Location loc = new Location("L1", LocationKind.ADDRESS, null, lines, blank(f[6]), blank(f[7]), blank(f[8]), "AU", null, null);
        Person p = new Person("P1", ROLES[rng.nextInt(ROLES.length)], blank(f[1]), blank(f[2]), List.of(), dob, null, null, ids, List.of("L1"));
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(rng.nextInt(300 * 86400));
        return new Report(1, source + "-" + opaque(recId), source, 1, at, InvestigationStatus.OPEN,
                new Grading("2", "B", Handling.P), null, List.of(Exploitation.LABOUR), "Benchmark record.",
                List.of(p), List.of(loc), List.of());
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String opaque(String recId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("crosslink-eval|" + recId).getBytes(StandardCharsets.UTF_8));
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
