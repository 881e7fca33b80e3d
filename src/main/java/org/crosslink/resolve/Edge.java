package org.crosslink.resolve;

import org.crosslink.resolve.score.MatchOutcome;

/** A link between two mentions that scored a match or a possible match; kept on both mentions. */
public final class Edge {
    private final Mention<?> a;
    private final Mention<?> b;
    private final double probability;
    private final MatchOutcome outcome;

    public Edge(Mention<?> a, Mention<?> b, double probability, MatchOutcome outcome) {
        this.a = a;
        this.b = b;
        this.probability = probability;
        this.outcome = outcome;
    }

    public Mention<?> a() {
        return a;
    }

    public Mention<?> b() {
        return b;
    }

    @SuppressWarnings("unchecked")
    public <R> Mention<R> other(Mention<R> m) {
        return (Mention<R>) (m == a ? b : a);
    }

    public double probability() {
        return probability;
    }

    public MatchOutcome outcome() {
        return outcome;
    }

    public boolean isMatch() {
        return outcome == MatchOutcome.MATCH;
    }
}
