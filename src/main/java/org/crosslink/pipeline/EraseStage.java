package org.crosslink.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.dedupe.ReportEntry;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.model.ReportKey;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.store.Json;
import org.crosslink.store.Rows;
import org.crosslink.undo.UndoLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * An operator's erasure request (a review decision under the retention rules), taken from the control
 * queue by the same single writer as the reports: the report's content and mentions go, the entities it
 * contributed to are recomputed, and the alerts that no longer stand are withdrawn by the assess stage.
 * The audit entry records who asked, and why, without copying anything erased.
 */
public final class EraseStage {
    private static final Logger LOG = LoggerFactory.getLogger(EraseStage.class);
    private final ResolutionEngine engine;
    private final ReportIndex reports;
    private final Deliveries deliveries;
    private final Clock clock;

    public EraseStage(ResolutionEngine engine, ReportIndex reports, Deliveries deliveries, Clock clock) {
        this.engine = engine;
        this.reports = reports;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public void erase(Item item) {
        item.markStart();
        if (item.settled()) {
            return;
        }
        String text = item.body() instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(item.body());
        JsonNode request;
        ReportKey key;
        try {
            request = Json.MAPPER.readTree(text);
            key = ReportKey.parse(request.path("report").asString(""));
        } catch (RuntimeException e) {
            settle(item, null, "refused: not an erasure request");
            return;
        }
        String reason = request.path("reason").asString("");
        ReportEntry entry = reports.get(key);
        if (!"ERASE".equals(request.path("action").asString()) || reason.isBlank()) {
            settle(item, key, "refused: an erasure needs action ERASE and a reason");
        } else if (entry == null) {
            settle(item, key, "refused: no such report");
        } else if (entry.erased()) {
            settle(item, key, "already erased");
        } else {
            erase(item, key, entry, reason);
        }
    }

    private void erase(Item item, ReportKey key, ReportEntry entry, String reason) {
        UndoLog undo = item.batch().undo();
        int mark = undo.mark();
        try {
            ResolutionEngine.Changes changes = engine.erase(key, entry.personRefs(), entry.locationRefs(), "erasure of " + key);
            reports.put(key, new ReportEntry(entry.facts(), List.of(), List.of(), true), undo);
            item.batch().writes().erasures.add(new Rows.Erasure(key.toString(), clock.instant(), reason));
            int mentions = entry.personRefs().size() + entry.locationRefs().size();
            item.batch().writes().audit.add(new AuditEntry(clock.instant(), item.sender() == null ? "operator" : item.sender(),
                    AuditAction.ERASURE, key.toString(), null, null, null,
                    "reason: " + reason + "; mentions removed " + mentions + "; entities recomputed "
                            + (changes.persons().size() + changes.locations().size())));
            item.changes(changes);
            settle(item, key, "erased");
            LOG.info("event=report.erased report={} by={} mentions={}", key, item.sender(), mentions);
        } catch (RuntimeException e) {
            undo.rollbackTo(mark);
            throw e;
        }
    }

    private void settle(Item item, ReportKey key, String result) {
        deliveries.settle(item, Outcome.CONTROL, key == null ? null : key.toString(), null, result);
        if (!"erased".equals(result)) {
            LOG.warn("event=erasure.refused report={} by={} result={}", key, item.sender(), result);
        }
    }
}
