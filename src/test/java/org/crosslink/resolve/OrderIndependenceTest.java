package org.crosslink.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.crosslink.evaluate.PairwiseScore;
import org.crosslink.evaluate.synthetic.Shape;
import org.crosslink.intake.Intake;
import org.crosslink.intake.IntakeResult;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Report;
import org.crosslink.resolve.Fixtures.PersonBuilder;
import org.crosslink.resolve.Fixtures.ReportBuilder;
import org.crosslink.resolve.learn.ModelTrainer;
import org.crosslink.resolve.learn.TrainedModel;
import org.crosslink.store.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same reports in any order give the same entities. About 200 person reports with planted duplicates
 * (spelling variants, names swapped, Cyrillic spellings, partial dates, day and month swapped, shared phones,
 * common names, two mentions of one person in one report) are resolved in five random orders by fresh engines;
 * and 3,000 historical records of people known to many reports in two orders, under one model trained on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderIndependenceTest {
    private static final String[] GIVEN = {"Mihai", "Anna", "Ion", "Elena", "Andrei", "Maria", "Piotr", "Agnieszka", "Tomasz",
            "Daniela", "Vasile", "Ioana", "Marek", "Katarzyna", "Nguyen", "Linh", "Bogdan", "Florin", "Adriana", "Gheorghe",
            "John", "Mohammed", "Sarah", "Oksana", "Dmytro"};
    private static final String[] FAMILY = {"Ionescu", "Popescu", "Dumitrescu", "Kowalski", "Nowak", "Wisniewski", "Constantin",
            "Stoica", "Lungu", "Zamfir", "Dragomir", "Barbu", "Kaminski", "Lewandowski", "Tran", "Pham", "Moldovan", "Rusu",
            "Smith", "Khan", "Petrenko", "Bondarenko", "Shevchenko", "Munteanu", "Ciobanu"};
    private static final String[] NATIONALITY = {"Romanian", "Polish", "Vietnamese", "British", "Ukrainian", "Albanian"};
    private static final String[] POSTCODES = {"LU1 3XY", "B21 9SN", "LS6 3AB", "M1 1AE", "CR2 6XH", "DN55 1PT"};
    private static final String[] SOURCES = {"MET", "GMP", "WMP", "NCA", "KENT", "TVP", "BTP", "PSNI"};
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private List<Report> reports;

    /** One real person: what every mention of them varies. */
    record Identity(String given, String family, int year, int month, int day, String nationality, String phone,
                    String passport, String postcode, int houseNumber) {
    }

    @BeforeAll
    void plantDuplicates() {
        reports = reports(new Random(20260301));
    }

    @Test
    void theReportsPlantEnoughDuplicatesToMatter() {
        Set<Set<MentionKey>> partition = partition(resolveAll(reports));
        int mentions = partition.stream().mapToInt(Set::size).sum();

        assertThat(reports).hasSizeBetween(190, 210);
        assertThat(mentions - partition.size()).as("mentions merged into another's entity").isGreaterThan(40);
        assertThat(partition).anyMatch(e -> e.size() >= 3);
    }

    @Test
    void fiveRandomOrdersGiveTheSamePartitionOfPersonMentions() {
        Set<Set<MentionKey>> expected = partition(resolveAll(reports));
        Random random = new Random(7);

        for (int order = 1; order <= 5; order++) {
            List<Report> shuffled = new ArrayList<>(reports);
            Collections.shuffle(shuffled, random);

            assertThat(partition(resolveAll(shuffled))).as("order %d", order).isEqualTo(expected);
        }
    }

    @Test
    void fiveRandomOrdersGiveTheSamePartitionOfLocationMentions() {
        Set<Set<MentionKey>> expected = partition(resolveAll(reports).locations());
        Random random = new Random(11);

        for (int order = 1; order <= 5; order++) {
            List<Report> shuffled = new ArrayList<>(reports);
            Collections.shuffle(shuffled, random);

            assertThat(partition(resolveAll(shuffled).locations())).as("order %d", order).isEqualTo(expected);
        }
    }

    /**
     * A person of five to fifteen records, each with its own slips: a new record links to a few of an entity's
     * records and no more, and which few depends on the order; the clusterer weighs links against contradictions,
     * so too few links let the order decide (agreement 0.997 with four links into an entity at most).
     */
    @Test
    void recordsOfPeopleKnownToManyReportsGiveTheSameEntitiesInAnotherOrderUnderOneTrainedModel() {
        Intake intake = HardCases.intake();
        List<Report> historical = new ArrayList<>();
        for (String line : Shape.HISTORICAL.generate(3, 3_000, Shape.HISTORICAL.rates()).reports()) {
            String source = Json.MAPPER.readTree(line).path("source").asString("");
            historical.add(((IntakeResult.Accepted) intake.examine(source, source, line)).report());
        }
        TrainedModel model = resolveAll(historical).train(new ModelTrainer(ModelTrainer.Options.defaults()), 1, Instant.EPOCH);
        List<Report> shuffled = new ArrayList<>(historical);
        Collections.shuffle(shuffled, new Random(5));

        assertThat(PairwiseScore.agreement(entities(resolveAll(historical, model)), entities(resolveAll(shuffled, model))))
                .isGreaterThanOrEqualTo(HardCasesTest.MIN_ORDER_AGREEMENT);
    }

    @Test
    void noEntityEverHoldsTwoMentionsOfOneReport() {
        for (Set<MentionKey> entity : partition(resolveAll(reports))) {
            assertThat(entity.stream().map(MentionKey::report).distinct().count()).as("%s", entity).isEqualTo(entity.size());
        }
    }

    private static ResolutionEngine resolveAll(List<Report> reports) {
        return resolveAll(reports, null);
    }

    private static ResolutionEngine resolveAll(List<Report> reports, TrainedModel model) {
        ResolutionEngine engine = Fixtures.engine();
        if (model != null) {
            engine.use(model);
        }
        for (Report r : reports) {
            engine.resolve(r, List.of(), List.of());
        }
        return engine;
    }

    private static Map<MentionKey, String> entities(ResolutionEngine engine) {
        Map<MentionKey, String> out = new HashMap<>();
        for (Mention<PersonRecord> m : engine.persons().mentions()) {
            out.put(m.key(), m.entity().id());
        }
        return out;
    }

    private static Set<Set<MentionKey>> partition(ResolutionEngine engine) {
        return partition(engine.persons());
    }

    private static <R> Set<Set<MentionKey>> partition(Resolver<R> resolver) {
        Map<Entity<R>, Set<MentionKey>> byEntity = new HashMap<>();
        for (Mention<R> m : resolver.mentions()) {
            byEntity.computeIfAbsent(m.entity(), e -> new HashSet<>()).add(m.key());
        }
        assertThat(byEntity).hasSize(resolver.entityCount());
        return new HashSet<>(byEntity.values());
    }

    // ---- the planted reports ----

    private static List<Report> reports(Random rng) {
        List<Identity> people = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            phones.add(String.format("07700 9%05d", rng.nextInt(100_000)));
        }
        for (int i = 0; i < 110; i++) {
            // a few common names, some people who share a phone (a controller's number), a few twins
            String given = i % 23 == 0 ? "John" : GIVEN[rng.nextInt(GIVEN.length)];
            String family = i % 23 == 0 ? "Smith" : FAMILY[rng.nextInt(FAMILY.length)];
            Identity twinOf = i % 37 == 5 ? people.get(people.size() - 1) : null;
            people.add(twinOf != null
                    ? new Identity(GIVEN[rng.nextInt(GIVEN.length)], twinOf.family(), twinOf.year(), twinOf.month(), twinOf.day(),
                    twinOf.nationality(), twinOf.phone(), null, twinOf.postcode(), twinOf.houseNumber())
                    : new Identity(given, family, 1960 + rng.nextInt(45), 1 + rng.nextInt(12), 1 + rng.nextInt(28),
                    NATIONALITY[rng.nextInt(NATIONALITY.length)], phones.get(rng.nextInt(phones.size())),
                    rng.nextInt(3) == 0 ? String.format("RO%07d", rng.nextInt(10_000_000)) : null,
                    POSTCODES[rng.nextInt(POSTCODES.length)], 1 + rng.nextInt(120)));
        }
        List<Report> out = new ArrayList<>();
        int n = 0;
        for (Identity p : people) {
            out.add(one(n++, rng, p, false));
        }
        while (out.size() < 200) {
            Identity p = people.get(rng.nextInt(people.size()));
            if (rng.nextInt(12) == 0) {
                // one person twice in one report, as two mentions (a copy-paste slip): they must stay apart
                ReportBuilder r = report(SOURCES[rng.nextInt(SOURCES.length)], "R" + n++);
                r.with(mention("P1", p, rng, true), mention("P2", p, rng, true));
                out.add(r.build());
            } else {
                out.add(one(n++, rng, p, true));
            }
        }
        return out;
    }

    private static Report one(int n, Random rng, Identity p, boolean vary) {
        ReportBuilder r = report(SOURCES[rng.nextInt(SOURCES.length)], "R" + n);
        PersonBuilder m = mention("P1", p, rng, vary);
        if (rng.nextBoolean()) {
            m.livesAt("L1");
            r.with(address("L1", rng.nextBoolean() ? p.postcode() : p.postcode().toLowerCase().replace(" ", ""),
                    p.houseNumber() + (rng.nextBoolean() ? " Mill Lane" : " Mill Ln")));
        }
        return r.with(m).build();
    }

    private static PersonBuilder mention(String ref, Identity p, Random rng, boolean vary) {
        String given = p.given();
        String family = p.family();
        String dob = String.format("%04d-%02d-%02d", p.year(), p.month(), p.day());
        if (vary) {
            switch (rng.nextInt(8)) {
                case 0 -> family = typo(family, rng);
                case 1 -> {
                    String t = given;
                    given = family;
                    family = t;
                }
                case 2 -> dob = String.format("%04d", p.year());
                case 3 -> dob = String.format("%04d-%02d", p.year(), p.month());
                case 4 -> dob = String.format("%04d-%02d-%02d", p.year(), p.day() <= 12 ? p.day() : p.month(), p.day() <= 12 ? p.month() : p.day());
                case 5 -> {
                    given = toCyrillic(given);
                    family = toCyrillic(family);
                }
                case 6 -> {
                    given = given.toUpperCase();
                    family = typo(family, rng).toUpperCase();
                }
                default -> dob = null;
            }
        }
        PersonBuilder b = person(ref).named(given, family).born(dob);
        if (rng.nextInt(3) > 0) {
            b.nationality(p.nationality());
        }
        if (rng.nextBoolean()) {
            b.phone(rng.nextBoolean() ? p.phone() : "+44 " + p.phone().substring(1));
        }
        if (p.passport() != null && rng.nextBoolean()) {
            b.passport(p.passport());
        }
        return b;
    }

    private static String typo(String s, Random rng) {
        char[] c = s.toCharArray();
        int at = 1 + rng.nextInt(c.length - 2);
        if (rng.nextBoolean()) {
            char t = c[at];
            c[at] = c[at + 1];
            c[at + 1] = t;
        } else {
            c[at] = "aeiou".charAt(rng.nextInt(5));
        }
        return new String(c);
    }

    private static String toCyrillic(String latin) {
        StringBuilder sb = new StringBuilder();
        for (char ch : latin.toLowerCase().toCharArray()) {
            sb.append(CYRILLIC.getOrDefault(ch, String.valueOf(ch)));
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    private static Map<Character, String> cyrillic() {
        String latin = "abcdefghijklmnoprstuvwyz";
        String[] cyr = {"а", "б", "к", "д", "е", "ф", "г", "х", "и", "й", "к", "л", "м", "н", "о", "п", "р", "с", "т", "у", "в", "в", "ы", "з"};
        Map<Character, String> m = new HashMap<>();
        for (int i = 0; i < latin.length(); i++) {
            m.put(latin.charAt(i), cyr[i]);
        }
        return m;
    }
}
