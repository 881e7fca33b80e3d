package org.crosslink.messaging;

/** Message property names crosslink reads and writes. Force systems and subscribers may select on them. */
public final class Headers {
    /** Broker duplicate detection: a message whose id the broker has seen is dropped (Artemis {@code _AMQ_DUPL_ID}). */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    /** The source a message concerns: on rejected and dead-lettered messages, the source whose queue it came from. */
    public static final String SOURCE = "crosslinkSource";
    /** On a rejected report: the first rejection code, e.g. MISSING_FIELD. */
    public static final String REJECT_CODE = "crosslinkRejectCode";
    /** On a rejected report: every reason, a JSON array of {code, pointer, message}. */
    public static final String REJECT_REASONS = "crosslinkRejectReasons";
    /** On a rejected report: the reportId, when it could be read. */
    public static final String REPORT_ID = "crosslinkReportId";
    /** On a dead-lettered report: the exception class and message that stopped it. */
    public static final String ERROR = "crosslinkError";
    /** On a dead-lettered report: the queue it was taken from, where {@code dlq retry} puts it back. */
    public static final String ORIGINAL_QUEUE = "crosslinkOriginalQueue";
    /** On a dead-lettered report: the authenticated user that first sent it. */
    public static final String ORIGINAL_SENDER = "crosslinkOriginalSender";
    /** On a dead-lettered report: the bus's seal (HMAC) on the original sender and the body, checked when it is put back. */
    public static final String SENDER_SEAL = "crosslinkSenderSeal";
    /** On a dead-lettered report: when it failed, ISO-8601. */
    public static final String FAILED_AT = "crosslinkFailedAt";
    /** On a report sent by crosslink's own tools (replay, bench): when it was sent, epoch milliseconds, for latency. */
    public static final String SENT_AT = "crosslinkSentAt";
    /** On an operator's control message: the id of the request, under which the bus records its answer. */
    public static final String REQUEST_ID = "crosslinkRequestId";
    /** On an alert: the recipients this copy is for, comma-separated with leading and trailing commas (",MET,NCA-MSHT,"). */
    public static final String RECIPIENTS = "crosslinkRecipients";
    /**
     * On an alert: one boolean property a recipient, {@code crosslinkTo_} and its code with hyphens as underscores
     * ({@code crosslinkTo_NCA_MSHT}), which the subscriptions select on ({@link #recipient}).
     */
    public static final String RECIPIENT_PREFIX = "crosslinkTo_";
    /** On an alert: the alert type, e.g. VICTIM_TREATED_AS_OFFENDER. */
    public static final String ALERT_TYPE = "crosslinkAlertType";
    /** On an alert: its status, RAISED, UPDATED or WITHDRAWN. */
    public static final String ALERT_STATUS = "crosslinkAlertStatus";
    /** On an alert: the stable alert id. */
    public static final String ALERT_ID = "crosslinkAlertId";

    private Headers() {
    }

    /**
     * The property that marks an alert for one recipient. A selector's identifier cannot hold a hyphen, and codes hold
     * no underscore, so the name is the code's own.
     */
    public static String recipient(String code) {
        return RECIPIENT_PREFIX + code.replace('-', '_');
    }
}
