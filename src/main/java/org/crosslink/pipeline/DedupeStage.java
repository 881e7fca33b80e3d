package org.crosslink.pipeline;

import org.crosslink.dedupe.Decision;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.model.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 20, dedupe: an exact re-delivery (same source, report id and revision) is dropped, a lower revision
 * arriving after a higher one is ignored; both are counted. A new report or a higher revision goes on.
 */
public final class DedupeStage {
    private static final Logger LOG = LoggerFactory.getLogger(DedupeStage.class);
    private final ReportIndex reports;
    private final Deliveries deliveries;

    public DedupeStage(ReportIndex reports, Deliveries deliveries) {
        this.reports = reports;
        this.deliveries = deliveries;
    }

    public void check(Item item) {
        Report r = item.accepted().report();
        Decision decision = reports.decide(r.key(), r.revision());
        item.decide(decision, reports.get(r.key()));
        switch (decision) {
            case DUPLICATE -> {
                deliveries.settle(item, Outcome.DUPLICATE, r.key().toString(), r.revision(), null);
                LOG.debug("event=report.duplicate source={} reportId={} revision={}", r.source(), r.reportId(), r.revision());
            }
            case SUPERSEDED -> {
                deliveries.settle(item, Outcome.SUPERSEDED, r.key().toString(), r.revision(), null);
                LOG.debug("event=report.superseded source={} reportId={} revision={} held={}", r.source(), r.reportId(),
                        r.revision(), item.previous().revision());
            }
            default -> {
            }
        }
    }
}
