package org.crosslink.evaluate.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Shape 2, heavily corrupted records with e-mail and town: a few hundred persons with 1 to 10 records each (first
 * name, surname, date of birth, city, e-mail), every field of every record corrupted on its own: one or two typos in
 * a name, names missing, dates shifted or mistyped, the e-mail mistyped or at another provider, the city missing or
 * misspelt.
 */
final class CorruptedRecords implements Generator {
    private static final String[] FAKE_TLDS = {".com", ".net", ".org", ".co.uk", ".info", ".biz"};

    private final Rates r;
    private final Lists lists;

    private record Person(String id, char gender, String given, String family, LocalDate dob, String city, String email) {
    }

    CorruptedRecords(Rates rates, Lists lists) {
        this.r = rates;
        this.lists = lists;
    }

    static Rates defaults() {
        return Rates.of()
                .n("recordsMean", 5.5, 1, 50, "mean records of one person before the cap at recordsMax (geometric; about 4 after it)")
                .n("recordsMax", 10, 1, 100, "most records of one person")
                .p("maleShare", 0.5, "share of men")
                .n("yearFrom", 1930, 1000, 2025, "earliest year of birth")
                .n("yearTo", 2005, 1000, 2025, "latest year of birth")
                .p("rareSurname", 0.7, "share of persons with a rarer family name made of parts")
                .p("givenMissing", 0.12, "first name blank")
                .p("givenNickname", 0.05, "first name as a nickname, where one is known")
                .p("givenTypo", 0.35, "first name with typos (one, or two: givenSecondTypo)")
                .p("givenSecondTypo", 0.4, "share of mistyped first names with a second typo")
                .p("familyMissing", 0.12, "surname blank")
                .p("familyTypo", 0.35, "surname with typos (one, or two: familySecondTypo)")
                .p("familySecondTypo", 0.4, "share of mistyped surnames with a second typo")
                .p("dobMissing", 0.12, "date of birth blank")
                .p("dobShift", 0.12, "date of birth shifted by up to dobShiftDays days")
                .n("dobShiftDays", 30, 1, 3650, "largest shift of a date of birth, in days")
                .p("dobDigit", 0.12, "one digit of the date of birth wrong")
                .p("dobSwap", 0.05, "day and month swapped")
                .p("dobComponent", 0.06, "one of year, month and day replaced by another value")
                .p("cityMissing", 0.25, "city blank")
                .p("cityTypo", 0.25, "city with one typo")
                .p("emailMissing", 0.15, "e-mail blank")
                .p("emailTypo", 0.2, "e-mail with one typo in the part before the @")
                .p("emailProvider", 0.1, "e-mail at another provider (same name before the @)")
                .p("emailOwnDomain", 0.3, "share of persons whose e-mail is at a made-up domain (name.com) rather than a provider");
    }

    @Override
    public List<SyntheticReport> generate(int size, Random rng) {
        List<SyntheticReport> out = new ArrayList<>();
        for (int n = 1; out.size() < size; n++) {
            Person p = person(n, rng);
            int records = Draw.clusterSize(rng, r.get("recordsMean"), r.integer("recordsMax"));
            for (int i = 0; i < records && out.size() < size; i++) {
                out.add(record(p, rng));
            }
        }
        return out;
    }

    private Person person(int n, Random rng) {
        char gender = Draw.gender(rng, r.get("maleShare"));
        String given = lists.englishGiven(gender, rng);
        String family = lists.englishFamily(r.get("rareSurname"), rng);
        return new Person(String.format("c%05d", n), gender, given, family,
                Dates.between(r.integer("yearFrom"), Math.max(r.integer("yearFrom"), r.integer("yearTo")), rng),
                lists.towns.pick(rng).name(), email(given, family, rng));
    }

    private String email(String given, String family, Random rng) {
        String g = Typos.plain(given).toLowerCase(Locale.ROOT);
        String f = Typos.plain(family).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        String local = switch (rng.nextInt(7)) {
            case 0 -> g + "." + f;
            case 1 -> g + "_" + f;
            case 2 -> g + f;
            case 3 -> g.charAt(0) + f;
            case 4 -> f + "." + g;
            case 5 -> g + (10 + rng.nextInt(90));
            default -> g.charAt(0) + f + (1 + rng.nextInt(99));
        };
        return local + "@" + (Draw.chance(rng, r.get("emailOwnDomain")) ? ownDomain(rng) : lists.emailDomains.pick(rng));
    }

    private String ownDomain(Random rng) {
        return lists.englishFamily(0, rng).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + FAKE_TLDS[rng.nextInt(FAKE_TLDS.length)];
    }

    private SyntheticReport record(Person p, Random rng) {
        String city = switch (Draw.outcome(rng, r.get("cityMissing"), r.get("cityTypo"))) {
            case 0 -> null;
            case 1 -> Typos.edit(p.city(), rng);
            default -> p.city();
        };
        String email = switch (Draw.outcome(rng, r.get("emailMissing"), r.get("emailTypo"), r.get("emailProvider"))) {
            case 0 -> null;
            case 1 -> {
                int at = p.email().indexOf('@');
                yield Typos.edit(p.email().substring(0, at), rng) + p.email().substring(at);
            }
            case 2 -> p.email().substring(0, p.email().indexOf('@') + 1)
                    + lists.emailDomains.pickOther(rng, p.email().substring(p.email().indexOf('@') + 1));
            default -> p.email();
        };
        List<Mention.Identifier> ids = email == null ? List.of() : List.of(new Mention.Identifier("EMAIL", email));
        Place place = city == null ? null : Place.address(List.of(), city, null, null, null, null);
        String given = name(p.given(), rng, r.get("givenMissing"), r.get("givenTypo"), r.get("givenSecondTypo"), r.get("givenNickname"));
        String family = name(p.family(), rng, r.get("familyMissing"), r.get("familyTypo"), r.get("familySecondTypo"), 0);
        Mention m = new Mention(p.id(), Wire.anyRole(rng), given, family, dob(p.dob(), rng), null, null, ids,
                place == null ? List.of() : List.of(place));
        return new SyntheticReport(Sources.any(rng), Draw.reportedAt(rng), "UNKNOWN", "Record from a corrupted list.", List.of(m));
    }

    private String name(String name, Random rng, double missing, double typo, double second, double nickname) {
        return switch (Draw.outcome(rng, missing, typo, nickname)) {
            case 0 -> null;
            case 1 -> {
                String once = Typos.edit(name, rng);
                yield Draw.chance(rng, second) ? Typos.edit(once, rng) : once;
            }
            case 2 -> {
                String nick = lists.nicknames.of(name, rng);
                yield nick == null ? name : nick;
            }
            default -> name;
        };
    }

    private String dob(LocalDate d, Random rng) {
        return switch (Draw.outcome(rng, r.get("dobMissing"), r.get("dobShift"), r.get("dobDigit"), r.get("dobSwap"),
                r.get("dobComponent"))) {
            case 0 -> null;
            case 1 -> Dates.shifted(d, rng, r.integer("dobShiftDays"));
            case 2 -> Dates.digit(d, rng);
            case 3 -> Dates.swapped(d);
            case 4 -> Dates.otherComponent(d, rng, r.integer("yearFrom"), r.integer("yearTo"));
            default -> Dates.iso(d);
        };
    }
}
