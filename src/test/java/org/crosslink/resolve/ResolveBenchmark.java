package org.crosslink.resolve;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import me.tongfei.progressbar.ProgressBar;
import org.crosslink.bench.ReportGenerator;
import org.crosslink.intake.IntakeLimits;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportReader;
import org.crosslink.model.MentionFacts;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.ReportFacts;
import org.crosslink.runtime.Progress;
import org.crosslink.undo.UndoLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of resolving one new person mention against a store of 10,000, 100,000 and 1,000,000 person
 * entities already resolved. Blocking, not scanning, keeps it flat: the candidates of a mention are those
 * sharing a blocking key with it, however large the store.
 * <p>
 * The store is filled with the bench command's generated reports (eight nationalities with spelling
 * variants, 15% of persons recurring in another force), so new mentions meet their earlier selves as on
 * the bus. Each invocation resolves one held-out mention and then undoes it, so the store stays the size
 * it was; the undo is part of the measured cost. {@code resolveOnePerson} is a mention as the bus resolves
 * it, from the report's person to its entity; {@code indexOnePerson} leaves out normalisation, whose cost
 * does not depend on the store, to show the index alone.
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:exec@jmh -Djmh.args=ResolveBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC", "-XX:+UseTransparentHugePages"})
public class ResolveBenchmark {
    private static final int HELD_OUT = 20_000;

    @Param({"10000", "100000", "1000000"})
    public int entities;

    private ResolutionEngine engine;
    private final UndoLog undo = new UndoLog();
    private final RecordNormaliser normaliser = new RecordNormaliser();
    private final List<Candidate> heldOut = new ArrayList<>(HELD_OUT);
    private int next;
    private long heapAfterFill;
    private long comparisonsBefore;

    /** One person mention of a held-out report: as it arrives, and normalised. */
    record Candidate(Report report, ReportFacts reportFacts, Person person, MentionKey key, PersonRecord record,
                     MentionFacts facts) {
    }

    @Setup(Level.Trial)
    public void fill() {
        engine = Fixtures.engine();
        engine.bind(ResolutionListener.none(), ResolutionListener.none(), undo);
        ReportGenerator generator = new ReportGenerator(42, List.of("MET", "GMP", "WMP", "WYP", "MERSEY", "KENT",
                "ESSEX", "TVP", "NCA", "BTP", "PSNI", "SCOT"), 0.15, 0.0);
        ReportParser parser = new ReportParser(IntakeLimits.defaults());
        ReportReader reader = new ReportReader();
        try (ProgressBar bar = Progress.bar("fill", entities)) {
            while (engine.persons().entityCount() < entities) {
                engine.resolve(read(parser, reader, generator.next()), List.of(), List.of());
                undo.clear();
                bar.stepTo(Math.min(entities, engine.persons().entityCount()));
            }
        }
        while (heldOut.size() < HELD_OUT) {
            Report r = read(parser, reader, generator.next());
            ReportFacts facts = ReportFacts.of(r);
            for (Person p : r.persons()) {
                heldOut.add(new Candidate(r, facts, p, new MentionKey(facts.key(), p.ref()), normaliser.person(r, p),
                        MentionFacts.ofPerson(r, facts, p)));
            }
        }
        heapAfterFill = usedHeapAfterGc();
        System.out.printf("%nresolve-bench: entities=%d mentions=%d locations=%d heap=%d MB (after GC)%n",
                engine.persons().entityCount(), engine.persons().mentionCount(), engine.locations().entityCount(),
                heapAfterFill >> 20);
        comparisonsBefore = engine.persons().comparisons();
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%nresolve-bench: entities=%d comparisons=%.2f a mention%n", entities,
                (engine.persons().comparisons() - comparisonsBefore) / (double) Math.max(1, next));
    }

    /**
     * Resolves one held-out person mention as the bus does: normalises it (names, date, phone, address),
     * files it under its blocking keys, compares it with its candidates, links and clusters; then undoes it.
     */
    @Benchmark
    public int resolveOnePerson() {
        Candidate c = heldOut.get(next++ % heldOut.size());
        int mark = undo.mark();
        PersonRecord record = normaliser.person(c.report(), c.person());
        MentionFacts facts = MentionFacts.ofPerson(c.report(), c.reportFacts(), c.person());
        int changed = engine.persons().add(engine.nextMentionId(), new MentionKey(c.reportFacts().key(), c.person().ref()), 1,
                record, facts).size();
        undo.rollbackTo(mark);
        return changed;
    }

    /** The index alone: an already normalised mention filed, compared, linked and clustered; then undone. */
    @Benchmark
    public int indexOnePerson() {
        Candidate c = heldOut.get(next++ % heldOut.size());
        int mark = undo.mark();
        int changed = engine.persons().add(engine.nextMentionId(), c.key(), 1, c.record(), c.facts()).size();
        undo.rollbackTo(mark);
        return changed;
    }

    ResolutionEngine engine() {
        return engine;
    }

    /** The held-out person mentions, normalised, in the order the benchmark resolves them. */
    List<Candidate> heldOut() {
        return heldOut;
    }

    /** The undo log every change to the store is recorded in, so a held-out mention can be taken out again. */
    UndoLog undo() {
        return undo;
    }

    long heapAfterFill() {
        return heapAfterFill;
    }

    private static Report read(ReportParser parser, ReportReader reader, String line) {
        return reader.read(parser.parse(line).json());
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
