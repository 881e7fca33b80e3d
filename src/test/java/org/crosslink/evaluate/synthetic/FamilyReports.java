package org.crosslink.evaluate.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;

/**
 * Shape 4, families, twins, fathers and sons, houses in multiple occupation and people who move: realistic
 * multi-person reports. A family is often reported together at its home and its members separately in other reports;
 * house-mates are reported together at the house or at work, and alone; movers are reported by the force of each
 * place they live. Each report writes its persons with the variation of real records (nicknames, typos, accents
 * dropped, dates missing or partial). The truth holds the families apart: a parent and a child are never one
 * person, nor are twins, nor house-mates. Places carry a truth of their own (LOCATION lines).
 */
final class FamilyReports implements Generator {
    private static final String[] SEPARATE = {"Stop and account; details recorded.", "Seen at a bus station in the early hours.",
        "Referred by the local authority.", "Attended A&E with injuries; hospital raised a concern.",
        "Named by a witness as present at the address.", "Arrested on suspicion of an offence; interviewed and released."};

    private final Rates r;
    private final Lists lists;
    private final MentionWriter writer;

    FamilyReports(Rates rates, Lists lists) {
        this.r = rates;
        this.lists = lists;
        this.writer = new MentionWriter(rates, lists);
    }

    static Rates defaults() {
        return MentionWriter.rates(Rates.of()
                .p("groupFamily", 0.45, "share of groups that are families (2 to 6 people)")
                .p("groupHmo", 0.20, "share of groups that are houses in multiple occupation (the rest: single movers)")
                .p("familyBritish", 0.6, "share of families with English names (the rest: Romanian, Polish, Bulgarian, Albanian, Vietnamese)")
                .p("fatherSonSameName", 0.35, "share of families with a father whose eldest son has his given name")
                .p("twins", 0.15, "share of families whose first two children are twins (same date of birth)")
                .p("familyMoves", 0.25, "share of families who move to another town")
                .n("hmoMin", 3, 2, 30, "fewest workers in a house in multiple occupation")
                .n("hmoMax", 8, 2, 30, "most workers in a house in multiple occupation")
                .p("hmoOneNationality", 0.75, "share of houses whose workers are all of one nationality")
                .p("hmoSharedPhone", 0.5, "share of houses whose workers give one controller's phone")
                .n("hmoVisitsMax", 2, 1, 10, "most reports of a house's workers together (1 to this)")
                .n("moverHomesMax", 4, 2, 6, "most homes of a mover (2 to this, each in another force's area)")
                .p("rareSurname", 0.7, "share of English families with a rarer family name made of parts")
                .p("householdReport", 0.8, "share of families reported together in one report")
                .p("householdMissingMember", 0.2, "share of household reports that leave one member out")
                .n("memberReports", 1.6, 0, 4, "mean number of further reports of each person (alone or with one other)")
                .p("withOther", 0.3, "share of further reports that name one other member of the group")
                .p("noPlace", 0.15, "share of further reports that give no address")
                .p("otherForce", 0.1, "share of further reports made by another force (BTP, the NCA, a force elsewhere)"));
    }

    @Override
    public List<SyntheticReport> generate(int size, Random rng) {
        UkPlaces places = new UkPlaces(lists, rng);
        Households households = new Households(r, lists, places);
        List<SyntheticReport> out = new ArrayList<>();
        while (out.size() < size) {
            out.addAll(reports(households.next(rng), rng));
        }
        return new ArrayList<>(out.subList(0, size));
    }

    private List<SyntheticReport> reports(Households.Group g, Random rng) {
        List<SyntheticReport> out = new ArrayList<>();
        switch (g.kind()) {
            case FAMILY -> {
                if (Draw.chance(rng, r.get("householdReport"))) {
                    List<Households.Resident> present = new ArrayList<>(g.members());
                    if (present.size() > 2 && Draw.chance(rng, r.get("householdMissingMember"))) {
                        present.remove(rng.nextInt(present.size()));
                    }
                    UkPlaces.Home home = g.homes().get(rng.nextInt(g.homes().size()));
                    out.add(report(g, present, home, home.town().force(), "Welfare visit to the family home; all present spoken to.", rng));
                }
                separate(g, out, rng);
            }
            case HMO -> {
                int visits = Draw.between(rng, 1, r.integer("hmoVisitsMax"));
                for (int v = 0; v < visits; v++) {
                    List<Households.Resident> present = new ArrayList<>(g.members());
                    Collections.shuffle(present, rng);
                    present = present.subList(0, Draw.between(rng, Math.min(2, present.size()), present.size()));
                    UkPlaces.Home at = rng.nextBoolean() ? g.homes().get(0) : g.workplace();
                    out.add(report(g, present, at, at.town().force(),
                            "Multi-agency visit: workers found living and working in poor conditions; wages paid to a third party.", rng));
                }
                separate(g, out, rng);
            }
            case MOVER -> {
                for (UkPlaces.Home home : g.homes()) {
                    out.add(report(g, g.members(), home, home.town().force(), "Person known at this address.", rng));
                }
                separate(g, out, rng);
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    /** Each member's further reports: alone or with one other member, at one of the group's places or none. */
    private void separate(Households.Group g, List<SyntheticReport> out, Random rng) {
        double p = r.get("memberReports") / 4;
        for (Households.Resident m : g.members()) {
            int k = 0;
            for (int t = 0; t < 4; t++) {
                k += Draw.chance(rng, p) ? 1 : 0;
            }
            for (int i = 0; i < k; i++) {
                List<Households.Resident> named = new ArrayList<>(List.of(m));
                if (g.members().size() > 1 && Draw.chance(rng, r.get("withOther"))) {
                    Households.Resident other = g.members().get(rng.nextInt(g.members().size()));
                    if (other != m) {
                        named.add(other);
                    }
                }
                UkPlaces.Home at = Draw.chance(rng, r.get("noPlace")) ? null : place(g, rng);
                String source = at == null || Draw.chance(rng, r.get("otherForce")) ? elsewhere(rng) : at.town().force();
                out.add(report(g, named, at, source, SEPARATE[rng.nextInt(SEPARATE.length)], rng));
            }
        }
    }

    private static UkPlaces.Home place(Households.Group g, Random rng) {
        if (g.workplace() != null && rng.nextInt(3) == 0) {
            return g.workplace();
        }
        return g.homes().get(rng.nextInt(g.homes().size()));
    }

    /** A force other than the local one: British Transport Police, the NCA, or the force of a town anywhere. */
    private String elsewhere(Random rng) {
        return switch (rng.nextInt(5)) {
            case 0 -> "BTP";
            case 1 -> "NCA";
            default -> lists.towns.pick(rng).force();
        };
    }

    private SyntheticReport report(Households.Group g, List<Households.Resident> named, UkPlaces.Home at, String source,
                                   String narrative, Random rng) {
        Place written = at == null ? null : writer.place(at.place(), rng);
        List<Mention> persons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Households.Resident p : named) {
            if (seen.add(p.truth())) {
                persons.add(writer.mention(p, role(g, p, rng), written, g.sharedPhone(), rng));
            }
        }
        String exploitation = switch (g.kind()) {
            case HMO -> "LABOUR";
            case FAMILY -> rng.nextBoolean() ? "CRIMINAL" : "DOMESTIC_SERVITUDE";
            default -> rng.nextBoolean() ? "SEXUAL" : "CRIMINAL";
        };
        return new SyntheticReport(source, Draw.reportedAt(rng), exploitation, narrative, persons);
    }

    private static String role(Households.Group g, Households.Resident p, Random rng) {
        if (p.child() || g.kind() == Households.Kind.HMO && rng.nextInt(6) > 0) {
            return "POTENTIAL_VICTIM";
        }
        return new String[] {"POTENTIAL_VICTIM", "SUSPECT", "WITNESS", "ASSOCIATE"}[rng.nextInt(4)];
    }
}
