package org.crosslink.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.dedupe.Decision;
import org.crosslink.dedupe.ReportEntry;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.intake.IntakeResult;
import org.crosslink.intake.Warning;
import org.crosslink.model.Location;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.ReportFacts;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.store.Bodies;
import org.crosslink.store.Json;
import org.crosslink.store.Rows;
import org.crosslink.undo.UndoLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 30, resolve: links the report's persons and locations to entities, and records the report as
 * the revision the bus holds. All or nothing: a failure leaves no change behind.
 */
public final class ResolveStage {
    private static final Logger LOG = LoggerFactory.getLogger(ResolveStage.class);
    private static final int MAX_WARNINGS_KEPT = 50;
    private final ResolutionEngine engine;
    private final ReportIndex reports;
    private final Deliveries deliveries;
    private final Clock clock;

    public ResolveStage(ResolutionEngine engine, ReportIndex reports, Deliveries deliveries, Clock clock) {
        this.engine = engine;
        this.reports = reports;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public void resolve(Item item) {
        UndoLog undo = item.batch().undo();
        int mark = undo.mark();
        try {
            IntakeResult.Accepted accepted = item.accepted();
            Report r = accepted.report();
            ReportEntry previous = item.previous();
            ResolutionEngine.Changes changes = engine.resolve(r,
                    previous == null ? List.of() : previous.personRefs(), previous == null ? List.of() : previous.locationRefs());
            List<String> personRefs = r.persons().stream().map(Person::ref).distinct().toList();
            List<String> locationRefs = r.locations().stream().map(Location::ref).distinct().toList();
            reports.put(r.key(), new ReportEntry(ReportFacts.of(r), personRefs, locationRefs, false), undo);
            Rows.Report row = row(item, accepted, personRefs, locationRefs);
            if (item.decision() == Decision.NEW) {
                item.batch().writes().reportInserts.add(row);
            } else {
                item.batch().writes().reportUpdates.add(row);
            }
            deliveries.settle(item, Outcome.ACCEPTED, r.key().toString(), r.revision(), null);
            boolean revision = item.decision() == Decision.REVISION;
            item.batch().writes().audit.add(new AuditEntry(clock.instant(), item.sender() == null ? r.source() : item.sender(),
                    revision ? AuditAction.ALTERATION : AuditAction.COLLECTION, r.key().toString(), null, null, null,
                    (revision ? "revision " + r.revision() + " supersedes " + previous.revision() : "revision " + r.revision())
                            + "; status " + r.investigationStatus() + "; grading " + r.grading().code() + "; persons "
                            + personRefs.size() + ", locations " + locationRefs.size() + ", warnings " + accepted.warnings().size()));
            item.changes(changes);
            LOG.debug("event=report.accepted source={} reportId={} revision={} decision={} persons={} locations={} warnings={} entities={}",
                    r.source(), r.reportId(), r.revision(), item.decision(), personRefs.size(), locationRefs.size(),
                    accepted.warnings().size(), changes.persons().size() + changes.locations().size());
        } catch (RuntimeException e) {
            undo.rollbackTo(mark);
            throw e;
        }
    }

    private Rows.Report row(Item item, IntakeResult.Accepted a, List<String> personRefs, List<String> locationRefs) {
        Report r = a.report();
        List<Warning> warnings = a.warnings().size() > MAX_WARNINGS_KEPT ? a.warnings().subList(0, MAX_WARNINGS_KEPT) : a.warnings();
        return new Rows.Report(r.key().toString(), r.source(), r.reportId(), r.revision(), r.reportedAt(),
                item.batch().receivedAt(), item.sender(), r.investigationStatus().name(),
                r.grading().source() + r.grading().intelligence(), r.grading().handling().name(),
                r.exploitation().stream().map(Enum::name).collect(Collectors.joining(",")),
                String.join(",", personRefs), String.join(",", locationRefs), Bodies.deflate(a.body()),
                warnings.isEmpty() ? null : Json.write(warnings));
    }
}
