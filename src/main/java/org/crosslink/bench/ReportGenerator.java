package org.crosslink.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.crosslink.store.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic synthetic reports for benchmarks: one to three persons a report from several nationalities,
 * a share of them recurring in another force's report under a spelling variant, victims and controllers
 * sharing phones and workplaces, about 1 KB a report, and a little bad input (invalid reports and
 * re-deliveries) as force systems really send.
 */
public final class ReportGenerator {
    private final Random rng;
    private final List<String> forces;
    private final double recurring;
    private final double bad;
    private final List<Known> known = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private long next;
    private long people;
    private Consumer<Truth> truth = t -> { };

    /** A person the generator may bring back, with where they work: a workplace has one postcode, its own. */
    private record Known(long id, String nationality, String given, String family, String dob, String phone, String workplace,
                         String town, String postcode, String workplacePostcode, String source) {
    }

    /** Who a person named in a generated report really is: mentions with the same {@code person} are one person. */
    public record Truth(String source, String reportId, String ref, long person) {
    }

    /** Tells {@code sink} who each person of every new report is (not told again for a re-delivery). */
    public ReportGenerator onTruth(Consumer<Truth> sink) {
        this.truth = sink;
        return this;
    }

    public ReportGenerator(long seed, List<String> forces, double recurring, double bad) {
        this.rng = new Random(seed);
        this.forces = List.copyOf(forces);
        this.recurring = recurring;
        this.bad = bad;
    }

    /** The next report as it would arrive: usually a valid new report, sometimes a re-delivery or a bad one. */
    public String next() {
        double roll = rng.nextDouble();
        if (roll < bad / 2 && !sent.isEmpty()) {
            return sent.get(rng.nextInt(sent.size()));
        }
        if (roll < bad) {
            String source = forces.get(rng.nextInt(forces.size()));
            return rng.nextBoolean() ? "{\"schemaVersion\":1,\"source\":\"" + source + "\",\"reportId\":\"" + source + "-BAD-" + (next++)
                    + "\",\"revision\":\"one\"}" : "not a report from " + source;
        }
        String json = report().toString();
        if (sent.size() < 10_000) {
            sent.add(json);
        }
        return json;
    }

    private ObjectNode report() {
        String source = forces.get(rng.nextInt(forces.size()));
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("schemaVersion", 1);
        r.put("reportId", source + "-" + Long.toString(next++, 36).toUpperCase() + "-" + rng.nextInt(1000));
        r.put("source", source);
        r.put("revision", 1);
        r.put("reportedAt", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(rng.nextInt(330 * 86_400)).toString());
        r.put("investigationStatus", "OPEN");
        ObjectNode g = r.putObject("grading");
        g.put("source", String.valueOf(1 + rng.nextInt(3)));
        g.put("intelligence", String.valueOf((char) ('A' + rng.nextInt(5))));
        g.put("handling", rng.nextInt(10) == 0 ? "C" : "P");
        if ("C".equals(g.get("handling").asString())) {
            r.put("handlingConditions", "Not to be disclosed outside policing.");
        }
        r.putArray("exploitation").add(new String[] {"LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE"}[rng.nextInt(4)]);
        r.put("narrative", "Officers attended following information from a member of the public. Several adults appeared to be "
                + "living and working at the premises; documents were held by a third party. Welfare checks were made and "
                + "safeguarding advice given. Further enquiries are ongoing with partner agencies.");
        ArrayNode persons = r.putArray("persons");
        ArrayNode locations = r.putArray("locations");
        ArrayNode events = r.putArray("events");
        Known place = null;
        int count = 1 + rng.nextInt(3);
        for (int i = 1; i <= count; i++) {
            Known k = rng.nextDouble() < recurring && !known.isEmpty() ? known.get(rng.nextInt(known.size())) : fresh(source);
            if (place == null) {
                place = k;
            }
            ObjectNode p = persons.addObject();
            p.put("ref", "P" + i);
            truth.accept(new Truth(source, r.get("reportId").asString(), "P" + i, k.id));
            p.put("role", i == 1 ? "POTENTIAL_VICTIM" : rng.nextBoolean() ? "SUSPECT" : "WITNESS");
            boolean again = !k.source.equals(source);
            p.put("givenName", again ? Population.variant(rng, k.given) : k.given);
            p.put("familyName", again ? Population.variant(rng, k.family) : k.family);
            if (!again || rng.nextInt(4) > 0) {
                p.put("dateOfBirth", k.dob);
            }
            p.put("nationality", k.nationality);
            p.putArray("identifiers").addObject().put("type", "PHONE").put("value", k.phone);
            p.putArray("locationRefs").add("L1");
            if (rng.nextInt(20) == 0) {
                events.addObject().put("type", "ARREST").put("personRef", "P" + i);
            }
        }
        ObjectNode l = locations.addObject();
        l.put("ref", "L1");
        l.put("kind", "PREMISES");
        l.put("name", place.workplace);
        // number and street from independent parts of the hash: from the same remainder they would give only
        // 2,200 addresses a town, and unrelated workplaces would share them
        int h = place.workplace.hashCode();
        l.putArray("addressLines").add((1 + Math.floorMod(h, 200)) + " "
                + Population.STREETS[Math.floorMod(h / 200, Population.STREETS.length)]);
        l.put("town", place.town);
        l.put("postcode", place.workplacePostcode);
        l.put("country", "GB");
        return r;
    }

    private Known fresh(String source) {
        int n = rng.nextInt(Population.NATIONALITIES.size());
        String[] nat = Population.NATIONALITIES.get(n);
        Population.Names names = Population.NAMES.get(n);
        int common = nat[1].split(",").length;
        String[] town = Population.TOWNS[rng.nextInt(Population.TOWNS.length)];
        Known shared = !known.isEmpty() && rng.nextInt(5) == 0 ? known.get(rng.nextInt(known.size())) : null;
        String workplace = shared != null ? shared.workplace : town[0] + " " + Population.PREMISES[rng.nextInt(Population.PREMISES.length)] + " " + rng.nextInt(20_000);
        Known k = new Known(people++, nat[0], Population.Names.pick(rng, names.given(), common),
                Population.Names.pick(rng, names.family(), common),
                String.format("%d-%02d-%02d", 1960 + rng.nextInt(48), 1 + rng.nextInt(12), 1 + rng.nextInt(28)),
                shared != null && rng.nextBoolean() ? shared.phone : Population.phone(rng), workplace,
                shared != null ? shared.town : town[0], shared != null ? shared.postcode : Population.postcode(rng, town[1]),
                // from the workplace, in its town, not from whoever works there
                shared != null ? shared.workplacePostcode : Population.postcode(new Random(workplace.hashCode()), town[1]), source);
        if (known.size() < 200_000) {
            known.add(k);
        } else {
            known.set(rng.nextInt(known.size()), k);
        }
        return k;
    }

    /** The source a generated line is for (its claimed source, or the first force for lines that are not reports). */
    public String sourceOf(String line) {
        for (String f : forces) {
            if (line.contains("\"source\":\"" + f + "\"") || line.endsWith(" " + f)) {
                return f;
            }
        }
        return forces.get(0);
    }
}
