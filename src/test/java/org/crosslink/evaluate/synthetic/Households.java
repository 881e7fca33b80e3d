package org.crosslink.evaluate.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The people of the multi-person shape, in groups: families (parents and children sharing a family name and an
 * address, children years apart, sometimes twins, sometimes a son with his father's given name), houses in multiple
 * occupation (unrelated workers at one address, often of one nationality, sometimes all giving one controller's
 * phone) and single persons who move between forces' areas. A group has the homes it lived at, in order.
 */
final class Households {
    /** What kind of group. */
    enum Kind { FAMILY, HMO, MOVER }

    /** A real person: what is true of them, whatever a report writes. */
    record Resident(String truth, String given, String family, LocalDate dob, char gender, String nationality, String phone,
                    String passport, boolean child) {
    }

    /** A group of people and the places they lived or worked at, in order; {@code sharedPhone} may be null. */
    record Group(Kind kind, List<Resident> members, List<UkPlaces.Home> homes, UkPlaces.Home workplace, String sharedPhone) {
    }

    private final Rates r;
    private final Lists lists;
    private final UkPlaces places;
    private int nextGroup;

    Households(Rates rates, Lists lists, UkPlaces places) {
        this.r = rates;
        this.lists = lists;
        this.places = places;
    }

    Group next(Random rng) {
        nextGroup++;
        return switch (Draw.outcome(rng, r.get("groupFamily"), r.get("groupHmo"))) {
            case 0 -> family(rng);
            case 1 -> hmo(rng);
            default -> mover(rng);
        };
    }

    private Group family(Random rng) {
        String nat = Draw.chance(rng, r.get("familyBritish")) ? "GBR" : foreignNationality(rng);
        String family = familyName(nat, rng);
        String id = String.format("fam%04d", nextGroup);
        List<Resident> members = new ArrayList<>();
        int size = Draw.between(rng, 2, 6);
        boolean father = size == 2 ? rng.nextBoolean() : Draw.chance(rng, 0.85);
        LocalDate motherDob = Dates.between(1962, 1996, rng);
        Resident dad = null;
        if (father) {
            dad = adult(id + "-father", 'M', nat, family, motherDob.minusDays(Draw.between(rng, -1500, 3000)), rng);
            members.add(dad);
        }
        members.add(adult(id + "-mother", 'F', nat, family, motherDob, rng));
        LocalDate born = motherDob.plusYears(Draw.between(rng, 19, 33)).plusDays(rng.nextInt(365));
        boolean namedSon = dad != null && Draw.chance(rng, r.get("fatherSonSameName"));
        boolean twins = Draw.chance(rng, r.get("twins"));
        for (int c = 1; members.size() < size && born.isBefore(LocalDate.of(2024, 1, 1)); c++) {
            char g = Draw.gender(rng, 0.5);
            String given = g == 'M' && namedSon ? dad.given() : unusedGiven(nat, g, members, rng);
            namedSon &= g != 'M';
            members.add(new Resident(id + "-child" + c, given, familyForm(family, nat, g), born, g, nat,
                    born.getYear() < 2008 && Draw.chance(rng, 0.4) ? places.phone() : null, null, true));
            if (!(twins && c == 1 && members.size() < size)) {
                born = born.plusYears(Draw.between(rng, 1, 6)).plusDays(rng.nextInt(200));
            }
        }
        List<UkPlaces.Home> homes = new ArrayList<>(List.of(places.house(lists.towns.pick(rng), rng)));
        if (Draw.chance(rng, r.get("familyMoves"))) {
            homes.add(places.house(lists.towns.pick(rng), rng));
        }
        return new Group(Kind.FAMILY, members, homes, null, null);
    }

    private Group hmo(Random rng) {
        String id = String.format("hmo%04d", nextGroup);
        String nat = foreignNationality(rng);
        boolean oneNationality = Draw.chance(rng, r.get("hmoOneNationality"));
        int size = Draw.between(rng, r.integer("hmoMin"), Math.max(r.integer("hmoMin"), r.integer("hmoMax")));
        List<Resident> members = new ArrayList<>();
        for (int w = 1; w <= size; w++) {
            String n = oneNationality ? nat : foreignNationality(rng);
            char g = Draw.gender(rng, 0.7);
            members.add(new Resident(id + "-w" + w, given(n, g, rng), familyForm(familyName(n, rng), n, g), Dates.between(1972, 2006, rng),
                    g, n, Draw.chance(rng, 0.4) ? places.phone() : null, Draw.chance(rng, 0.3) ? passport(rng) : null, false));
        }
        Town town = lists.towns.pick(rng);
        List<UkPlaces.Home> homes = new ArrayList<>(List.of(places.house(town, rng)));
        return new Group(Kind.HMO, members, homes, places.premises(town, rng),
                Draw.chance(rng, r.get("hmoSharedPhone")) ? places.phone() : null);
    }

    private Group mover(Random rng) {
        String nat = Draw.chance(rng, 0.5) ? "GBR" : foreignNationality(rng);
        char g = Draw.gender(rng, 0.6);
        Resident p = new Resident(String.format("mov%04d", nextGroup), given(nat, g, rng), familyForm(familyName(nat, rng), nat, g),
                Dates.between(1965, 2006, rng), g, nat, Draw.chance(rng, 0.5) ? places.phone() : null,
                !nat.equals("GBR") && Draw.chance(rng, 0.3) ? passport(rng) : null, false);
        List<UkPlaces.Home> homes = new ArrayList<>();
        int moves = Draw.between(rng, 2, Math.max(2, r.integer("moverHomesMax")));
        while (homes.size() < moves) {
            Town t = lists.towns.pick(rng);
            if (homes.stream().noneMatch(h -> h.town().force().equals(t.force()))) {
                homes.add(places.house(t, rng));
            }
        }
        return new Group(Kind.MOVER, List.of(p), homes, null, null);
    }

    private Resident adult(String truth, char g, String nat, String family, LocalDate dob, Random rng) {
        return new Resident(truth, given(nat, g, rng), familyForm(family, nat, g), dob, g, nat, Draw.chance(rng, 0.6) ? places.phone() : null,
                !nat.equals("GBR") && Draw.chance(rng, 0.2) ? passport(rng) : null, false);
    }

    private String foreignNationality(Random rng) {
        List<String> n = lists.foreignNationalities();
        return n.get(rng.nextInt(n.size()));
    }

    private String given(String nat, char g, Random rng) {
        return nat.equals("GBR") ? lists.englishGiven(g, rng) : lists.foreign(nat, String.valueOf(g), rng);
    }

    /** A given name no one in the family has yet: parents do not give a daughter the mother's name, nor siblings one name. */
    private String unusedGiven(String nat, char g, List<Resident> family, Random rng) {
        String given = given(nat, g, rng);
        for (int i = 0; i < 50 && taken(given, family); i++) {
            given = given(nat, g, rng);
        }
        return given;
    }

    private static boolean taken(String given, List<Resident> family) {
        return family.stream().anyMatch(m -> m.given().equals(given));
    }

    private String familyName(String nat, Random rng) {
        return nat.equals("GBR") ? lists.englishFamily(r.get("rareSurname"), rng) : lists.foreign(nat, "FAMILY", rng);
    }

    /** The family name as a woman of the nationality bears it: Kowalska for Kowalski, Ivanova for Ivanov. */
    static String familyForm(String family, String nat, char g) {
        if (g != 'F') {
            return family;
        }
        if (nat.equals("POL") && (family.endsWith("ski") || family.endsWith("cki") || family.endsWith("dzki"))) {
            return family.substring(0, family.length() - 1) + "a";
        }
        if (nat.equals("BGR") && (family.endsWith("ov") || family.endsWith("ev"))) {
            return family + "a";
        }
        return family;
    }

    private static String passport(Random rng) {
        return String.format("%09d", rng.nextInt(1_000_000_000));
    }
}
