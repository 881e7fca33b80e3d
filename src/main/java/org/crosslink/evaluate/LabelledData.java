package org.crosslink.evaluate;

import java.util.List;
import java.util.Map;

import org.crosslink.model.MentionKey;
import org.crosslink.model.ReportKey;
import org.crosslink.model.Report;

/**
 * Reports with the true identity of their mentions: persons and locations each keyed by mention; a mention
 * absent from the truth is resolved but not scored. {@code rowIds} names the input row of each report made from
 * a CSV file (its report id is opaque), for the examples.
 */
public record LabelledData(List<Report> reports, Map<MentionKey, String> personTruth, Map<MentionKey, String> locationTruth,
                           Map<ReportKey, String> rowIds, InputProblems problems) {
    public LabelledData {
        reports = List.copyOf(reports);
        personTruth = Map.copyOf(personTruth);
        locationTruth = Map.copyOf(locationTruth);
        rowIds = Map.copyOf(rowIds);
    }
}
