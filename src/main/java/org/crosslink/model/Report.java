package org.crosslink.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An intelligence report, wire format v1, as accepted by intake. */
public record Report(int schemaVersion, String reportId, String source, int revision, Instant reportedAt,
                     InvestigationStatus investigationStatus, Grading grading, String handlingConditions,
                     List<Exploitation> exploitation, String narrative, List<Person> persons,
                     List<Location> locations, List<Event> events) {
    public Report {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(grading, "grading");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more");
        }
        investigationStatus = investigationStatus == null ? InvestigationStatus.OPEN : investigationStatus;
        exploitation = exploitation == null ? List.of() : List.copyOf(exploitation);
        persons = persons == null ? List.of() : List.copyOf(persons);
        locations = locations == null ? List.of() : List.copyOf(locations);
        events = events == null ? List.of() : List.copyOf(events);
        if (persons.isEmpty() && locations.isEmpty()) {
            throw new IllegalArgumentException("a report names at least one person or location");
        }
    }

    public ReportKey key() {
        return new ReportKey(source, reportId);
    }

    public Optional<Location> location(String ref) {
        return locations.stream().filter(l -> l.ref().equals(ref)).findFirst();
    }

    /** The events a report records for one of its persons. */
    public List<Event> eventsOf(String personRef) {
        return events.stream().filter(e -> personRef.equals(e.personRef())).toList();
    }
}
