package org.crosslink.resolve.learn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Comparison;
import org.crosslink.resolve.compare.Households;
import org.crosslink.resolve.compare.Slips;
import org.crosslink.resolve.compare.PlaceholderBirthdays;
import org.crosslink.resolve.compare.RecordComparator;
import org.crosslink.resolve.normalise.Names;
import org.crosslink.resolve.score.EmEstimator;
import org.crosslink.resolve.score.Weights;

/**
 * Trains a person model from the mentions in the store, as Splink does: the u probabilities from pairs drawn at
 * random (almost all of them two different people, the few matches among them taken out); the m probabilities by
 * expectation–maximisation over the pairs blocking brings together, where the matches are; the prior from the
 * expected number of matching pairs among all pairs; name frequencies, and the days its sources write for an unknown
 * birthday, from the store itself. Every estimate is smoothed towards the model it starts from, so that a level the
 * store has hardly seen keeps its starting value instead of an accident of a few pairs.
 * <p>
 * Fields the comparator derives (a name compared against the other order, the cost of the swap) are not
 * estimated: they keep their starting values.
 * <p>
 * Some fields have no level for disagreement (an e-mail, a phone, a vehicle: not sharing one is no evidence, so
 * the comparator says nothing). Their levels are counted among all pairs, not among the pairs that reached a
 * level: a pair that reached none falls in an "otherwise" bucket while training and is dropped from the model.
 * Counted among the pairs that reached a level, two random people's rare shared e-mail would be as common as
 * the same person's.
 */
public final class ModelTrainer {
    /** An open field's bucket for the pairs that reached none of its levels; never in a trained model. */
    private static final Agreement OTHERWISE = Agreement.DIFFERENT;
    /**
     * @param maxRandomPairs     draw at most this many random pairs; a store with fewer pairs in all uses every pair
     * @param maxBlockedMentions the blocked pairs of at most this many mentions (a random sample) go into the EM
     * @param mStrength          how many matching pairs' worth the starting m probabilities count for
     * @param uStrength          how many random pairs' worth the starting u probabilities count for
     * @param minExpectedMatches below this many expected matching pairs the store cannot teach a model
     */
    public record Options(long maxRandomPairs, int maxBlockedMentions, int maxIterations, double tolerance,
                          double mStrength, double uStrength, double minExpectedMatches, long seed) {
        public Options {
            if (maxRandomPairs < 1 || maxBlockedMentions < 1 || maxIterations < 1 || !(tolerance > 0)
                    || mStrength < 0 || uStrength < 0 || minExpectedMatches < 0) {
                throw new IllegalArgumentException("training options out of range");
            }
        }

        public static Options defaults() {
            return new Options(2_000_000, 200_000, 200, 1e-6, 20, 10_000, 10, 46);
        }
    }

    /** Why a store could not teach a model. */
    public static final class NotEnoughEvidence extends RuntimeException {
        public NotEnoughEvidence(String message) {
            super(message);
        }
    }

    /** The mentions to learn from, as the resolver holds them. */
    public interface Store {
        /** The records, in the order they arrived. */
        List<PersonRecord> records();

        /** Every pair blocking brings together among the given records (by index), each once. */
        List<int[]> blockedPairs(List<Integer> among);
    }

    /** The fields on which a household's members differ from each other: given name, date of birth and gender. */
    static final Set<String> KIN_FIELDS = Set.of("givenName", "dateOfBirth", "gender");
    private final Options options;

    public ModelTrainer(Options options) {
        this.options = options;
    }

    /**
     * @param comparator the comparator under the current model, which gives every pair's levels
     * @param start      the current model's weights: the starting point and the fallback of every estimate
     * @param startDays  the current model's placeholder birthdays: kept by a store too small to learn its own
     */
    public TrainedModel train(Store store, RecordComparator<PersonRecord> comparator, Weights start,
                              PlaceholderBirthdays startDays, int version, int startedFrom, Instant now) {
        List<PersonRecord> records = store.records();
        int n = records.size();
        long allPairs = (long) n * (n - 1) / 2;
        if (allPairs == 0) {
            throw new NotEnoughEvidence("a store of " + n + " person mentions has no pairs");
        }
        Random rng = new Random(options.seed());
        List<Integer> sample = blockedSample(n, rng);
        List<int[]> blocked = store.blockedPairs(sample);
        Set<String> open = openFields(start);
        List<Map<String, Agreement>> blockedLevels = new ArrayList<>(blocked.size());
        for (int[] p : blocked) {
            blockedLevels.add(levels(comparator.compare(records.get(p[0]), records.get(p[1])), open));
        }
        if (blockedLevels.isEmpty()) {
            throw new NotEnoughEvidence("no two of " + n + " person mentions share a blocking key");
        }
        boolean everyPair = allPairs <= options.maxRandomPairs();
        Counts random = randomPairs(records, comparator, everyPair, rng, open);
        Weights begin = withOtherwise(start, open);
        double sampledShare = sample.size() / (double) n;
        // the pairs among the sampled mentions, of which the blocked ones were chosen
        double population = Math.max(allPairs * sampledShare, blockedLevels.size());
        EmEstimator.Estimate em = EmEstimator.estimateM(blockedLevels, begin, uOf(begin, random), population,
                options.maxIterations(), options.tolerance());
        // The random pairs hold matches too, as many as the share of matches says. Where duplicates are many and a
        // level rare among different people (a shared identifier, an exact date of birth), they are most of that
        // level's random pairs and u is the matches' own: take them out, so that u is the non-matches' alone, and
        // estimate m again against it. Each blocked pair stands for 1 / sampledShare pairs of the store, of which
        // the random pairs are a share.
        double perRandom = random.pairs / (allPairs * sampledShare);
        for (int i = 0; i < blockedLevels.size(); i++) {
            random.subtract(blockedLevels.get(i), em.matchProbabilities()[i] * perRandom);
        }
        em = EmEstimator.estimateM(blockedLevels, begin, uOf(begin, random), population, options.maxIterations(),
                options.tolerance());
        double expectedMatches = sum(em.matchProbabilities()) / sampledShare;
        if (expectedMatches < options.minExpectedMatches()) {
            throw new NotEnoughEvidence(String.format("about %.1f matching pairs among %d person mentions: too few to learn from",
                    expectedMatches, n));
        }
        Map<String, EnumMap<Agreement, Weights.Level>> levels = new LinkedHashMap<>();
        Counts matches = new Counts();
        for (int i = 0; i < blockedLevels.size(); i++) {
            matches.add(blockedLevels.get(i), em.matchProbabilities()[i]);
        }
        Households households = Households.ASSUMED;
        Slips slips = Slips.ASSUMED;
        for (Map<String, Agreement> pair : blockedLevels) {
            households = households.plus(pair);
            slips = slips.plus(pair);
        }
        boolean kinAmongMatches = households.present();
        begin.levels().forEach((field, byLevel) -> {
            EnumMap<Agreement, Weights.Level> learned = smoothed(field, byLevel, matches, random);
            if (open.contains(field)) {
                learned.remove(OTHERWISE);
            }
            if (kinAmongMatches && KIN_FIELDS.contains(field)) {
                noMilderThan(learned, byLevel);
            }
            levels.put(field, learned);
        });
        double prior = clamp(expectedMatches / allPairs, 1e-12, 0.5);
        Weights weights = new Weights(prior, levels);
        Map<String, Double> given = new HashMap<>();
        Map<String, Double> family = new HashMap<>();
        frequencies(records, given, family);
        PlaceholderBirthdays days = PlaceholderBirthdays.learn(records.stream().map(PersonRecord::dateOfBirth).toList(), startDays);
        return new TrainedModel(version, weights, given, family, days, households, slips, new TrainedModel.Provenance(now, n, random.pairs,
                everyPair, blocked.size(), expectedMatches, em.iterations(), em.converged(), startedFrom));
    }

    /**
     * Where a store's people live in households, the EM takes a household's members for one person: they share a
     * family name and an address, blocking brings them together, and so many are there that the EM counts them
     * among the matches (a different date of birth weighs about -0.9 bits in a model trained on families, against
     * -4 to -7 elsewhere). So in such a store a disagreement on a field that tells a household's members apart
     * counts against a match no less than in the starting model: the learned u is kept, m is set to the starting
     * model's ratio.
     */
    private static void noMilderThan(EnumMap<Agreement, Weights.Level> learned, Map<Agreement, Weights.Level> start) {
        learned.replaceAll((level, l) -> {
            Weights.Level s = start.get(level);
            if (s == null || s.weight() >= 0 || l.weight() <= s.weight()) {
                return l;
            }
            return new Weights.Level(Math.min(1.0, l.u() * Math.pow(2, s.weight())), l.u());
        });
    }

    /** The u probabilities of the random pairs, smoothed towards the starting model's (with its otherwise buckets). */
    private Map<String, EnumMap<Agreement, Double>> uOf(Weights start, Counts random) {
        Map<String, EnumMap<Agreement, Double>> out = new LinkedHashMap<>();
        start.levels().forEach((field, byLevel) -> {
            EnumMap<Agreement, Double> u = new EnumMap<>(Agreement.class);
            smoothed(field, byLevel, new Counts(), random).forEach((level, l) -> u.put(level, l.u()));
            out.put(field, u);
        });
        return out;
    }

    /** The starting model with every open field given its otherwise bucket: what its levels leave of 1. */
    private static Weights withOtherwise(Weights start, Set<String> open) {
        Map<String, Map<Agreement, Weights.Level>> levels = new LinkedHashMap<>(start.levels());
        for (String field : open) {
            levels.put(field, withOtherwise(start.levels().get(field)));
        }
        return new Weights(start.prior(), levels);
    }

    private static Map<Agreement, Weights.Level> withOtherwise(Map<Agreement, Weights.Level> configured) {
        double m = 0;
        double u = 0;
        for (Weights.Level l : configured.values()) {
            m += l.m();
            u += l.u();
        }
        if (m >= 1 || u >= 1) {
            return configured;
        }
        Map<Agreement, Weights.Level> out = new EnumMap<>(Agreement.class);
        out.putAll(configured);
        out.put(OTHERWISE, new Weights.Level(1 - m, 1 - u));
        return out;
    }

    /** Each level's m and u: the store's counts, smoothed towards the starting model's values. */
    private EnumMap<Agreement, Weights.Level> smoothed(String field, Map<Agreement, Weights.Level> byLevel,
                                                       Counts matches, Counts random) {
        EnumMap<Agreement, Weights.Level> out = new EnumMap<>(Agreement.class);
        double matchTotal = matches.total(field);
        double randomTotal = random.total(field);
        double mStart = 0;
        double uStart = 0;
        for (Weights.Level l : byLevel.values()) {
            mStart += l.m();
            uStart += l.u();
        }
        for (Map.Entry<Agreement, Weights.Level> e : byLevel.entrySet()) {
            double m0 = e.getValue().m() / mStart;
            double u0 = e.getValue().u() / uStart;
            double m = (matches.get(field, e.getKey()) + options.mStrength() * m0) / (matchTotal + options.mStrength());
            double u = (random.get(field, e.getKey()) + options.uStrength() * u0) / (randomTotal + options.uStrength());
            out.put(e.getKey(), new Weights.Level(clamp(m, 1e-9, 1), clamp(u, 1e-12, 1)));
        }
        return out;
    }

    private List<Integer> blockedSample(int n, Random rng) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        if (n <= options.maxBlockedMentions()) {
            return all;
        }
        java.util.Collections.shuffle(all, rng);
        List<Integer> sample = new ArrayList<>(all.subList(0, options.maxBlockedMentions()));
        sample.sort(null);
        return sample;
    }

    private Counts randomPairs(List<PersonRecord> records, RecordComparator<PersonRecord> comparator, boolean everyPair,
                               Random rng, Set<String> open) {
        Counts counts = new Counts();
        int n = records.size();
        if (everyPair) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    counts.add(levels(comparator.compare(records.get(i), records.get(j)), open), 1);
                    counts.pairs++;
                }
            }
            return counts;
        }
        for (long k = 0; k < options.maxRandomPairs(); k++) {
            int i = rng.nextInt(n);
            int j = rng.nextInt(n - 1);
            j = j >= i ? j + 1 : j;
            counts.add(levels(comparator.compare(records.get(i), records.get(j)), open), 1);
            counts.pairs++;
        }
        return counts;
    }

    /**
     * The levels of a comparison, field by field, without the fields derived from others; an open field that
     * reached no level is in its otherwise bucket.
     */
    static Map<String, Agreement> levels(List<Comparison> comparisons, Set<String> open) {
        Map<String, Agreement> out = new LinkedHashMap<>();
        for (Comparison c : comparisons) {
            if (c.field().indexOf('~') < 0 && !c.field().equals("nameOrder")) {
                out.put(c.field(), c.level());
            }
        }
        for (String field : open) {
            out.putIfAbsent(field, OTHERWISE);
        }
        return out;
    }

    /** The fields of the model without a level for disagreement, the derived ones apart. */
    static Set<String> openFields(Weights start) {
        Set<String> out = new LinkedHashSet<>();
        start.levels().forEach((field, byLevel) -> {
            if (!byLevel.containsKey(Agreement.DIFFERENT) && field.indexOf('~') < 0 && !field.equals("nameOrder")) {
                out.add(field);
            }
        });
        return out;
    }

    /** Each name's share of the mentions, for names borne by two mentions or more. */
    private static void frequencies(List<PersonRecord> records, Map<String, Double> given, Map<String, Double> family) {
        Map<String, Integer> g = new HashMap<>();
        Map<String, Integer> f = new HashMap<>();
        for (PersonRecord r : records) {
            if (r.name().given() != null) {
                g.merge(Names.compact(r.name().given()), 1, Integer::sum);
            }
            if (r.name().family() != null) {
                f.merge(Names.compact(r.name().family()), 1, Integer::sum);
            }
        }
        double n = records.size();
        g.forEach((name, count) -> {
            if (count >= 2) {
                given.put(name, count / n);
            }
        });
        f.forEach((name, count) -> {
            if (count >= 2) {
                family.put(name, count / n);
            }
        });
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    /** Weighted counts of levels by field. */
    private static final class Counts {
        private final Map<String, EnumMap<Agreement, Double>> byField = new HashMap<>();
        private long pairs;

        void add(Map<String, Agreement> levels, double weight) {
            levels.forEach((field, level) -> byField.computeIfAbsent(field, k -> new EnumMap<>(Agreement.class))
                    .merge(level, weight, Double::sum));
        }

        void subtract(Map<String, Agreement> levels, double weight) {
            add(levels, -weight);
        }

        double get(String field, Agreement level) {
            EnumMap<Agreement, Double> f = byField.get(field);
            return f == null ? 0 : Math.max(0, f.getOrDefault(level, 0.0));
        }

        double total(String field) {
            EnumMap<Agreement, Double> f = byField.get(field);
            double t = 0;
            if (f != null) {
                for (double v : f.values()) {
                    t += Math.max(0, v);
                }
            }
            return t;
        }
    }
}
