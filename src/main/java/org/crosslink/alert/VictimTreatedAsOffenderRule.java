package org.crosslink.alert;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.model.MentionFacts;

/**
 * VICTIM_TREATED_AS_OFFENDER: a person recognised as a potential victim in one report (the role, or an
 * NRM referral or duty-to-notify event) is arrested, charged, held in custody or in immigration detention
 * in another report, whichever arrived first. The failure the 2017 inspection found most often.
 */
public final class VictimTreatedAsOffenderRule implements Rule {
    public static final String STATUTORY_NOTE = "The statutory defence for victims of modern slavery (Modern Slavery Act 2015, "
            + "s45) may apply, and a National Referral Mechanism referral may be due.";
    private final AlertSettings settings;

    public VictimTreatedAsOffenderRule(AlertSettings settings) {
        this.settings = settings;
    }

    @Override
    public AlertType type() {
        return AlertType.VICTIM_TREATED_AS_OFFENDER;
    }

    @Override
    public List<Finding> evaluate(EntityView e) {
        if (e.kind() != EntityView.Kind.PERSON) {
            return List.of();
        }
        List<MentionFacts> victim = e.mentions().stream().filter(MentionFacts::victim).toList();
        List<MentionFacts> punished = e.mentions().stream().filter(MentionFacts::punished).toList();
        boolean apart = victim.stream().anyMatch(v -> punished.stream().anyMatch(p -> !p.report().key().equals(v.report().key())));
        if (!apart) {
            return List.of();
        }
        List<MentionFacts> evidence = new ArrayList<>(victim);
        punished.stream().filter(p -> !evidence.contains(p)).forEach(evidence::add);
        String summary = String.format("A potential victim (%s) is treated as an offender (%s). %s",
                refs(victim), refs(punished), STATUTORY_NOTE);
        return List.of(new Finding(type(), e.entityId(), List.of(e.entityId()), evidence, settings.severity(type()), summary));
    }

    private static String refs(List<MentionFacts> mentions) {
        return String.join(", ", mentions.stream().map(m -> m.report().key().toString()).distinct().sorted().toList());
    }
}
