package org.crosslink.alert;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.crosslink.model.MentionFacts;

/**
 * What a rule found on an entity: the alert type, its subject (what the alert is about, which makes its
 * id), the entities, the mentions that are its evidence, its severity and a one-line summary that names
 * no one.
 */
public record Finding(AlertType type, String subject, List<String> entityIds, List<MentionFacts> evidence,
                      Severity severity, String summary) {
    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        entityIds = List.copyOf(entityIds);
        evidence = evidence.stream().sorted(Comparator.comparing(f -> f.key().toString())).toList();
    }

    /** Identifies the evidence: the same mentions at the same revisions give the same fingerprint. */
    public String fingerprint() {
        return evidence.stream().map(f -> f.key() + "@" + f.report().revision() + ":" + f.report().status())
                .collect(Collectors.joining(",")) + "|" + severity + "|" + String.join(",", entityIds);
    }

    public List<String> sources() {
        return evidence.stream().map(MentionFacts::source).distinct().sorted().toList();
    }
}
