package org.crosslink.evaluate.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Shape 1, historical person records: many records a person, English names, gender, date of birth, a UK postcode
 * a record (a person's records carry several, as people move), a birth place and an occupation, each record
 * corrupted on its own: nicknames and initials for the first name, typos, date typos and many missing values.
 * The wire format has no field for the birth place or the occupation: they go into the narrative, which
 * resolution does not read.
 */
final class HistoricalRecords implements Generator {
    private final Rates r;
    private final Lists lists;

    /** The true person behind the records. */
    private record Person(String id, char gender, String given, String family, LocalDate dob, String birthPlace,
                          List<String> postcodes, List<String> occupations) {
    }

    HistoricalRecords(Rates rates, Lists lists) {
        this.r = rates;
        this.lists = lists;
    }

    static Rates defaults() {
        return Rates.of()
                .n("recordsMin", 5, 1, 100, "fewest records of one person")
                .n("recordsMax", 15, 1, 100, "most records of one person (uniform between)")
                .p("maleShare", 0.6, "share of men")
                .n("yearFrom", 1800, 1000, 2025, "earliest year of birth")
                .n("yearTo", 1990, 1000, 2025, "latest year of birth")
                .p("rareSurname", 0.7, "share of persons with a rarer family name made of parts (Thornley) instead of a common one")
                .n("postcodesMax", 3, 1, 10, "most postcodes of one person (1 to this, uniform); each record takes one of them")
                .p("givenMissing", 0.10, "first name blank")
                .p("givenNickname", 0.12, "first name written as a nickname or diminutive (William as Bill), where one is known")
                .p("givenInitial", 0.06, "first name written as its initial")
                .p("givenTypo", 0.08, "first name with one typo")
                .p("familyMissing", 0.06, "surname blank")
                .p("familyTypo", 0.08, "surname with one typo")
                .p("dobMissing", 0.20, "date of birth blank")
                .p("dobDigit", 0.05, "one digit of the date of birth wrong")
                .p("dobSwap", 0.03, "day and month swapped")
                .p("dobComponent", 0.05, "one of year, month and day replaced by another value")
                .p("dobYearOnly", 0.03, "only the year of birth")
                .p("genderMissing", 0.25, "gender blank")
                .p("postcodeMissing", 0.30, "postcode blank")
                .p("postcodeTypo", 0.03, "one character of the postcode's inward code wrong")
                .p("birthPlaceMissing", 0.35, "birth place blank")
                .p("birthPlaceTypo", 0.05, "birth place with one typo")
                .p("occupationMissing", 0.40, "occupation blank");
    }

    @Override
    public List<SyntheticReport> generate(int size, Random rng) {
        List<SyntheticReport> out = new ArrayList<>();
        for (int n = 1; out.size() < size; n++) {
            Person p = person(n, rng);
            int records = Draw.between(rng, r.integer("recordsMin"), Math.max(r.integer("recordsMin"), r.integer("recordsMax")));
            for (int i = 0; i < records && out.size() < size; i++) {
                out.add(record(p, rng));
            }
        }
        return out;
    }

    private Person person(int n, Random rng) {
        char gender = Draw.gender(rng, r.get("maleShare"));
        String birthPlace = lists.towns.pick(rng).name();
        List<String> postcodes = new ArrayList<>();
        int moves = Draw.between(rng, 1, r.integer("postcodesMax"));
        for (int i = 0; i < moves; i++) {
            Town t = i == 0 && rng.nextBoolean() ? town(birthPlace) : lists.towns.pick(rng);
            postcodes.add(t.postcode(rng));
        }
        List<String> occupations = new ArrayList<>(List.of(lists.occupations.pick(rng)));
        if (Draw.chance(rng, 0.3)) {
            occupations.add(lists.occupations.pick(rng));
        }
        return new Person(String.format("h%06d", n), gender, lists.englishGiven(gender, rng),
                lists.englishFamily(r.get("rareSurname"), rng),
                Dates.between(r.integer("yearFrom"), Math.max(r.integer("yearFrom"), r.integer("yearTo")), rng), birthPlace,
                postcodes, occupations);
    }

    private Town town(String name) {
        return lists.towns.values().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private SyntheticReport record(Person p, Random rng) {
        String postcode = Draw.chance(rng, r.get("postcodeMissing")) ? null : postcode(p, rng);
        String birthPlace = switch (Draw.outcome(rng, r.get("birthPlaceMissing"), r.get("birthPlaceTypo"))) {
            case 0 -> null;
            case 1 -> Typos.edit(p.birthPlace(), rng);
            default -> p.birthPlace();
        };
        String occupation = Draw.chance(rng, r.get("occupationMissing")) ? null
                : p.occupations().get(rng.nextInt(p.occupations().size()));
        Place home = postcode == null ? null : Place.address(List.of(), null, postcode, null, null, null);
        Mention m = new Mention(p.id(), Wire.anyRole(rng), given(p, rng), family(p, rng), dob(p, rng),
                Draw.chance(rng, r.get("genderMissing")) ? null : String.valueOf(p.gender()), null, List.of(),
                home == null ? List.of() : List.of(home));
        String narrative = (birthPlace == null ? "" : "Place of birth: " + birthPlace + ". ")
                + (occupation == null ? "" : "Occupation: " + occupation + ".");
        return new SyntheticReport(Sources.any(rng), Draw.reportedAt(rng), "UNKNOWN",
                narrative.isBlank() ? "Record from historical sources." : narrative.strip(), List.of(m));
    }

    private String postcode(Person p, Random rng) {
        String pc = p.postcodes().get(rng.nextInt(p.postcodes().size()));
        if (!Draw.chance(rng, r.get("postcodeTypo"))) {
            return pc;
        }
        return Town.neighbour(pc, rng);
    }

    private String given(Person p, Random rng) {
        return switch (Draw.outcome(rng, r.get("givenMissing"), r.get("givenNickname"), r.get("givenInitial"), r.get("givenTypo"))) {
            case 0 -> null;
            case 1 -> {
                String nick = lists.nicknames.of(p.given(), rng);
                yield nick == null ? p.given() : nick;
            }
            case 2 -> p.given().substring(0, 1);
            case 3 -> Typos.edit(p.given(), rng);
            default -> p.given();
        };
    }

    private String family(Person p, Random rng) {
        return switch (Draw.outcome(rng, r.get("familyMissing"), r.get("familyTypo"))) {
            case 0 -> null;
            case 1 -> Typos.edit(p.family(), rng);
            default -> p.family();
        };
    }

    private String dob(Person p, Random rng) {
        LocalDate d = p.dob();
        return switch (Draw.outcome(rng, r.get("dobMissing"), r.get("dobDigit"), r.get("dobSwap"), r.get("dobComponent"),
                r.get("dobYearOnly"))) {
            case 0 -> null;
            case 1 -> Dates.digit(d, rng);
            case 2 -> Dates.swapped(d);
            case 3 -> Dates.otherComponent(d, rng, r.integer("yearFrom"), r.integer("yearTo"));
            case 4 -> Dates.yearOnly(d);
            default -> Dates.iso(d);
        };
    }
}
