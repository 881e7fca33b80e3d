package org.crosslink.evaluate.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Shape 5, FEBRL-shaped linkage of two files: every person once in each, the first file as recorded, the second a
 * copy with FEBRL-style corruption. Australian records in lower case: given name, surname, street number, street,
 * locality (address line 2), suburb, postcode, state, date of birth and a 7-digit social security number (a
 * NATIONAL_ID). Each copy gets one to five modified fields, a field one or two modifications: typos, OCR and
 * phonetic errors, a space put in or taken out, a value missing or replaced by another, digits changed or swapped,
 * given name and surname swapped. The reports are as {@code evaluate}'s FEBRL mapping makes them.
 */
final class FebrlRecords implements Generator {
    private static final int GIVEN = 0;
    private static final int SURNAME = 1;
    private static final int NUMBER = 2;
    private static final int STREET = 3;
    private static final int LOCALITY = 4;
    private static final int SUBURB = 5;
    private static final int POSTCODE = 6;
    private static final int STATE = 7;
    private static final int DOB = 8;
    private static final int SOC_SEC = 9;
    /** The rate names of the fields, in the order above. */
    private static final String[] FIELDS = {"Given", "Surname", "Number", "Street", "Locality", "Suburb", "Postcode", "State", "Dob",
        "SocSec"};
    private static final String[] STREET_TYPES = {"street", "place", "crescent", "circuit", "road", "avenue", "close", "drive", "court"};
    private static final double[] STREET_TYPE_WEIGHTS = {35, 15, 10, 10, 10, 7, 6, 5, 2};

    private final Rates r;
    private final Lists lists;
    private final FebrlErrors errors;

    FebrlRecords(Rates rates, Lists lists) {
        this.r = rates;
        this.lists = lists;
        this.errors = new FebrlErrors(rates, lists);
    }

    static Rates defaults() {
        Rates rates = Rates.of()
                .n("yearFrom", 1905, 1000, 2025, "earliest year of birth")
                .n("yearTo", 2000, 1000, 2025, "latest year of birth")
                .p("rareSurname", 0.7, "share of persons with a rarer family name made of parts")
                .p("missingGiven", 0.02, "original: given name blank")
                .p("missingSurname", 0.008, "original: surname blank")
                .p("missingNumber", 0.03, "original: street number blank")
                .p("missingStreet", 0.02, "original: street blank")
                .p("missingLocality", 0.09, "original: locality (address line 2) blank")
                .p("missingSuburb", 0.01, "original: suburb blank")
                .p("missingState", 0.01, "original: state blank")
                .p("missingDob", 0.022, "original: date of birth blank")
                .n("mods1", 0.28, 0, 1, "share of copies with one modified field")
                .n("mods2", 0.34, 0, 1, "... with two")
                .n("mods3", 0.24, 0, 1, "... with three")
                .n("mods4", 0.10, 0, 1, "... with four")
                .n("mods5", 0.04, 0, 1, "... with five")
                .p("twoModsInField", 0.15, "share of modified fields modified twice")
                .p("swapNames", 0.04, "share of copies with given name and surname swapped (one of the copy's modifications)");
        double[] weights = {0.32, 0.33, 0.17, 0.375, 0.43, 0.27, 0.17, 0.05, 0.08, 0.10};
        for (int i = 0; i < FIELDS.length; i++) {
            rates = rates.n("field" + FIELDS[i], weights[i], 0, 10, "weight of " + FIELDS[i].toLowerCase(Locale.ROOT)
                    + " among the fields a copy modifies");
        }
        return FebrlErrors.rates(rates);
    }

    @Override
    public List<SyntheticReport> generate(int size, Random rng) {
        List<SyntheticReport> out = new ArrayList<>();
        Set<String> socSecs = new HashSet<>();
        for (int n = 1; n <= size; n++) {
            String truth = String.format("f%05d", n);
            String[] original = original(rng, socSecs);
            out.add(report(truth, original, rng));
            String[] copy;
            do {
                copy = copy(original, rng);
            } while (Arrays.equals(copy, original)); // two modifications of one field may undo each other
            out.add(report(truth, copy, rng));
        }
        return out;
    }

    private String[] original(Random rng, Set<String> socSecs) {
        String[] f = new String[10];
        char gender = Draw.gender(rng, 0.5);
        f[GIVEN] = lists.englishGiven(gender, rng).toLowerCase(Locale.ROOT);
        f[SURNAME] = lists.englishFamily(r.get("rareSurname"), rng).toLowerCase(Locale.ROOT).replace("'", "");
        double u = rng.nextDouble();
        f[NUMBER] = Integer.toString(u < 0.6 ? Draw.between(rng, 1, 50) : u < 0.9 ? Draw.between(rng, 51, 200) : Draw.between(rng, 201, 999));
        f[STREET] = lists.auStreets.pick(rng) + " " + streetType(rng);
        f[LOCALITY] = lists.auLocalities.pick(rng);
        String[] suburb = lists.auSuburbs.pick(rng);
        f[SUBURB] = suburb[0];
        f[POSTCODE] = suburb[1];
        f[STATE] = suburb[2];
        LocalDate dob = Dates.between(r.integer("yearFrom"), Math.max(r.integer("yearFrom"), r.integer("yearTo")), rng);
        f[DOB] = String.format("%04d%02d%02d", dob.getYear(), dob.getMonthValue(), dob.getDayOfMonth());
        String ssn;
        do {
            ssn = String.format("%07d", 1_000_000 + rng.nextInt(9_000_000));
        } while (!socSecs.add(ssn));
        f[SOC_SEC] = ssn;
        for (int i = 0; i < DOB + 1; i++) {
            if (i != POSTCODE && Draw.chance(rng, r.get("missing" + FIELDS[i]))) {
                f[i] = "";
            }
        }
        return f;
    }

    private static String streetType(Random rng) {
        double x = rng.nextDouble() * 100;
        double sum = 0;
        for (int i = 0; i < STREET_TYPES.length; i++) {
            sum += STREET_TYPE_WEIGHTS[i];
            if (x < sum) {
                return STREET_TYPES[i];
            }
        }
        return STREET_TYPES[0];
    }

    /** The copy: one to five fields modified (swapping the names counts as one). */
    private String[] copy(String[] original, Random rng) {
        String[] f = original.clone();
        int mods = 1 + Math.max(0, Draw.outcome(rng, share(2), share(3), share(4), share(5)) + 1);
        if (Draw.chance(rng, r.get("swapNames"))) {
            String g = f[GIVEN];
            f[GIVEN] = f[SURNAME];
            f[SURNAME] = g;
            mods--;
        }
        List<Integer> fields = new ArrayList<>();
        while (fields.size() < mods) {
            int field = field(rng);
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        for (int field : fields) {
            int times = Draw.chance(rng, r.get("twoModsInField")) ? 2 : 1;
            for (int t = 0; t < times; t++) {
                f[field] = errors.modify(field, f[field], rng);
            }
        }
        return f;
    }

    /** The share of copies with k modified fields, of all shares (they need not add up to one). */
    private double share(int k) {
        double sum = 0;
        for (int i = 1; i <= 5; i++) {
            sum += r.get("mods" + i);
        }
        return sum == 0 ? 0 : r.get("mods" + k) / sum;
    }

    private int field(Random rng) {
        double sum = 0;
        for (String name : FIELDS) {
            sum += r.get("field" + name);
        }
        double x = rng.nextDouble() * sum;
        for (int i = 0; i < FIELDS.length; i++) {
            x -= r.get("field" + FIELDS[i]);
            if (x < 0) {
                return i;
            }
        }
        return GIVEN;
    }

    private static SyntheticReport report(String truth, String[] f, Random rng) {
        List<String> lines = new ArrayList<>();
        String line1 = (f[NUMBER] + " " + f[STREET]).trim();
        if (!line1.isEmpty()) {
            lines.add(line1);
        }
        if (!f[LOCALITY].isBlank()) {
            lines.add(f[LOCALITY]);
        }
        Place home = Place.address(lines, blank(f[SUBURB]), blank(f[POSTCODE]), blank(f[STATE]), "AU", truth);
        String dob = f[DOB].length() == 8 && f[DOB].chars().allMatch(Character::isDigit)
                ? f[DOB].substring(0, 4) + "-" + f[DOB].substring(4, 6) + "-" + f[DOB].substring(6) : blank(f[DOB]);
        List<Mention.Identifier> ids = f[SOC_SEC].isBlank() ? List.of() : List.of(new Mention.Identifier("NATIONAL_ID", f[SOC_SEC]));
        Mention m = new Mention(truth, Wire.anyRole(rng), blank(f[GIVEN]), blank(f[SURNAME]), dob, null, null, ids, List.of(home));
        return new SyntheticReport(Sources.any(rng), Draw.reportedAt(rng), "LABOUR", "Benchmark record.", List.of(m));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The index of a field by its rate name ({@code Given}, {@code Postcode}). */
    static int index(String name) {
        for (int i = 0; i < FIELDS.length; i++) {
            if (FIELDS[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
