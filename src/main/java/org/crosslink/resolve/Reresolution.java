package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Score;

/**
 * Every mention of a resolver resolved again under the model it has just been given: every link scored again,
 * as if the mentions arrived anew in the order they did, and every entity recomputed from the new links. Entity
 * ids stay where they can, as for any merge or split; the listener hears every link that goes or comes and
 * every change of entity.
 */
final class Reresolution<R> {
    private final Resolver<R> resolver;
    private final List<Mention<R>> all;
    private final Map<Mention<R>, Entity<R>> before = new IdentityHashMap<>();
    /** Mentions that lost or gained a possible match: their entities changed for the alerts, if not in membership. */
    private final Set<Mention<R>> relinked = Collections.newSetFromMap(new IdentityHashMap<>());

    private Reresolution(Resolver<R> resolver) {
        this.resolver = resolver;
        this.all = new ArrayList<>(resolver.mentions());
        all.sort(Comparator.comparingLong(Mention::seq));
    }

    /** @return the entities whose membership changed, or that gained or lost a possible match */
    static <R> Set<Entity<R>> run(Resolver<R> resolver, String reason) {
        Reresolution<R> r = new Reresolution<>(resolver);
        resolver.listener().rescoring();
        r.unlinkAll();
        r.linkAgain();
        r.recluster(reason);
        return r.changed();
    }

    private void unlinkAll() {
        for (Mention<R> m : all) {
            before.put(m, m.entity);
            for (Edge e : List.copyOf(m.edges)) {
                if (e.a() == m) {
                    resolver.unlink(e);
                    resolver.listener().linkRemoved(e);
                    if (!e.isMatch()) {
                        relinked.add(m);
                        relinked.add(e.other(m));
                    }
                }
            }
        }
    }

    private void linkAgain() {
        for (Mention<R> m : all) {
            for (Mention<R> c : resolver.earlierCandidates(m)) {
                Score score = resolver.score(m.record, c.record);
                resolver.listener().compared(m, c, score);
                if (score.outcome() != MatchOutcome.NO_MATCH) {
                    resolver.link(m, c, score);
                    if (score.outcome() != MatchOutcome.MATCH) {
                        relinked.add(m);
                        relinked.add(c);
                    }
                }
            }
        }
    }

    private void recluster(String reason) {
        Set<Mention<R>> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Mention<R> m : all) {
            if (done.add(m)) {
                resolver.clusterer().recluster(List.of(m), null, reason);
                done.addAll(m.entity.members);
            }
        }
    }

    private Set<Entity<R>> changed() {
        Set<Entity<R>> changed = new LinkedHashSet<>();
        for (Mention<R> m : all) {
            Entity<R> was = before.get(m);
            if (was != m.entity || relinked.contains(m)) {
                changed.add(m.entity);
                if (was != null) {
                    changed.add(was);
                }
            }
        }
        return changed;
    }
}
