package org.crosslink.alert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.crosslink.model.MentionFacts;

/**
 * POSSIBLE_MATCH: a person entity is linked, in the possible-match band, to a person entity that another source
 * holds. One alert for each pair of entities, whichever side is assessed: its subject is the pair, its evidence
 * the mentions the links join, so both sides find the same alert. It ends (WITHDRAWN) when the two are joined,
 * or the link goes with a revision or an erasure. A question whose answer, yes, would make a potential victim on one
 * side an offender on the other is HIGH, not the configured severity, whichever is higher.
 */
public final class PossibleMatchRule implements Rule {
    private final AlertSettings settings;

    public PossibleMatchRule(AlertSettings settings) {
        this.settings = settings;
    }

    @Override
    public AlertType type() {
        return AlertType.POSSIBLE_MATCH;
    }

    @Override
    public boolean appliesTo(EntityView.Kind kind) {
        return kind == EntityView.Kind.PERSON;
    }

    @Override
    public List<Finding> evaluate(EntityView e) {
        Map<String, List<EntityView.PossibleMatch>> byOther = new TreeMap<>();
        for (EntityView.PossibleMatch p : e.possibleMatches()) {
            byOther.computeIfAbsent(p.otherEntityId(), k -> new ArrayList<>()).add(p);
        }
        List<Finding> out = new ArrayList<>();
        byOther.forEach((other, links) -> {
            Set<MentionFacts> first = new LinkedHashSet<>();
            Set<MentionFacts> second = new LinkedHashSet<>();
            boolean oursFirst = e.entityId().compareTo(other) < 0;
            double best = 0;
            boolean question = false;
            for (EntityView.PossibleMatch p : links) {
                (oursFirst ? first : second).add(p.ours());
                (oursFirst ? second : first).add(p.theirs());
                best = Math.max(best, p.probability());
                question |= p.question();
            }
            List<String> firstSources = sources(first);
            List<String> secondSources = sources(second);
            if (firstSources.equals(secondSources) && firstSources.size() == 1) {
                return; // one source's own records: not a cross-source question
            }
            List<MentionFacts> evidence = new ArrayList<>(first);
            evidence.addAll(second);
            List<String> pair = oursFirst ? List.of(e.entityId(), other) : List.of(other, e.entityId());
            // below 0.01 only when one identity document is between them and little else is (a false identity)
            String p = best < 0.01 ? "p < 0.01" : String.format("p = %.2f", best);
            // past a match by the sum, yet kept apart by a rule (house-mates of one given name): not "short of a match"
            String summary = String.format("A person known to %s may be the same as a person known to %s "
                    + "(%s, %s): for review", String.join(", ", firstSources),
                    String.join(", ", secondSources), p, question ? "a question by rule, not a match" : "short of a match");
            Severity severity = settings.severity(type());
            // if they are one, a potential victim is treated as an offender: the question comes first in the queue
            if (victimAndPunished(first, second) || victimAndPunished(second, first)) {
                severity = severity.atLeast(Severity.HIGH);
                summary += ". If they are one, a potential victim is treated as an offender";
            }
            out.add(new Finding(type(), pair.get(0) + "|" + pair.get(1), pair, evidence, severity, summary));
        });
        return out;
    }

    private static boolean victimAndPunished(Set<MentionFacts> one, Set<MentionFacts> other) {
        return one.stream().anyMatch(MentionFacts::victim) && other.stream().anyMatch(MentionFacts::punished);
    }

    private static List<String> sources(Set<MentionFacts> mentions) {
        return mentions.stream().map(MentionFacts::source).distinct().sorted().toList();
    }
}
