package org.crosslink.model;

import java.util.Objects;

/** A report's identity across revisions: its source and its id, written {@code SOURCE/REPORT_ID}. */
public record ReportKey(String source, String reportId) implements Comparable<ReportKey> {
    public ReportKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reportId, "reportId");
        source = Interned.of(source);
    }

    /** Parses {@code SOURCE/REPORT_ID}; the id itself may contain slashes. */
    public static ReportKey parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("expected SOURCE/REPORT_ID, got " + text);
        }
        return new ReportKey(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return source + "/" + reportId;
    }

    // written out: the generated ones go through a method handle that the JIT does not always inline, and keys are
    // looked up in every map of the resolver (1.5% of the intake thread's CPU in a profile of bench)
    @Override
    public boolean equals(Object o) {
        return o instanceof ReportKey k && reportId.equals(k.reportId) && source.equals(k.source);
    }

    @Override
    public int hashCode() {
        return 31 * source.hashCode() + reportId.hashCode();
    }

    @Override
    public int compareTo(ReportKey o) {
        int c = source.compareTo(o.source);
        return c != 0 ? c : reportId.compareTo(o.reportId);
    }
}
