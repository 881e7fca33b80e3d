package org.crosslink.evaluate.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Shape 3, German names in the manner of RLdata: first and family names drawn with German frequencies (upper case,
 * umlauts written out: MUELLER), sometimes a second given or family name, a full date of birth and nothing else.
 * A share of the persons appear twice; each duplicate differs from its original by exactly one error: a one-letter
 * typo (insertion, deletion or substitution) in a first or family name, or one of year, month and day replaced.
 */
final class GermanRecords implements Generator {
    private final Rates r;
    private final Lists lists;

    private record Person(String id, String given, String given2, String family, String family2, LocalDate dob) {
        String givenName() {
            return given2 == null ? given : given + " " + given2;
        }

        String familyName() {
            return family2 == null ? family : family + " " + family2;
        }
    }

    GermanRecords(Rates rates, Lists lists) {
        this.r = rates;
        this.lists = lists;
    }

    static Rates defaults() {
        return Rates.of()
                .p("duplicateShare", 0.10, "share of the records that are a second record of a person (at most 0.5)")
                .p("maleShare", 0.5, "share of men")
                .p("secondGiven", 0.055, "share of persons with a second given name")
                .p("secondFamily", 0.015, "share of persons with a second family name")
                .n("yearFrom", 1925, 1000, 2025, "earliest year of birth")
                .n("yearTo", 2008, 1000, 2025, "latest year of birth")
                .p("nameError", 0.55, "share of duplicates whose one error is in a name (the rest: in the date of birth)")
                .p("familyNameError", 0.5, "share of name errors in the family name (the rest: in the given name)")
                .p("typoInsert", 0.45, "share of name typos that insert a letter")
                .p("typoDelete", 0.15, "share of name typos that delete a letter (the rest substitute one)")
                .p("yearDigit", 0.8, "share of year errors that change one of the year's last two digits (the rest: any year)");
    }

    @Override
    public List<SyntheticReport> generate(int size, Random rng) {
        int duplicates = (int) Math.round(size * Math.min(0.5, r.get("duplicateShare")));
        int persons = size - duplicates;
        List<Person> people = new ArrayList<>();
        List<SyntheticReport> out = new ArrayList<>();
        for (int n = 1; n <= persons; n++) {
            Person p = person(n, rng);
            people.add(p);
            out.add(report(p, p.givenName(), p.familyName(), Dates.iso(p.dob()), rng));
        }
        List<Person> twice = new ArrayList<>(people);
        Collections.shuffle(twice, rng);
        for (Person p : twice.subList(0, duplicates)) {
            out.add(duplicate(p, rng));
        }
        return out;
    }

    private Person person(int n, Random rng) {
        char gender = Draw.gender(rng, r.get("maleShare"));
        String given = lists.germanGiven(gender, rng);
        String given2 = Draw.chance(rng, r.get("secondGiven")) ? lists.germanGiven(gender, rng) : null;
        String family = lists.germanFamily.pick(rng);
        String family2 = Draw.chance(rng, r.get("secondFamily")) ? lists.germanFamily.pickOther(rng, family) : null;
        return new Person(String.format("g%06d", n), given, given2 != null && given2.equals(given) ? null : given2, family, family2,
                Dates.between(r.integer("yearFrom"), Math.max(r.integer("yearFrom"), r.integer("yearTo")), rng));
    }

    /** The person's second record, with exactly one error. */
    private SyntheticReport duplicate(Person p, Random rng) {
        if (Draw.chance(rng, r.get("nameError"))) {
            if (Draw.chance(rng, r.get("familyNameError"))) {
                return report(p, p.givenName(), typo(p.family(), rng) + (p.family2() == null ? "" : " " + p.family2()),
                        Dates.iso(p.dob()), rng);
            }
            return report(p, typo(p.given(), rng) + (p.given2() == null ? "" : " " + p.given2()), p.familyName(),
                    Dates.iso(p.dob()), rng);
        }
        return report(p, p.givenName(), p.familyName(), otherDate(p.dob(), rng), rng);
    }

    private String typo(String name, Random rng) {
        double insert = r.get("typoInsert");
        double delete = r.get("typoDelete");
        return Typos.edit(name, rng, insert, delete, Math.max(0, 1 - insert - delete), 0);
    }

    /** One of year, month and day replaced by another value; the date stays a real date. */
    private String otherDate(LocalDate d, Random rng) {
        int part = rng.nextInt(3);
        boolean leapDay = d.getMonthValue() == 2 && d.getDayOfMonth() == 29;
        return switch (leapDay && part == 0 ? 2 : part) {
            case 0 -> Dates.otherYear(d, rng, r.get("yearDigit"), r.integer("yearFrom"), r.integer("yearTo"));
            case 1 -> {
                int m;
                do {
                    m = 1 + rng.nextInt(12);
                } while (m == d.getMonthValue() || d.getDayOfMonth() > LocalDate.of(d.getYear(), m, 1).lengthOfMonth());
                yield Dates.iso(d.withMonth(m));
            }
            default -> Dates.otherDay(d, rng);
        };
    }

    private static SyntheticReport report(Person p, String given, String family, String dob, Random rng) {
        Mention m = new Mention(p.id(), Wire.anyRole(rng), given, family, dob, null, null, List.of(), List.of());
        return new SyntheticReport(Sources.any(rng), Draw.reportedAt(rng), "UNKNOWN", "Record from a register.", List.of(m));
    }
}
