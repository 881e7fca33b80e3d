package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.crosslink.model.MentionKey;
import org.crosslink.resolve.block.BlockIndex;
import org.crosslink.resolve.block.Blocker;
import org.crosslink.resolve.compare.RecordComparator;
import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Score;
import org.crosslink.resolve.score.Thresholds;
import org.crosslink.resolve.score.Weights;
import org.crosslink.undo.UndoLog;

/**
 * Incremental entity resolution for one kind of mention (persons or locations), shaped like Duke:
 * blocker, field comparators, Fellegi–Sunter weights, thresholds. Each new mention is compared with
 * the mentions that share a blocking key with it, never with the whole store; the links it makes are
 * kept; and the entities of the component it touches are recomputed by {@link Clusterer}, a function of
 * the links alone, so the same mentions in any order give the same entities.
 * <p>
 * Not thread-safe: one writer. Every change is recorded in the {@link UndoLog} so a failed report or
 * batch leaves no trace in memory.
 */
public final class Resolver<R> {
    private final Blocker<R> blocker;
    private final Scoring<R> scoring;
    private final int maxBlockSize;
    private final int maxLinksPerEntity;
    private final Clusterer<R> clusterer;
    private final List<Mention<R>> mentions = new ArrayList<>();
    private final Map<MentionKey, Mention<R>> byKey = new Object2ObjectOpenHashMap<>(); // no node an entry: 1.6M at 1M persons
    private final BlockIndex index = new BlockIndex();
    private final Entities<R> entities;
    private UndoLog undo = new UndoLog();
    private ResolutionListener<R> listener = ResolutionListener.none();
    private long nextSeq = 1;
    private long comparisons;
    private final IntArrayList posting = new IntArrayList();
    private int touched;

    public Resolver(String idPrefix, Blocker<R> blocker, RecordComparator<R> comparator, Weights weights,
                    Thresholds thresholds, int maxBlockSize, int maxComponentSize, int maxLinksPerEntity) {
        this.blocker = blocker;
        this.scoring = new Scoring<>(comparator, weights, thresholds);
        this.maxBlockSize = maxBlockSize;
        if (maxLinksPerEntity < 1) {
            throw new IllegalArgumentException("maxLinksPerEntity must be at least 1: " + maxLinksPerEntity);
        }
        this.maxLinksPerEntity = maxLinksPerEntity;
        this.entities = new Entities<>(idPrefix);
        // The clusterer holds people apart by the starting model's rules, whatever model scores the links later: a
        // model trained on a store that has seen passports replaced weighs two passports mildly, and under it
        // namesakes with two passports would join (the hard cases' namesakes do). Training may loosen a link, not a
        // veto; only what the store shows of households, given with a new model, changes the rules.
        this.clusterer = new Clusterer<>(entities, maxComponentSize, Apart.by(comparator), () -> scoring.thresholds().match());
    }

    /** Directs changes to a listener and an undo log, for the batch now being processed. */
    public void bind(ResolutionListener<R> listener, UndoLog undo) {
        this.listener = listener;
        this.undo = undo;
        entities.bind(listener, undo);
        clusterer.bind(listener, undo);
    }

    /**
     * Resolves a new mention: files it, scores it against its candidates, links it, and recomputes
     * the entities of its component. A mention of a new revision of a report supersedes the mention
     * with the same key: the new one joins first (it matches the old one), then the old one leaves,
     * so the entity keeps its id.
     *
     * @return the entities whose membership changed (active or retired)
     */
    public Set<Entity<R>> add(long id, MentionKey key, int revision, R record, Object meta) {
        Mention<R> previous = byKey.get(key);
        if (previous != null && previous.revision >= revision) {
            throw new IllegalStateException("mention already resolved at revision " + previous.revision + ": " + key);
        }
        Blocker.Keys keys = blocker.both(record);
        long[] hashes = hashes(keys.file());
        Mention<R> m = new Mention<>(mentions.size(), id, key, revision, nextSeq++, record, meta);
        List<Mention<R>> candidates = candidates(keys.query(), m);
        file(m, hashes);
        listener.mentionAdded(m, hashes);
        Map<Entity<R>, Integer> linksInto = null;
        for (Mention<R> c : candidates) {
            if (linksInto != null && c.entity != null && linksInto.getOrDefault(c.entity, 0) >= maxLinksPerEntity) {
                continue; // enough evidence that it belongs there: a hotspot's every mention would say the same
            }
            comparisons++;
            Score score = score(m.record, c.record);
            listener.compared(m, c, score);
            if (score.outcome() != MatchOutcome.NO_MATCH) {
                link(m, c, score);
                if (score.outcome() == MatchOutcome.MATCH && c.entity != null) {
                    linksInto = linksInto == null ? new IdentityHashMap<>() : linksInto;
                    linksInto.merge(c.entity, 1, Integer::sum);
                }
            }
        }
        Set<Entity<R>> changed = new LinkedHashSet<>(clusterer.place(m, m.key, "new mention " + m.key));
        if (previous != null) {
            changed.addAll(remove(previous, "superseded by revision " + revision));
        }
        index(m);
        return changed;
    }

    /**
     * Removes a mention (its report was revised or erased) with its links, and recomputes the entities
     * it was part of, which may split.
     *
     * @return the entities whose membership changed (active or retired)
     */
    public Set<Entity<R>> remove(MentionKey key, String reason) {
        Mention<R> m = byKey.get(key);
        return m == null ? Set.of() : remove(m, reason);
    }

    private Set<Entity<R>> remove(Mention<R> m, String reason) {
        Set<Mention<R>> seeds = new LinkedHashSet<>();
        for (Edge e : List.copyOf(m.edges)) {
            seeds.add(e.other(m));
            unlink(e);
        }
        Entity<R> entity = m.entity;
        if (entity != null) {
            seeds.addAll(entity.members);
            entities.detach(m);
        }
        seeds.remove(m);
        unfile(m);
        listener.mentionRemoved(m);
        Set<Entity<R>> changed = new LinkedHashSet<>();
        if (entity != null) {
            changed.add(entity);
            if (entity.members.isEmpty()) {
                entities.retire(entity, null);
            }
        }
        if (!seeds.isEmpty()) {
            changed.addAll(clusterer.recluster(seeds, m.key, reason));
        }
        return changed;
    }

    private List<Mention<R>> candidates(List<String> queryKeys, Mention<R> m) {
        // the mentions already taken: a small set, in the cache, where an array of marks by mention, read at
        // random, was a cache miss a posting at a million mentions
        IntOpenHashSet seen = new IntOpenHashSet(32);
        List<Mention<R>> out = new ArrayList<>();
        IntArrayList posting = this.posting;
        long[] hashes = hashes(queryKeys);
        index.prefetch(hashes);
        for (long k : hashes) {
            posting.clear();
            // a key with more than maxBlockSize mentions is too common to tell anyone apart: a stop key
            index.postings(k, posting, maxBlockSize);
            for (int i = 0; i < posting.size(); i++) {
                int idx = posting.getInt(i);
                if (seen.add(idx)) {
                    Mention<R> c = mentions.get(idx);
                    if (c != null && !c.sameReportRevision(m)) {
                        out.add(c);
                    }
                }
            }
        }
        int read = 0;
        for (Mention<R> c : out) {
            read += scoring.comparator().touch(c.record); // fetched together, as the index's slots are
        }
        touched = read;
        return out;
    }

    /** Files a new mention under its blocking keys; it becomes findable by key only once resolved. */
    private void file(Mention<R> m, long[] hashes) {
        mentions.add(m);
        for (long h : hashes) {
            index.add(h, m.index);
        }
        undo.push(() -> {
            for (long h : hashes) {
                index.remove(h, m.index);
            }
            mentions.remove(m.index);
            nextSeq = m.seq;
        });
    }

    private void index(Mention<R> m) {
        Mention<R> before = byKey.put(m.key, m);
        undo.push(() -> {
            if (before == null) {
                byKey.remove(m.key);
            } else {
                byKey.put(m.key, before);
            }
        });
    }

    /**
     * Takes a mention out of the index under the keys the blocker gives its record (kept nowhere else, to
     * save memory): the keys it was filed under, since the loader restores every mention under the keys
     * the blocker gives it now.
     */
    private void unfile(Mention<R> m) {
        long[] hashes = keyHashes(m.record);
        for (long h : hashes) {
            index.remove(h, m.index);
        }
        boolean indexed = byKey.remove(m.key, m);
        mentions.set(m.index, null);
        undo.push(() -> {
            mentions.set(m.index, m);
            if (indexed) {
                byKey.put(m.key, m);
            }
            for (long h : hashes) {
                index.add(h, m.index);
            }
        });
    }

    void link(Mention<R> a, Mention<R> b, Score score) {
        Edge e = new Edge(a, b, score.probability(), score.outcome());
        a.addEdge(e);
        b.addEdge(e);
        listener.linkAdded(e, score);
        undo.push(() -> {
            a.removeEdge(e);
            b.removeEdge(e);
        });
    }

    void unlink(Edge e) {
        Mention<?> a = e.a();
        Mention<?> b = e.b();
        a.removeEdge(e);
        b.removeEdge(e);
        undo.push(() -> {
            a.addEdge(e);
            b.addEdge(e);
        });
    }

    private static long[] hashes(List<String> keys) {
        long[] out = new long[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = BlockIndex.hash(keys.get(i));
        }
        return out;
    }

    // ---- a new model ----

    /**
     * Resolves every mention again under a new model ({@link Reresolution}).
     *
     * @return the entities whose membership changed, or that gained or lost a possible match
     */
    public Set<Entity<R>> reresolve(RecordComparator<R> newComparator, RecordComparator<R> holdApart, Weights newWeights,
                                    Thresholds newThresholds, String reason) {
        scoring.replace(newComparator, newWeights, newThresholds, undo);
        clusterer.holdApartBy(Apart.by(holdApart), undo);
        return Reresolution.run(this, reason);
    }

    /** Puts a model (scoring, and holding apart in clusters) to use without resolving again: at start-up. */
    public void reresolveNothing(RecordComparator<R> newComparator, RecordComparator<R> holdApart, Weights newWeights,
                                 Thresholds newThresholds) {
        scoring.replace(newComparator, newWeights, newThresholds, null);
        clusterer.holdApartBy(Apart.by(holdApart), null);
    }

    /** The mentions blocking brings a mention together with that arrived before it: the ones it was compared with. */
    public List<Mention<R>> earlierCandidates(Mention<R> m) {
        List<Mention<R>> out = new ArrayList<>();
        for (Mention<R> c : candidates(blocker.queryKeys(m.record), m)) {
            if (c.seq < m.seq) {
                out.add(c);
            }
        }
        return out;
    }

    public RecordComparator<R> comparator() {
        return scoring.comparator();
    }

    public Weights weights() {
        return scoring.weights();
    }

    /**
     * The probability at which the model in use joins two mentions: a possible match at or above it is one a rule
     * kept as a question ({@link Scoring}).
     */
    public double matchProbability() {
        return scoring.thresholds().match();
    }

    ResolutionListener<R> listener() {
        return listener;
    }

    Clusterer<R> clusterer() {
        return clusterer;
    }

    // ---- loading a stored state at start-up; no listener, no undo ----

    /**
     * The hashes of the blocking keys the blocker gives a record now. A mention stored by an earlier version
     * may have been filed under others; the loader restores it under these.
     */
    public long[] keyHashes(R record) {
        return hashes(blocker.keys(record));
    }

    /** Restores a stored mention, filed under the given blocking key hashes, in its stored entity. */
    public Mention<R> restore(long id, MentionKey key, int revision, long seq, R record, long[] keyHashes,
                              Object meta, String entityId, long entityCreatedSeq) {
        Mention<R> m = new Mention<>(mentions.size(), id, key, revision, seq, record, meta);
        mentions.add(m);
        byKey.put(key, m);
        for (long h : keyHashes) {
            index.add(h, m.index);
        }
        nextSeq = Math.max(nextSeq, seq + 1);
        entities.restoreMember(m, entityId, entityCreatedSeq);
        return m;
    }

    /** Restores a stored link between two restored mentions. */
    public void restoreLink(MentionKey a, MentionKey b, double probability, MatchOutcome outcome) {
        Mention<R> ma = byKey.get(a);
        Mention<R> mb = byKey.get(b);
        if (ma != null && mb != null) {
            Edge e = new Edge(ma, mb, probability, outcome);
            ma.addEdge(e);
            mb.addEdge(e);
        }
    }

    /** Restores an entity that is retired (merged away) so that its id is not handed out again by accident. */
    public void restoreRetired(String entityId, long createdSeq) {
        entities.restoreRetired(entityId, createdSeq);
    }

    // ---- reading ----

    public Mention<R> mention(MentionKey key) {
        return byKey.get(key);
    }

    public Entity<R> entity(String id) {
        return entities.get(id);
    }

    public Collection<Mention<R>> mentions() {
        return byKey.values();
    }

    public int mentionCount() {
        return byKey.size();
    }

    public int entityCount() {
        return entities.activeCount();
    }

    public int blockingKeyCount() {
        return index.keyCount();
    }

    /** How many pairs have been scored since start: the cost of resolution, for benchmarks. */
    public long comparisons() {
        return comparisons;
    }

    /** Scores two records under the model in use: as resolving does, and for explanations and tests. */
    public Score score(R a, R b) {
        return scoring.score(a, b);
    }
}
