package org.crosslink.store;

import org.crosslink.model.MentionFacts;
import org.crosslink.model.ReportFacts;
import org.crosslink.model.Role;

/** The mention facts the alert rules need, stored compactly as {@code ROLE|flags} (v victim, p punished, c child). */
public final class FactsCodec {
    private FactsCodec() {
    }

    public static String encode(MentionFacts f) {
        String flags = (f.victim() ? "v" : "") + (f.punished() ? "p" : "") + (f.child() ? "c" : "");
        return (f.role() == null ? "-" : f.role().name()) + "|" + flags;
    }

    /** Whether stored facts say the mention is a child's, without decoding the rest. */
    public static boolean isChild(String text) {
        return text.indexOf('c', text.indexOf('|') + 1) >= 0;
    }

    public static MentionFacts decode(String text, ReportFacts report, String ref) {
        int bar = text.indexOf('|');
        String role = text.substring(0, bar);
        String flags = text.substring(bar + 1);
        return new MentionFacts(report, ref, role.equals("-") ? null : Role.valueOf(role),
                flags.contains("v"), flags.contains("p"), isChild(text));
    }
}
