package org.crosslink.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosslink.alert.RenderData;
import org.crosslink.dedupe.ReportEntry;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.model.MentionFacts;
import org.crosslink.model.MentionKey;
import org.crosslink.model.ReportKey;
import org.crosslink.resolve.Entity;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.ResolutionEngine;

/**
 * The persons of other entities named in reports about the same places as a person's reports (who lives or works with
 * them, or was found with them), and for a place, the persons named in the reports about it. Found in memory as an
 * alert changes (the place entities, not the address text, so a car wash written two ways is one place), as
 * {@code explain} finds them in the store. A place named in many reports is read only as far as {@code max}
 * associations; the alert names what was found.
 */
public final class PlaceAssociates {
    private final ResolutionEngine engine;
    private final ReportIndex reports;
    private final int max;

    /** @param max the most associations found for one entity (0: none) */
    public PlaceAssociates(ResolutionEngine engine, ReportIndex reports, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be 0 or more: " + max);
        }
        this.engine = engine;
        this.reports = reports;
        this.max = max;
    }

    /** Each (mention of the person, person of another entity, that person's report) once, at most {@code max}. */
    public List<RenderData.Association> of(Entity<?> person) {
        List<RenderData.Association> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention<?> mine : person.members()) {
            ReportEntry entry = reports.get(mine.key().report());
            if (entry == null) {
                continue;
            }
            // each of the person's mentions on its own: an alert names what its own contributions share
            Set<Entity<?>> places = new HashSet<>();
            for (String ref : entry.locationRefs()) {
                Mention<?> place = engine.locations().mention(new MentionKey(mine.key().report(), ref));
                if (place != null && place.entity() != null && places.add(place.entity())
                        && !collect(person, mine, place.entity(), out, seen)) {
                    return out;
                }
            }
        }
        return out;
    }

    /**
     * Each (mention of the place, person named in that mention's report) once, at most {@code max}: for an alert on
     * a place, who was reported there.
     */
    public List<RenderData.Association> ofPlace(Entity<?> place) {
        List<RenderData.Association> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention<?> mine : place.members()) {
            if (!addPersonsOf(place, mine, mine.key().report(), out, seen)) {
                break;
            }
        }
        return out;
    }

    /** The persons of the reports naming the place; false once {@code max} is reached. */
    private boolean collect(Entity<?> person, Mention<?> mine, Entity<?> place, List<RenderData.Association> out, Set<String> seen) {
        for (Mention<?> there : place.members()) {
            if (!addPersonsOf(person, mine, there.key().report(), out, seen)) {
                return false;
            }
        }
        return true;
    }

    /** The persons of one report, but those of {@code not}, as associates of {@code mine}; false once {@code max} is reached. */
    private boolean addPersonsOf(Entity<?> not, Mention<?> mine, ReportKey report, List<RenderData.Association> out, Set<String> seen) {
        ReportEntry entry = reports.get(report);
        if (entry == null) {
            return true;
        }
        Boolean child = null; // asked once a report, and only of one that gives an association
        for (String ref : entry.personRefs()) {
            Mention<?> other = engine.persons().mention(new MentionKey(report, ref));
            if (other == null || other.entity() == null || other.entity() == not || !other.entity().isActive()
                    || !seen.add(mine.key() + " " + other.entity().id() + " " + report)) {
                continue;
            }
            if (out.size() >= max) {
                return false;
            }
            child = child == null ? namesChild(report, entry) : child;
            out.add(new RenderData.Association(mine.key().toString(), RenderData.Association.PLACE, other.entity().id(),
                    report.toString(), report.source(), entry.facts().grading().handling().name(), child));
        }
        return true;
    }

    /** Whether the report names a child (any of its persons): what it says is a child's, whoever is named beside them. */
    private boolean namesChild(ReportKey report, ReportEntry entry) {
        for (String ref : entry.personRefs()) {
            Mention<?> m = engine.persons().mention(new MentionKey(report, ref));
            if (m != null && m.meta() instanceof MentionFacts f && f.child()) {
                return true;
            }
        }
        return false;
    }
}
