package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.crosslink.resolve.block.PersonBlocker;
import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Score;

/**
 * Where a new person mention's candidates come from in a store of a given size. Held-out mentions of the
 * resolution benchmark's store are resolved one at a time and taken out again, and every candidate compared
 * is counted under the families of blocking keys it shares with the mention ({@code gfy}: both names' sounds
 * and the year of birth; {@code nd}: a name's sound and the full date; {@code di}: the date and both
 * initials; ...), with the outcome of its comparison. It tells which keys bring namesakes as the store grows,
 * and which links only one family of keys finds. A candidate that shares no key was found through two keys'
 * hashes folding alike in the index.
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:exec@blocking-stats -Dstats.args="1000000 5000"} (store size,
 * held-out mentions).
 */
public final class BlockingStats {
    private static final String NO_KEY = "(no key: hashes folded alike)";
    private final PersonBlocker blocker = new PersonBlocker(Fixtures.settings().nicknames());
    private final Map<String, Counts> byShared = new TreeMap<>();
    private final Map<String, Counts> byFamily = new TreeMap<>();
    private int mentions;
    private long comparisons;

    /** Comparisons and their outcomes; {@code alone} counts links found through this family of keys only. */
    static final class Counts {
        long compared;
        long match;
        long possible;
        long alone;
    }

    public static void main(String[] args) {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int mentions = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        System.out.print(of(entities, mentions).report());
    }

    /** Fills the benchmark's store to {@code entities} persons and counts the candidates of {@code mentions} held-out mentions. */
    static BlockingStats of(int entities, int mentions) {
        ResolveBenchmark bench = new ResolveBenchmark();
        bench.entities = entities;
        bench.fill();
        BlockingStats stats = new BlockingStats();
        List<ResolveBenchmark.Candidate> heldOut = bench.heldOut();
        for (int i = 0; i < Math.min(mentions, heldOut.size()); i++) {
            stats.resolve(bench, heldOut.get(i));
        }
        bench.engine().bind(ResolutionListener.none(), ResolutionListener.none(), bench.undo());
        return stats;
    }

    private void resolve(ResolveBenchmark bench, ResolveBenchmark.Candidate c) {
        Set<String> query = new HashSet<>(blocker.queryKeys(c.record()));
        List<Mention<PersonRecord>> met = new ArrayList<>();
        List<MatchOutcome> outcomes = new ArrayList<>();
        Resolver<PersonRecord> persons = bench.engine().persons();
        persons.bind(new Comparisons(met, outcomes), bench.undo());
        int mark = bench.undo().mark();
        persons.add(bench.engine().nextMentionId(), c.key(), 1, c.record(), c.facts());
        bench.undo().rollbackTo(mark);
        mentions++;
        for (int i = 0; i < met.size(); i++) {
            count(shared(query, met.get(i).record), outcomes.get(i));
        }
    }

    private Set<String> shared(Set<String> query, PersonRecord candidate) {
        Set<String> families = new TreeSet<>();
        for (String key : blocker.keys(candidate)) {
            if (query.contains(key)) {
                families.add(key.substring(0, key.indexOf('|')));
            }
        }
        return families;
    }

    private void count(Set<String> families, MatchOutcome outcome) {
        comparisons++;
        add(byShared.computeIfAbsent(families.isEmpty() ? NO_KEY : String.join("+", families), k -> new Counts()), outcome, false);
        for (String family : families) {
            add(byFamily.computeIfAbsent(family, k -> new Counts()), outcome, families.size() == 1);
        }
    }

    private static void add(Counts counts, MatchOutcome outcome, boolean alone) {
        counts.compared++;
        counts.match += outcome == MatchOutcome.MATCH ? 1 : 0;
        counts.possible += outcome == MatchOutcome.POSSIBLE ? 1 : 0;
        counts.alone += alone && outcome != MatchOutcome.NO_MATCH ? 1 : 0;
    }

    long comparisons() {
        return comparisons;
    }

    Map<String, Counts> byShared() {
        return byShared;
    }

    Map<String, Counts> byFamily() {
        return byFamily;
    }

    /** One line per set of key families shared, most comparisons first, then one line per family. */
    String report() {
        StringBuilder out = new StringBuilder(String.format("blocking-stats: mentions=%d comparisons=%.3f a mention%n",
                mentions, comparisons / (double) Math.max(1, mentions)));
        byShared.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().compared, a.getValue().compared))
                .forEach(e -> out.append(line("shared", e.getKey(), e.getValue(), false)));
        byFamily.forEach((family, counts) -> out.append(line("family", family, counts, true)));
        return out.toString();
    }

    private String line(String kind, String name, Counts c, boolean alone) {
        return String.format("%s=%s comparisons=%.4f a mention match=%d possible=%d no-match=%d%s%n", kind, name,
                c.compared / (double) Math.max(1, mentions), c.match, c.possible, c.compared - c.match - c.possible,
                alone ? " linked-by-this-family-alone=" + c.alone : "");
    }

    /** Keeps each candidate compared and the outcome of its comparison. */
    private static final class Comparisons extends ResolutionListener.Quiet<PersonRecord> {
        private final List<Mention<PersonRecord>> met;
        private final List<MatchOutcome> outcomes;

        Comparisons(List<Mention<PersonRecord>> met, List<MatchOutcome> outcomes) {
            this.met = met;
            this.outcomes = outcomes;
        }

        @Override
        public void compared(Mention<PersonRecord> a, Mention<PersonRecord> b, Score score) {
            met.add(b);
            outcomes.add(score.outcome());
        }
    }
}
