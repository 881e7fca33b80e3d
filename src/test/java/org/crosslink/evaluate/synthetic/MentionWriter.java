package org.crosslink.evaluate.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How one report writes a person of the multi-person shape (shape 4): mostly as they are, sometimes with a
 * nickname, an initial or a typo, accents dropped, Vietnamese names in the other order, the date of birth missing,
 * partial or mistyped, gender or nationality left out, a phone or passport not given.
 */
final class MentionWriter {
    private final Rates r;
    private final Lists lists;

    MentionWriter(Rates rates, Lists lists) {
        this.r = rates;
        this.lists = lists;
    }

    static Rates rates(Rates rates) {
        return rates
                .p("givenNickname", 0.10, "English given name written as a nickname, where one is known")
                .p("givenInitial", 0.03, "given name written as its initial")
                .p("givenTypo", 0.04, "given name with one typo")
                .p("familyTypo", 0.03, "family name with one typo")
                .p("accentsDropped", 0.5, "names written without their accents (Ionut for Ionuț)")
                .p("nameSwap", 0.02, "given and family name in each other's place")
                .p("nameSwapVietnamese", 0.2, "the same, for Vietnamese names")
                .p("dobMissing", 0.12, "date of birth left out")
                .p("dobYearOnly", 0.05, "only the year of birth")
                .p("dobDigit", 0.03, "one digit of the date of birth wrong")
                .p("dobSwap", 0.02, "day and month swapped")
                .p("genderMissing", 0.15, "gender left out")
                .p("nationalityMissing", 0.3, "nationality left out")
                .p("phoneOmitted", 0.4, "a person's phone not given")
                .p("passportOmitted", 0.5, "a person's passport not given")
                .p("sharedPhoneGiven", 0.7, "a house-mate gives the controller's phone, where the house has one")
                .p("postcodeMissing", 0.1, "an address without its postcode")
                .p("addressLineMissing", 0.05, "an address without its street line");
    }

    Place place(Place p, Random rng) {
        return UkPlaces.written(p, rng, r.get("postcodeMissing"), r.get("addressLineMissing"));
    }

    Mention mention(Households.Resident p, String role, Place at, String sharedPhone, Random rng) {
        String given = given(p, rng);
        String family = Draw.chance(rng, r.get("familyTypo")) ? Typos.edit(p.family(), rng) : p.family();
        if (Draw.chance(rng, r.get("accentsDropped"))) {
            given = given == null ? null : Typos.plain(given);
            family = Typos.plain(family);
        }
        if (Draw.chance(rng, r.get(p.nationality().equals("VNM") ? "nameSwapVietnamese" : "nameSwap"))) {
            String g = given;
            given = family;
            family = g;
        }
        List<Mention.Identifier> ids = new ArrayList<>();
        if (p.phone() != null && !Draw.chance(rng, r.get("phoneOmitted"))) {
            ids.add(new Mention.Identifier("PHONE", UkPlaces.written(p.phone(), rng)));
        }
        if (sharedPhone != null && Draw.chance(rng, r.get("sharedPhoneGiven"))) {
            ids.add(new Mention.Identifier("PHONE", UkPlaces.written(sharedPhone, rng)));
        }
        if (p.passport() != null && !Draw.chance(rng, r.get("passportOmitted"))) {
            ids.add(new Mention.Identifier("PASSPORT", p.passport()));
        }
        return new Mention(p.truth(), role, given, family, dob(p, rng),
                Draw.chance(rng, r.get("genderMissing")) ? null : String.valueOf(p.gender()),
                Draw.chance(rng, r.get("nationalityMissing")) ? null : p.nationality(), ids, at == null ? List.of() : List.of(at));
    }

    private String given(Households.Resident p, Random rng) {
        return switch (Draw.outcome(rng, r.get("givenNickname"), r.get("givenInitial"), r.get("givenTypo"))) {
            case 0 -> {
                String nick = p.nationality().equals("GBR") ? lists.nicknames.of(p.given(), rng) : null;
                yield nick == null ? p.given() : nick;
            }
            case 1 -> p.given().substring(0, 1);
            case 2 -> Typos.edit(p.given(), rng);
            default -> p.given();
        };
    }

    private String dob(Households.Resident p, Random rng) {
        return switch (Draw.outcome(rng, r.get("dobMissing"), r.get("dobYearOnly"), r.get("dobDigit"), r.get("dobSwap"))) {
            case 0 -> null;
            case 1 -> Dates.yearOnly(p.dob());
            case 2 -> Dates.digit(p.dob(), rng);
            case 3 -> Dates.swapped(p.dob());
            default -> Dates.iso(p.dob());
        };
    }
}
