package org.crosslink.evaluate.synthetic;

import java.time.Instant;
import java.util.List;

/** A report before it is written: who sent it, when, what it says and whom it mentions. Ids and refs come on writing. */
public record SyntheticReport(String source, Instant reportedAt, String exploitation, String narrative, List<Mention> persons) {
    public SyntheticReport {
        if (persons.isEmpty()) {
            throw new IllegalArgumentException("a report mentions at least one person");
        }
        persons = List.copyOf(persons);
    }
}
