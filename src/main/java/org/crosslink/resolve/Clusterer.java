package org.crosslink.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;

import org.crosslink.model.MentionKey;
import org.crosslink.undo.UndoLog;

/**
 * Recomputes the entities of a component (the mentions joined by match links) as a function of the
 * links alone: links are taken strongest first, ties broken by the mentions' keys, and each joins two
 * clusters unless that would put two mentions of one report revision together (they are different
 * people or places by definition) or two mentions that contradict each other strongly (a given name and a date
 * of birth years apart, two passports): a mention does not join an entity one of whose members it so
 * contradicts, however strong its link to another member is. A weak contradiction (one such field, which one
 * badly kept record explains) holds two clusters apart unless it is one record's own slip or the match links
 * between them outnumber such contradictions, one of them certain when the clusters disagree as wholes
 * ({@link ClusterUnion}): a record with a mangled date joins the
 * person its other records match many times over, while a chain through one vague mention cannot join a
 * father to his son. A join refused is asked again once every other link has been taken, when the clusters are
 * whole: refused while one of them was half built, it may have been one record's slip against one other. A mention
 * that cannot say which of two people it is ({@link Ambiguity}) joins last, or not at all. The result does not
 * depend on the order mentions arrived in.
 * <p>
 * Entity ids are then handed to the new clusters, oldest entity first: an entity keeps its id for the
 * cluster that holds the mention that founded it (or, when that mention has gone, most of its mentions), so
 * a merge keeps the id of the older entity and each part of a split keeps the id it had; a cluster that no
 * entity claims gets the id of its oldest mention, which revives that mention's retired entity if it had one.
 */
final class Clusterer<R> {
    private static final Comparator<Edge> STRONGEST_FIRST = Comparator.comparingDouble(Edge::probability).reversed()
            .thenComparing(e -> low(e)).thenComparing(e -> high(e));
    private final Entities<R> entities;
    private final int maxComponentSize;
    private final DoubleSupplier matchProbability;
    private Apart<R> apart;
    private ResolutionListener<R> listener = ResolutionListener.none();

    Clusterer(Entities<R> entities, int maxComponentSize, Apart<R> apart, DoubleSupplier matchProbability) {
        this.entities = entities;
        this.maxComponentSize = maxComponentSize;
        this.apart = apart;
        this.matchProbability = matchProbability;
    }

    /** Holds people apart by other rules from now on; undone with the batch when an undo log is given. */
    void holdApartBy(Apart<R> rules, UndoLog undo) {
        Apart<R> old = apart;
        apart = rules;
        if (undo != null) {
            undo.push(() -> apart = old);
        }
    }

    void bind(ResolutionListener<R> listener, UndoLog undo) {
        this.listener = listener;
    }

    /** Recomputes the entities of the component(s) reached from the seeds; returns the entities changed. */
    Set<Entity<R>> recluster(Collection<Mention<R>> seeds, MentionKey cause, String reason) {
        List<Mention<R>> members = component(seeds);
        List<List<Mention<R>>> clusters = clusters(members);
        return assign(members, clusters, cause, reason);
    }

    /**
     * The entities once a new mention is placed: with those it matches, and with the clusters of those it possibly
     * matches, since it may be the rival that leaves one of their mentions torn between two people. One that links
     * to no one stands alone (the common case, without the general machinery).
     */
    Set<Entity<R>> place(Mention<R> m, MentionKey cause, String reason) {
        List<Mention<R>> seeds = new ArrayList<>(List.of(m));
        boolean matches = false;
        for (Edge e : m.edges) {
            matches |= e.isMatch();
            if (!e.isMatch() && hasMatch(e.other(m))) {
                seeds.add(e.other(m));
            }
        }
        return matches || seeds.size() > 1 ? recluster(seeds, cause, reason) : alone(m);
    }

    private static boolean hasMatch(Mention<?> m) {
        for (Edge e : m.edges) {
            if (e.isMatch()) {
                return true;
            }
        }
        return false;
    }

    /** A new mention that matches no one: a new entity of its own. */
    Set<Entity<R>> alone(Mention<R> m) {
        Entity<R> e = entities.found(m);
        entities.assign(m, e);
        return Set.of(e);
    }

    /** Breadth-first over match links; bounded, so that one hub cannot make a report cost the whole store. */
    private List<Mention<R>> component(Collection<Mention<R>> seeds) {
        Set<Mention<R>> seen = new LinkedHashSet<>(seeds);
        Deque<Mention<R>> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty() && seen.size() < maxComponentSize) {
            Mention<R> m = queue.poll();
            for (Edge e : m.edges) {
                if (e.isMatch()) {
                    Mention<R> o = e.other(m);
                    if (seen.add(o)) {
                        queue.add(o);
                    }
                }
            }
        }
        return new ArrayList<>(seen);
    }

    private List<List<Mention<R>>> clusters(List<Mention<R>> members) {
        Set<Mention<R>> inComponent = new HashSet<>(members);
        List<Edge> edges = new ArrayList<>();
        for (Mention<R> m : members) {
            for (Edge e : m.edges) {
                if (e.isMatch() && e.a() == m && inComponent.contains(e.b())) {
                    edges.add(e);
                }
            }
        }
        edges.sort(STRONGEST_FIRST);
        Ambiguity<R> ambiguity = new Ambiguity<>(apart, matchProbability.getAsDouble());
        Map<Mention<R>, List<Edge>> doubtful = ambiguity.doubtful(members, inComponent);
        ClusterUnion<R> uf = new ClusterUnion<>(members, apart);
        List<Edge> refused = new ArrayList<>();
        for (Edge e : edges) {
            if (!doubtful.containsKey(e.a()) && !doubtful.containsKey(e.b()) && !uf.unionUnlessConflict(cast(e.a()), cast(e.b()))) {
                refused.add(e);
            }
        }
        // a join refused while its clusters were small is asked again once the others are joined: a Cassandra
        // whose strongest link was to a Sandra beside one Andra is one Sandra's slip among five, not a second woman
        for (Edge e : refused) {
            uf.unionUnlessConflict(cast(e.a()), cast(e.b()));
        }
        Set<Mention<R>> torn = new HashSet<>();
        doubtful.forEach((m, links) -> {
            if (ambiguity.torn(m, links, uf, inComponent)) {
                torn.add(m);
            }
        });
        for (Edge e : edges) {
            if ((doubtful.containsKey(e.a()) || doubtful.containsKey(e.b())) && !torn.contains(e.a()) && !torn.contains(e.b())) {
                uf.unionUnlessConflict(cast(e.a()), cast(e.b()));
            }
        }
        return uf.groups(members);
    }

    private Set<Entity<R>> assign(List<Mention<R>> members, List<List<Mention<R>>> clusters, MentionKey cause, String reason) {
        Map<Mention<R>, Integer> clusterOf = new IdentityHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (Mention<R> m : clusters.get(i)) {
                clusterOf.put(m, i);
            }
        }
        List<Entity<R>> old = new ArrayList<>(new LinkedHashSet<>(members.stream()
                .map(m -> m.entity).filter(e -> e != null).toList()));
        old.sort(Comparator.comparingLong(Entity<R>::createdSeq).thenComparing(Entity::id));
        Map<Integer, Entity<R>> owner = new HashMap<>();
        Map<Entity<R>, Map<Integer, Integer>> spread = new LinkedHashMap<>();
        for (Entity<R> e : old) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (Mention<R> m : e.members) {
                Integer c = clusterOf.get(m);
                if (c != null) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
            spread.put(e, counts);
            Integer home = founderCluster(e, clusterOf);
            if (home == null) {
                home = counts.entrySet().stream()
                        .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                                .thenComparing(en -> -oldestSeq(clusters.get(en.getKey()))))
                        .map(Map.Entry::getKey).orElse(null);
            }
            if (home != null && !owner.containsKey(home)) {
                owner.put(home, e);
            }
        }
        Set<Entity<R>> changed = new LinkedHashSet<>(old);
        for (int i = 0; i < clusters.size(); i++) {
            if (!owner.containsKey(i)) {
                owner.put(i, entities.found(oldest(clusters.get(i))));
            }
            Entity<R> target = owner.get(i);
            changed.add(target);
            for (Mention<R> m : clusters.get(i)) {
                entities.assign(m, target);
            }
        }
        events(old, spread, owner, cause, reason);
        return changed;
    }

    private void events(List<Entity<R>> old, Map<Entity<R>, Map<Integer, Integer>> spread,
                        Map<Integer, Entity<R>> owner, MentionKey cause, String reason) {
        Map<Entity<R>, List<String>> absorbed = new LinkedHashMap<>();
        for (Entity<R> e : old) {
            Map<Integer, Integer> counts = spread.get(e);
            List<String> parts = counts.keySet().stream().sorted().map(c -> owner.get(c).id).filter(id -> !id.equals(e.id)).toList();
            if (e.members.isEmpty()) {
                Entity<R> into = counts.isEmpty() ? null : owner.get(counts.entrySet().stream()
                        .max(Map.Entry.comparingByValue()).get().getKey());
                entities.retire(e, into);
                if (into != null) {
                    absorbed.computeIfAbsent(into, k -> new ArrayList<>()).add(e.id);
                }
            } else if (!parts.isEmpty() && owner.containsValue(e)) {
                listener.event(new EntityEvent(EntityEvent.Kind.SPLIT, e.id, parts, cause, reason));
            }
        }
        absorbed.forEach((into, ids) -> listener.event(new EntityEvent(EntityEvent.Kind.MERGE, into.id, ids, cause, reason)));
    }

    /** The cluster holding the mention that founded the entity (the member created with it), if it is still there. */
    private static <R> Integer founderCluster(Entity<R> e, Map<Mention<R>, Integer> clusterOf) {
        for (Mention<R> m : e.members) {
            if (m.seq == e.createdSeq) {
                return clusterOf.get(m);
            }
        }
        return null;
    }

    private static <R> Mention<R> oldest(List<Mention<R>> cluster) {
        Mention<R> o = cluster.get(0);
        for (Mention<R> m : cluster) {
            if (m.seq < o.seq) {
                o = m;
            }
        }
        return o;
    }

    private static <R> long oldestSeq(List<Mention<R>> cluster) {
        return oldest(cluster).seq;
    }

    private static MentionKey low(Edge e) {
        return e.a().key().compareTo(e.b().key()) <= 0 ? e.a().key() : e.b().key();
    }

    private static MentionKey high(Edge e) {
        return e.a().key().compareTo(e.b().key()) <= 0 ? e.b().key() : e.a().key();
    }

    @SuppressWarnings("unchecked")
    private static <R> Mention<R> cast(Mention<?> m) {
        return (Mention<R>) m;
    }
}
