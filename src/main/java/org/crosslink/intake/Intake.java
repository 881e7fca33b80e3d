package org.crosslink.intake;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.model.Report;
import tools.jackson.databind.JsonNode;

/**
 * Intake of one message from a source's inbound queue: bounded parsing, the schema, the source checks,
 * then the data-quality checks. The source of a report is the queue it arrived on (and, with security
 * on, the authenticated sender), never what the payload claims.
 */
public final class Intake {
    private final ReportParser parser;
    private final ReportSchema schema;
    private final ReportReader reader = new ReportReader();
    private final DataQuality quality = new DataQuality();

    public Intake(ReportParser parser, ReportSchema schema) {
        this.parser = parser;
        this.schema = schema;
    }

    /**
     * @param queueSource the source whose inbound queue the message came from
     * @param sender      the authenticated user that sent it, or null when the broker does not authenticate
     * @param body        the body: a String for text messages, byte[] for bytes messages, {@link Oversize} when too large to read
     */
    public IntakeResult examine(String queueSource, String sender, Object body) {
        ParsedBody parsed;
        if (body instanceof Oversize o) {
            parsed = ParsedBody.rejected(RejectionCode.OVERSIZE,
                    "the body has " + o.bytes() + " bytes; the limit is " + parser.limits().maxBytes());
        } else {
            parsed = body instanceof byte[] bytes ? parser.parse(bytes) : parser.parse((String) body);
        }
        if (!parsed.ok()) {
            return new IntakeResult.Rejected(List.of(parsed.rejection()), null, null);
        }
        JsonNode json = parsed.json();
        String reportId = json.path("reportId").isString() ? json.path("reportId").asString() : null;
        Integer revision = json.path("revision").canConvertToInt() ? json.path("revision").asInt() : null;
        ReportSchema.Findings findings = schema.check(json);
        List<Rejection> reasons = new ArrayList<>(findings.rejections());
        sourceChecks(queueSource, sender, json, reasons);
        if (!reasons.isEmpty()) {
            return new IntakeResult.Rejected(reasons, reportId, revision);
        }
        Report report;
        try {
            report = reader.read(json);
        } catch (ReportReader.BadValue e) {
            return new IntakeResult.Rejected(List.of(new Rejection(RejectionCode.INVALID_VALUE, e.pointer(), e.getMessage())),
                    reportId, revision);
        }
        List<Warning> warnings = new ArrayList<>(findings.warnings());
        warnings.addAll(quality.check(report));
        String text = body instanceof String s ? s : json.toString();
        return new IntakeResult.Accepted(report, text, warnings);
    }

    private static void sourceChecks(String queueSource, String sender, JsonNode json, List<Rejection> reasons) {
        if (sender != null && !sender.equals(queueSource)) {
            reasons.add(0, new Rejection(RejectionCode.SOURCE_MISMATCH, "",
                    "sender '" + sender + "' may not submit reports for " + queueSource));
            return;
        }
        JsonNode claimed = json.path("source");
        boolean known = reasons.stream().noneMatch(r -> r.pointer().equals("/source"));
        if (known && claimed.isString() && !claimed.asString().equals(queueSource)) {
            reasons.add(0, new Rejection(RejectionCode.SOURCE_MISMATCH, "/source",
                    "report claims source '" + claimed.asString() + "' but arrived on the queue of " + queueSource));
        }
    }
}
