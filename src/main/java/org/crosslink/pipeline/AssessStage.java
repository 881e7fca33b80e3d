package org.crosslink.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.crosslink.alert.AlertState;
import org.crosslink.alert.Assessor;
import org.crosslink.alert.EntityView;
import org.crosslink.alert.RenderData;
import org.crosslink.model.MentionFacts;
import org.crosslink.model.ReportKey;
import org.crosslink.resolve.Edge;
import org.crosslink.resolve.Entity;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.store.Json;
import org.crosslink.store.Rows;
import org.crosslink.undo.UndoLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 40, assess: the alert rules run over every entity the report changed; each alert change is written
 * to the outbox in the batch's transaction, to be published once committed.
 */
public final class AssessStage {
    private static final Logger LOG = LoggerFactory.getLogger(AssessStage.class);
    private final Assessor assessor;
    private final Clock clock;
    private final AtomicLong outboxIds;
    private final PlaceAssociates places;
    /** The person model in use: what probability it joins at, to tell a question kept by a rule from one short of a match. */
    private final ResolutionEngine engine;

    public AssessStage(Assessor assessor, Clock clock, AtomicLong outboxIds, PlaceAssociates places, ResolutionEngine engine) {
        this.engine = engine;
        this.assessor = assessor;
        this.clock = clock;
        this.outboxIds = outboxIds;
        this.places = places;
    }

    public void assess(Item item) {
        ResolutionEngine.Changes changes = item.changes();
        if (changes == null || changes.isEmpty()) {
            return;
        }
        UndoLog undo = item.batch().undo();
        int mark = undo.mark();
        try {
            List<AlertState> out = new ArrayList<>();
            for (Entity<?> e : changes.persons()) {
                out.addAll(assess(EntityView.Kind.PERSON, e, undo));
            }
            for (Entity<?> e : changes.locations()) {
                out.addAll(assess(EntityView.Kind.LOCATION, e, undo));
            }
            for (AlertState a : out) {
                record(item, a);
            }
        } catch (RuntimeException e) {
            undo.rollbackTo(mark);
            throw e;
        }
    }

    private List<AlertState> assess(EntityView.Kind kind, Entity<?> e, UndoLog undo) {
        if (!e.isActive()) {
            return assessor.gone(e.id(), e.mergedInto(), clock.instant(), undo);
        }
        List<EntityView.PossibleMatch> possible = kind == EntityView.Kind.PERSON
                ? possibleMatches(e, engine.persons().matchProbability()) : List.of();
        // every other rule needs two mentions at least; an entity of one with no alert and no possible match has nothing to assess
        if (e.members().size() < 2 && possible.isEmpty() && !assessor.book().hasAlerts(e.id())) {
            return List.of();
        }
        List<MentionFacts> facts = new ArrayList<>(e.members().size());
        for (Mention<?> m : e.members()) {
            facts.add((MentionFacts) m.meta());
        }
        List<AlertState> changes = assessor.assess(new EntityView(kind, e.id(), facts, possible), clock.instant(), undo);
        return withPlaceAssociates(kind, e, changes);
    }

    /**
     * The active changes with the persons named at the entity's places (for a place, at the place itself), looked
     * up once for them all.
     */
    private List<AlertState> withPlaceAssociates(EntityView.Kind kind, Entity<?> e, List<AlertState> changes) {
        List<String> found = null;
        List<AlertState> out = new ArrayList<>(changes.size());
        for (AlertState a : changes) {
            if (a.isActive()) {
                if (found == null) {
                    found = (kind == EntityView.Kind.PERSON ? places.of(e) : places.ofPlace(e)).stream()
                            .map(RenderData.Association::placeEntry).toList();
                }
                a = a.withPlaceAssociates(found);
            }
            out.add(a);
        }
        return out;
    }

    /**
     * Links in the possible-match band from the entity's mentions to mentions of other active entities; none to an
     * entity holding another person of one of this entity's reports: two persons of one report are two people, and
     * the two entities can never be one.
     */
    private static List<EntityView.PossibleMatch> possibleMatches(Entity<?> e, double match) {
        List<EntityView.PossibleMatch> out = new ArrayList<>();
        Set<ReportKey> reports = null;
        for (Mention<?> m : e.members()) {
            for (Edge edge : m.edges()) {
                if (edge.outcome() != MatchOutcome.POSSIBLE) {
                    continue;
                }
                Mention<?> theirs = edge.other(m);
                Entity<?> other = theirs.entity();
                if (other == null || other == e || !other.isActive()) {
                    continue;
                }
                if (reports == null) {
                    reports = new HashSet<>();
                    for (Mention<?> own : e.members()) {
                        reports.add(own.key().report());
                    }
                }
                if (!holdsAny(other, reports)) {
                    out.add(new EntityView.PossibleMatch(other.id(), (MentionFacts) m.meta(), (MentionFacts) theirs.meta(),
                            edge.probability(), edge.probability() >= match));
                }
            }
        }
        return out;
    }

    private static boolean holdsAny(Entity<?> other, Set<ReportKey> reports) {
        for (Mention<?> m : other.members()) {
            if (reports.contains(m.key().report())) {
                return true;
            }
        }
        return false;
    }

    private void record(Item item, AlertState a) {
        String state = Json.write(a);
        long id = outboxIds.getAndIncrement();
        item.batch().writes().outbox.add(new Rows.Outbox(id, a.alertId(), a.version(), state, a.updatedAt()));
        LOG.debug("event=alert.{} alertId={} version={} type={} severity={} sources={} recipients={}",
                a.status().name().toLowerCase(), a.alertId(), a.version(), a.type(), a.severity(), a.sources(), a.recipients().size());
    }
}
