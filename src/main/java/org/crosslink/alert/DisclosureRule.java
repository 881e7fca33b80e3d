package org.crosslink.alert;

/**
 * Who may see a contribution (a mention in a report) in full, and who gets a hit notice instead: the one rule
 * that the alerts and the console's pages both apply.
 * <ul>
 * <li>Coordinators, and the source that reported it, see a contribution in full.</li>
 * <li>When a child is involved, nobody else does.</li>
 * <li>Otherwise a report graded P is disclosed in full; one graded C (or one the bus no longer holds) is not.</li>
 * </ul>
 */
public final class DisclosureRule {
    private final Recipients recipients;

    public DisclosureRule(Recipients recipients) {
        this.recipients = recipients;
    }

    /**
     * @param recipient     the code of whoever is to see it (a source or a coordinator)
     * @param reportSource  the source that reported the contribution
     * @param handling      the report's handling code ({@code P} or {@code C}), null when the report is not held
     * @param childInvolved whether a child is involved in what is shown (the alert, the entity)
     */
    public boolean full(String recipient, String reportSource, String handling, boolean childInvolved) {
        if (recipients.isCoordinator(recipient) || reportSource.equals(recipient)) {
            return true;
        }
        return !childInvolved && "P".equals(handling);
    }

    public boolean isCoordinator(String code) {
        return recipients.isCoordinator(code);
    }
}
