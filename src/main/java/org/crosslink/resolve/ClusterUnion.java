package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.model.ReportKey;
import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Contradiction;

/**
 * Union–find for the clusterer: its clusters carry the report revisions and the members they hold, to refuse a
 * join within one report and a join of members that contradict each other.
 * <p>
 * A contradiction does not count when each field it is about is one record's own slip: one of the two records
 * agrees on that field with most members of the other's cluster that bear it (a Cassandra against the one Asndra
 * among five Sandras); nor when a link between the two clusters has already overcome it: one record disagrees so
 * with a member it is linked to and not held apart from (a document they share outweighs it), a member that agrees
 * with the other record. Otherwise a strong contradiction between any two members refuses the join, and a weak one
 * (one field) counts against it: the join goes ahead when the match links between the two clusters outnumber the
 * weak contradictions that remain, and, when the two clusters disagree as wholes (each of two such records agrees
 * with its own cluster), one of those links is certain. A mother and a daughter of one name disagree on the date of birth with every
 * record of the other: nothing excuses it. Two different personal identifiers are never excused.
 */
final class ClusterUnion<R> {
    /** At most this many comparisons are made to judge one join, for a hub's sake; beyond it, no more doubts count. */
    static final int MAX_CONTRADICTION_CHECKS = 1024;
    /**
     * A link this probable is certain: more than a full name with nothing else to bear it gives, so that it rests on
     * a date, an identifier, an address or an e-mail address as well.
     */
    static final double CERTAIN_LINK = 0.999;
    private static final Set<Agreement> EXACTLY = EnumSet.of(Agreement.EXACT);
    private final Map<Mention<R>, Mention<R>> parent = new IdentityHashMap<>();
    private final Map<Mention<R>, Set<String>> reports = new IdentityHashMap<>();
    private final Map<Mention<R>, List<Mention<R>>> held = new IdentityHashMap<>();
    private final Apart<R> apart;
    /** Pairs of mentions whose clusters may not join ({@link #keepApart}). */
    private final List<List<Mention<R>>> apartPairs = new ArrayList<>(0);
    /** Comparisons left for the join being judged. */
    private int budget;

    ClusterUnion(List<Mention<R>> members, Apart<R> apart) {
        this.apart = apart;
        for (Mention<R> m : members) {
            parent.put(m, m);
            Set<String> r = new HashSet<>(2);
            r.add(revisionKey(m));
            reports.put(m, r);
            List<Mention<R>> h = new ArrayList<>(1);
            h.add(m);
            held.put(m, h);
        }
    }

    /** Whether the mention is one of the component's. */
    boolean contains(Mention<R> m) {
        return parent.containsKey(m);
    }

    Mention<R> find(Mention<R> m) {
        Mention<R> p = parent.get(m);
        while (p != m) {
            Mention<R> gp = parent.get(p);
            parent.put(m, gp);
            m = p;
            p = gp;
        }
        return m;
    }

    /** Joins the two mentions' clusters unless that is refused; false when it is (not when they are one already). */
    boolean unionUnlessConflict(Mention<R> a, Mention<R> b) {
        Mention<R> ra = find(a);
        Mention<R> rb = find(b);
        if (ra == rb) {
            return true;
        }
        Set<String> sa = reports.get(ra);
        Set<String> sb = reports.get(rb);
        Set<String> small = sa.size() <= sb.size() ? sa : sb;
        Set<String> large = small == sa ? sb : sa;
        for (String r : small) {
            if (large.contains(r)) {
                return false;
            }
        }
        if (keptApart(ra, rb) || contradict(ra, rb)) {
            return false;
        }
        large.addAll(small);
        Mention<R> root = large == sa ? ra : rb;
        Mention<R> child = root == ra ? rb : ra;
        parent.put(child, root);
        reports.put(root, large);
        reports.remove(child);
        held.get(root).addAll(held.remove(child));
        return true;
    }

    /**
     * Holds the clusters of two mentions apart from now on, whatever links come between them later: a mention that
     * contradicting clusters both fit, and that its own evidence told to be one of them, has judged them two people.
     */
    void keepApart(Mention<R> a, Mention<R> b) {
        apartPairs.add(List.of(a, b));
    }

    private boolean keptApart(Mention<R> ra, Mention<R> rb) {
        for (List<Mention<R>> pair : apartPairs) {
            Mention<R> x = find(pair.get(0));
            Mention<R> y = find(pair.get(1));
            if (x == ra && y == rb || x == rb && y == ra) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention's report (this revision) is in the cluster of the given root already: the two cannot join. */
    boolean holdsReportOf(Mention<R> root, Mention<R> m) {
        return reports.get(root).contains(revisionKey(m));
    }

    /** Whether the two clusters (by their roots) may not join. */
    boolean contradict(Mention<R> ra, Mention<R> rb) {
        List<Mention<R>> x = held.get(ra);
        List<Mention<R>> y = held.get(rb);
        budget = MAX_CONTRADICTION_CHECKS;
        Map<Mention<R>, Map<Set<String>, Boolean>> majority = new IdentityHashMap<>();
        int weak = 0;
        boolean clustersDisagree = false;
        for (Mention<R> a : x) {
            for (Mention<R> b : y) {
                if (--budget < 0) {
                    return outweighed(weak, clustersDisagree, x, rb);
                }
                if (a.record == b.record) {
                    continue;
                }
                Apart.Between c = apart.between(a.record, b.record);
                if (c.strength() == Contradiction.NONE || ownSlips(a, b, c, x, y, majority)
                        || overcome(a, b, c, rb) || overcome(b, a, c, ra)) {
                    continue;
                }
                if (c.strength() == Contradiction.STRONG) {
                    return true;
                }
                if (!clustersDisagree) {
                    clustersDisagree = eachTypical(a, b, c, x, y);
                }
                weak++;
            }
        }
        return outweighed(weak, clustersDisagree, x, rb);
    }

    /**
     * Whether the weak contradictions outweigh the links: they do when they are as many, or when the two clusters
     * as wholes disagree and no link between them is certain (many links on a name alone do not make two men of one
     * name and two dates of birth one; one that shares an e-mail address and a near date may).
     */
    private boolean outweighed(int weak, boolean clustersDisagree, List<Mention<R>> x, Mention<R> rb) {
        if (weak == 0) {
            return false;
        }
        Links between = links(x, rb);
        return weak >= between.count() || clustersDisagree && between.strongest() < CERTAIN_LINK;
    }

    /**
     * Whether each field the two disagree on is one record's own slip: one of the two agrees on it with most of the
     * other's cluster. A strong contradiction is excused only when it is two slips, one field each (a Tadeusz born
     * 1983-07-21 among Tomasz Nowickis born 1983-06-21), never when it is a personal identifier.
     */
    private boolean ownSlips(Mention<R> a, Mention<R> b, Apart.Between c, List<Mention<R>> x, List<Mention<R>> y,
                             Map<Mention<R>, Map<Set<String>, Boolean>> majority) {
        if (c.fields().isEmpty() || c.strength() == Contradiction.STRONG && c.fields().size() < 2) {
            return false;
        }
        for (String field : c.fields()) {
            Set<String> one = Set.of(field);
            if (!agreesWithMost(a, y, one, majority) && !agreesWithMost(b, x, one, majority)
                    && !oneSlipEach(a, b, x, a, one) && !oneSlipEach(a, b, y, b, one)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a link of one record into the other's cluster has already overcome this disagreement: the record
     * disagrees on the fields with a member it is linked to, which agrees there with the other record, yet the
     * two are not held apart (a passport both bear outweighs the name). A wife referred under her husband's name
     * and joined by her passport and date of birth to her arrest under her own is not held apart by a third record
     * of her own name: it says only what the arrest said. A weak contradiction only; a link that overcame nothing
     * (a mother's record linked to her daughter's despite their dates) excuses nothing.
     */
    private boolean overcome(Mention<R> a, Mention<R> b, Apart.Between c, Mention<R> root) {
        if (c.strength() != Contradiction.WEAK || c.fields().isEmpty()) {
            return false;
        }
        for (Edge e : a.edges) {
            Mention<R> z = e.isMatch() ? e.other(a) : null;
            if (z == null || z == b || !parent.containsKey(z) || find(z) != root || --budget < 0) {
                continue;
            }
            if (apart.agreement(z.record, b.record, c.fields(), Apart.AGREE) > 0
                    && apart.disagrees(a.record, z.record, c.fields())
                    && apart.between(a.record, z.record).strength() == Contradiction.NONE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a member of the cluster agrees on the fields with both records, each one slip from it: a boy's date
     * written month first by one force and a year out by another is his date twice mistaken, not a second boy. Not
     * when another member bears the cluster's record's value exactly: then that value is confirmed and the slip is
     * the middle record's (a victim's date mis-entered by one force is one slip from her own, borne by two records,
     * and one slip from a namesake's, who does not join her through it).
     */
    private boolean oneSlipEach(Mention<R> a, Mention<R> b, List<Mention<R>> cluster, Mention<R> own, Set<String> fields) {
        for (Mention<R> m : cluster) {
            if (m == a || m == b || --budget < 0) {
                continue;
            }
            if (apart.agreement(m.record, a.record, fields, Apart.AGREE) > 0 && apart.agreement(m.record, b.record, fields, Apart.AGREE) > 0
                    && !confirmed(own, m, cluster, fields)) {
                return true; // whichever member between them is found first: the answer does not hang on the order
            }
        }
        return false;
    }

    /** Whether a member of the cluster other than the record and the one between agrees exactly with the record on the fields. */
    private boolean confirmed(Mention<R> r, Mention<R> between, List<Mention<R>> cluster, Set<String> fields) {
        for (Mention<R> m : cluster) {
            if (m != r && m != between && --budget >= 0 && apart.agreement(m.record, r.record, fields, EXACTLY) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the two records are each typical of their own cluster on every field they disagree on, each agreeing
     * with another member there (a year alone agreeing with a full date counts) and with more members than it
     * disagrees with: then the clusters, not two records, disagree (two men of one name, each with his own date of
     * birth on several records), and no count of links between them, many of which may rest on a name alone,
     * excuses it: only a certain link does.
     */
    private boolean eachTypical(Mention<R> a, Mention<R> b, Apart.Between c, List<Mention<R>> x, List<Mention<R>> y) {
        if (c.fields().isEmpty()) {
            return false;
        }
        for (String field : c.fields()) {
            Set<String> one = Set.of(field);
            if (!typical(a, x, one) || !typical(b, y, one)) {
                return false;
            }
        }
        return true;
    }

    private boolean typical(Mention<R> r, List<Mention<R>> cluster, Set<String> fields) {
        Tally t = tally(r, cluster, fields, Apart.SUPPORT);
        return t.agree() > 0 && t.agree() > t.disagree();
    }

    private boolean agreesWithMost(Mention<R> r, List<Mention<R>> cluster, Set<String> fields,
                                   Map<Mention<R>, Map<Set<String>, Boolean>> majority) {
        Map<Set<String>, Boolean> known = majority.computeIfAbsent(r, k -> new HashMap<>(2));
        Boolean memo = known.get(fields);
        if (memo != null) {
            return memo;
        }
        Tally t = tally(r, cluster, fields, Apart.AGREE);
        boolean most = t.agree() > t.disagree();
        known.put(fields, most);
        return most;
    }

    /** How many of a cluster's other members a record agrees with on the fields, and how many it disagrees with. */
    private Tally tally(Mention<R> r, List<Mention<R>> cluster, Set<String> fields, Set<Agreement> agreeing) {
        int agree = 0;
        int disagree = 0;
        for (Mention<R> m : cluster) {
            if (m == r) {
                continue;
            }
            if (--budget < 0) {
                break;
            }
            int v = apart.agreement(r.record, m.record, fields, agreeing);
            agree += v > 0 ? 1 : 0;
            disagree += v < 0 ? 1 : 0;
        }
        return new Tally(agree, disagree);
    }

    private record Tally(int agree, int disagree) {
    }

    /** The match links from the members of one cluster to the cluster whose root is given, and the strongest. */
    private Links links(List<Mention<R>> from, Mention<R> root) {
        int n = 0;
        double strongest = 0;
        for (Mention<R> m : from) {
            for (Edge e : m.edges) {
                if (e.isMatch()) {
                    Mention<R> o = e.other(m);
                    if (parent.containsKey(o) && find(o) == root) {
                        n++;
                        strongest = Math.max(strongest, e.probability());
                    }
                }
            }
        }
        return new Links(n, strongest);
    }

    private record Links(int count, double strongest) {
    }

    List<List<Mention<R>>> groups(List<Mention<R>> members) {
        Map<Mention<R>, List<Mention<R>>> groups = new LinkedHashMap<>();
        for (Mention<R> m : members) {
            groups.computeIfAbsent(find(m), k -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(groups.values());
    }

    private static String revisionKey(Mention<?> m) {
        ReportKey r = m.key().report();
        return r + "@" + m.revision();
    }
}
