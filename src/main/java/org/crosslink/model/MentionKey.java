package org.crosslink.model;

import java.util.Objects;

/** One person or location mention: a report and the ref it uses inside that report. */
public record MentionKey(ReportKey report, String ref) implements Comparable<MentionKey> {
    public MentionKey {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(ref, "ref");
        ref = Interned.of(ref);
    }

    public MentionKey(String source, String reportId, String ref) {
        this(new ReportKey(source, reportId), ref);
    }

    /** Parses {@code SOURCE/REPORT_ID#REF}. */
    public static MentionKey parse(String text) {
        int hash = text.lastIndexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("expected SOURCE/REPORT_ID#REF, got " + text);
        }
        return new MentionKey(ReportKey.parse(text.substring(0, hash)), text.substring(hash + 1));
    }

    @Override
    public String toString() {
        return text(report.toString(), ref);
    }

    /** The text of a mention's key from its report's key as text and its ref, as {@link #toString()} gives it. */
    public static String text(String reportKey, String ref) {
        return reportKey + "#" + ref;
    }

    // written out, as ReportKey's are
    @Override
    public boolean equals(Object o) {
        return o instanceof MentionKey k && ref.equals(k.ref) && report.equals(k.report);
    }

    @Override
    public int hashCode() {
        return 31 * report.hashCode() + ref.hashCode();
    }

    @Override
    public int compareTo(MentionKey o) {
        int c = report.compareTo(o.report);
        return c != 0 ? c : ref.compareTo(o.ref);
    }
}
