package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.crosslink.resolve.compare.Contradiction;

/**
 * Which mentions of a component cannot say which of two people they are, for the {@link Clusterer}: a mention in
 * doubt links, about as strongly, to two records that contradict each other; it is torn, and joins neither, when
 * the two lie in clusters the others' links keep apart and its own evidence does not tell which is its person.
 */
final class Ambiguity<R> {
    /** A mention with more match links than this is not checked for ambiguity: a hub is not one person's namesake. */
    static final int MAX_AMBIGUITY_NEIGHBOURS = 32;
    /**
     * Two matches of one mention this close in evidence (bits of log-odds) cannot tell which of two people it is:
     * within a factor of two, the difference that one agreeing nationality or gender makes.
     */
    static final double AMBIGUITY_MARGIN_BITS = 1.0;
    /**
     * The share of the odds a mention's strongest match must hold against a possible match to someone held apart
     * from it: four to one, as a trained model's match is, or the model's own threshold if that asks for less.
     */
    static final double RIVAL_SHARE = 0.8;
    private final Apart<R> apart;
    /** The model's match probability. */
    private final double match;

    Ambiguity(Apart<R> apart, double match) {
        this.apart = apart;
        this.match = match;
    }

    /**
     * The mentions in doubt, each with its links (matches in the component, possible matches anywhere): those that
     * match two mentions which contradict each other, or match one and possibly match another it contradicts,
     * neither clearly the better ({@link #anyClosePair}), and lack a field on which the two disagree (Eriona
     * Dervishi, no date of birth, at the address where a mother and a daughter of that name live): which of the
     * two it is, the evidence cannot say, so it joins neither and stays apart, linked to both, for a person to
     * decide. One that matches one of the two clearly better, or bears the fields they disagree on (its date of
     * birth a slip from each of two records of one woman), is not in doubt. Whether the doubt holds is decided
     * once the others are clustered ({@link #torn}).
     */
    Map<Mention<R>, List<Edge>> doubtful(List<Mention<R>> members, Set<Mention<R>> inComponent) {
        Map<Mention<R>, List<Edge>> out = new HashMap<>();
        for (Mention<R> m : members) {
            // its matches in the component, and its possible matches wherever they are (a rival may be another entity)
            List<Edge> links = new ArrayList<>();
            int matches = 0;
            for (Edge e : m.edges) {
                if (!e.isMatch() || inComponent.contains(e.other(m))) {
                    links.add(e);
                    matches += e.isMatch() ? 1 : 0;
                }
            }
            if (matches >= 1 && links.size() >= 2 && links.size() <= MAX_AMBIGUITY_NEIGHBOURS && anyClosePair(m, links, match, (one, two) -> {
                Apart.Between d = apart.between(one.record, two.record);
                return d.strength() != Contradiction.NONE && !apart.bears(m.record, one.record, d.fields());
            })) {
                out.put(m, links);
            }
        }
        return out;
    }

    /**
     * Whether a doubtful mention's two links, neither clearly the better, lie in clusters that the others' links
     * could not join: a mother and her daughter of one name stay two clusters, and a mention of that name without a
     * date joins neither; two records of one woman, each with its own slip, are one cluster once the rest of her
     * records are joined, and a mention matching both joins her. A possible match outside the component is
     * another entity already. A cluster holding another person of the mention's own report is none: a father
     * without a date, referred beside his son, is not torn between himself and the son.
     */
    boolean torn(Mention<R> m, List<Edge> links, ClusterUnion<R> uf, Set<Mention<R>> inComponent) {
        return anyClosePair(m, links, match, (one, two) -> {
            if (!inComponent.contains(one) || !inComponent.contains(two)) {
                return true; // a rival outside: another entity, and the two records contradict (see doubtful)
            }
            Mention<R> x = uf.find(one);
            Mention<R> y = uf.find(two);
            // a cluster that holds another mention of m's own report is no rival: m can never join it
            if (x == y || uf.holdsReportOf(x, m) || uf.holdsReportOf(y, m) || !uf.contradict(x, y)) {
                return false;
            }
            if (toldApart(m, links, uf, x, y)) {
                uf.keepApart(x, y); // its name alone fits the other too: that is no link between the two
                return false;
            }
            return true;
        });
    }

    /**
     * Whether the mention tells which of two clusters it is, weighed on its best evidence for each rather than on two
     * records that happen to say as little: its strongest link into one is clearly the better, and the mention shares
     * with that one something a family of one name does not (Snezhana, undated, with her own phone, is the Snezhana
     * of that phone, though her name alone also fits a namesake's undated record; Paul, undated, at the house where
     * his son Paul lives, is not told from the son by the house).
     */
    private boolean toldApart(Mention<R> m, List<Edge> links, ClusterUnion<R> uf, Mention<R> x, Mention<R> y) {
        Edge bx = strongestInto(m, links, uf, x);
        Edge by = strongestInto(m, links, uf, y);
        if (close(bx, by, match)) {
            return false;
        }
        Mention<R> better = bx.probability() > by.probability() ? x : y;
        for (Edge e : links) {
            Mention<R> o = e.other(m);
            if (uf.contains(o) && uf.find(o) == better && apart.tells(m.record, o.record)) {
                return true;
            }
        }
        return false;
    }

    /** The mention's strongest link into a cluster. */
    private static <R> Edge strongestInto(Mention<R> m, List<Edge> links, ClusterUnion<R> uf, Mention<R> root) {
        Edge best = null;
        for (Edge e : links) {
            Mention<R> o = e.other(m);
            if (uf.contains(o) && uf.find(o) == root && (best == null || e.probability() > best.probability())) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Whether two of a mention's links, neither clearly the better, lead to mentions so judged. Two matches are
     * close within the ambiguity margin; the mention's strongest match and a possible match when, the two being
     * different people, the match's share of the odds would fall short of a match: p = o1 / (1 + o1 + o2).
     */
    private static <R> boolean anyClosePair(Mention<R> m, List<Edge> links, double match, BiPredicate<Mention<R>, Mention<R>> judged) {
        Edge best = null;
        for (Edge e : links) {
            if (e.isMatch() && (best == null || e.probability() > best.probability())) {
                best = e;
            }
        }
        for (int i = 0; i < links.size(); i++) {
            for (int j = i + 1; j < links.size(); j++) {
                Edge x = links.get(i);
                Edge y = links.get(j);
                boolean mixed = x.isMatch() != y.isMatch();
                if ((!mixed || x == best || y == best) && close(x, y, match) && judged.test(x.other(m), y.other(m))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(Edge x, Edge y, double match) {
        if (x.isMatch() && y.isMatch()) {
            return Math.abs(logOdds(x.probability()) - logOdds(y.probability())) < AMBIGUITY_MARGIN_BITS;
        }
        if (x.isMatch() == y.isMatch()) {
            return false;
        }
        double sure = odds(x.isMatch() ? x.probability() : y.probability());
        double rival = odds(x.isMatch() ? y.probability() : x.probability());
        return sure / (1 + sure + rival) < Math.min(match, RIVAL_SHARE);
    }

    private static double odds(double p) {
        double q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        return q / (1 - q);
    }

    private static double logOdds(double p) {
        double q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        return Math.log(q / (1 - q)) / Math.log(2);
    }
}
