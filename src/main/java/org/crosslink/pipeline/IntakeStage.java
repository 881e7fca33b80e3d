package org.crosslink.pipeline;

import org.crosslink.intake.Intake;
import org.crosslink.intake.IntakeResult;
import org.crosslink.intake.Rejection;
import org.crosslink.store.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stage 10, intake: validates the message; a rejected report goes to its source's rejected queue with the reasons. */
public final class IntakeStage {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeStage.class);
    private final Intake intake;
    private final Deliveries deliveries;

    public IntakeStage(Intake intake, Deliveries deliveries) {
        this.intake = intake;
        this.deliveries = deliveries;
    }

    public void examine(Item item) {
        item.markStart();
        if (item.settled()) {
            return;
        }
        IntakeResult result = intake.examine(item.source(), item.sender(), item.body());
        item.intake(result);
        if (result instanceof IntakeResult.Rejected rejected) {
            reject(item, rejected);
        }
    }

    private void reject(Item item, IntakeResult.Rejected r) {
        String reasons = Json.write(r.reasons());
        deliveries.settle(item, Outcome.REJECTED, null, r.revision(), reasons);
        item.batch().outgoing().add(rejection(item, r.reportId(), r.code().name(), reasons));
        Rejection first = r.reasons().get(0);
        LOG.info("event=report.rejected source={} reportId={} code={} pointer={} reasons={}", item.source(),
                r.reportId() == null ? "-" : r.reportId(), first.code(), first.pointer().isEmpty() ? "/" : first.pointer(),
                r.reasons().size());
    }

    /** The answer to a rejected report: the original message, to the source's rejected queue, with the reasons. */
    static Outgoing rejection(Item item, String reportId, String code, String reasonsJson) {
        return new Outgoing.Rejected(item, code, reasonsJson, reportId);
    }
}
