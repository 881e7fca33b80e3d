package org.crosslink.dedupe;

import java.util.List;
import java.util.Objects;

import org.crosslink.model.Interned;
import org.crosslink.model.ReportFacts;

/** The revision of a report the bus holds, with the refs of its persons and locations. */
public record ReportEntry(ReportFacts facts, List<String> personRefs, List<String> locationRefs, boolean erased) {
    public ReportEntry {
        Objects.requireNonNull(facts, "facts");
        personRefs = Interned.all(personRefs);
        locationRefs = Interned.all(locationRefs);
    }

    public int revision() {
        return facts.revision();
    }
}
