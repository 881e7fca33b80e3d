package org.crosslink.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crosslink.model.MentionKey;
import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Contradiction;
import org.crosslink.resolve.score.MatchOutcome;
import org.junit.jupiter.api.Test;

/**
 * The clusterer on links given by hand, with a rule of contradiction kept to one field: records are given names,
 * two names are apart unless one is the other's form or slip (Sandra of Cassandra, Andra of Sandra).
 */
class ClustererTest {
    /**
     * Names that are forms or slips of one another; any other two names contradict each other weakly; a name given
     * only in part (~) contradicts none and agrees with none, as a year of birth alone does with a full date.
     */
    private static final Set<Set<String>> FORMS = Set.of(Set.of("sandra", "cassandra"), Set.of("sandra", "andra"));
    private static final Apart<String> GIVEN_NAMES = new Apart<>() {
        @Override
        public Between between(String a, String b) {
            return partial(a) || partial(b) || agree(a, b) ? Between.NONE : new Between(Contradiction.WEAK, Set.of("givenName"));
        }

        @Override
        public boolean bears(String r, String other, Set<String> fields) {
            return true;
        }

        @Override
        public int agreement(String r, String other, Set<String> fields, Set<Agreement> agreeing) {
            if (partial(r) || partial(other)) {
                return 0;
            }
            if (!agree(r, other)) {
                return -1;
            }
            return r.equals(other) || agreeing.size() > 1 ? 1 : 0; // a form of the name agrees but for a slip, not exactly
        }

        private boolean partial(String name) {
            return name.startsWith("~");
        }

        private boolean agree(String a, String b) {
            return a.equals(b) || FORMS.contains(Set.of(a, b));
        }
    };

    /** The same, but a name given in part bears no name: it cannot say which of two named people it is. */
    private static final Apart<String> GIVEN_NAMES_BORNE_IN_FULL = new BorneInFull(true);
    /** The same, but no two records share anything a family of one name would not: no agreement tells people apart. */
    private static final Apart<String> ALL_OF_ONE_HOUSE = new BorneInFull(false);

    /** {@link #GIVEN_NAMES}, where a name given in part bears no name, and agreement tells people apart or not. */
    private record BorneInFull(boolean tellsApart) implements Apart<String> {
        @Override
        public Between between(String a, String b) {
            return GIVEN_NAMES.between(a, b);
        }

        @Override
        public boolean bears(String r, String other, Set<String> fields) {
            return !r.startsWith("~");
        }

        @Override
        public int agreement(String r, String other, Set<String> fields, Set<Agreement> agreeing) {
            return GIVEN_NAMES.agreement(r, other, fields, agreeing);
        }

        @Override
        public boolean tells(String a, String b) {
            return tellsApart;
        }
    }

    private final Entities<String> entities = new Entities<>("P-");
    private final Clusterer<String> clusterer = new Clusterer<>(entities, 100, GIVEN_NAMES, () -> 0.99);
    /** A clusterer whose records in part bear nothing, under the starting model's match threshold. */
    private final Clusterer<String> rivals = new Clusterer<>(entities, 100, GIVEN_NAMES_BORNE_IN_FULL, () -> 0.99);
    /** A clusterer whose records in part bear nothing, and share only what a household shares. */
    private final Clusterer<String> household = new Clusterer<>(entities, 100, ALL_OF_ONE_HOUSE, () -> 0.99);
    private final List<Mention<String>> mentions = new ArrayList<>();

    @Test
    void twoRecordsThatDisagreeOnlyAsEachOneSlipFromAThirdOfTheClusterDoNotKeepItApart() {
        // a boy's date written month first by one force and a year out by another: each is one slip from the first
        // force's record, and the two disagree only because each slipped
        Mention<String> staffs = mention("STAFFS", "sandra");
        Mention<String> cheshire = mention("CHESH", "cassandra");
        Mention<String> arrest = mention("NWALES", "andra");
        link(staffs, cheshire, 0.9999);
        link(arrest, staffs, 0.992);

        clusterer.recluster(mentions, arrest.key(), "test");

        assertThat(arrest.entity).isSameAs(staffs.entity).isSameAs(cheshire.entity);
    }

    @Test
    void aNamesakeOneSlipFromARecordThatIsItselfOneSlipFromTheClustersConfirmedValueStaysApart() {
        // a victim's date mis-entered by one force is one slip from her own, which two records bear, and one slip
        // from a namesake's: the namesake does not join her through the force's mistake
        Mention<String> nca = mention("NCA", "cassandra");
        Mention<String> essex = mention("ESSEX", "cassandra");
        Mention<String> misentered = mention("WMP", "sandra");
        Mention<String> namesake = mention("GMP", "andra");
        link(nca, essex, 0.9999);
        link(misentered, nca, 0.9999);
        link(misentered, essex, 0.9999);
        link(namesake, misentered, 0.998);

        clusterer.recluster(mentions, namesake.key(), "test");

        assertThat(misentered.entity).isSameAs(nca.entity).isSameAs(essex.entity);
        assertThat(namesake.entity).isNotSameAs(nca.entity);
    }

    @Test
    void aJoinRefusedWhileTheOtherClusterWasSmallIsMadeOnceItsOtherRecordsHaveJoinedIt() {
        Mention<String> cambs = mention("CAMBS", "sandra");
        Mention<String> andra = mention("WYP", "andra");
        Mention<String> cassandra = mention("HUMB", "cassandra");
        List<Mention<String>> sandras = List.of(mention("SURREY", "sandra"), mention("SWALES", "sandra"),
                mention("KENT", "sandra"));
        // the strongest links first: Sandra and the mistyped Andra, then Cassandra to that Sandra alone, when
        // Andra, whose name is not Cassandra's, is half of her cluster; the other Sandras join it after
        link(cambs, andra, 0.9999999);
        link(cassandra, cambs, 0.999999);
        for (Mention<String> s : sandras) {
            link(s, cambs, 0.9999);
        }

        clusterer.recluster(mentions, cambs.key(), "test");

        assertThat(cassandra.entity).as("one Andra among five Sandras is a slip, not a second woman")
                .isSameAs(cambs.entity).isSameAs(andra.entity).isSameAs(sandras.get(2).entity);
    }

    @Test
    void aJoinStaysRefusedWhenTheWholeClusterDisagreesWithTheRecord() {
        Mention<String> mirela = mention("MET", "mirela");
        List<Mention<String>> ioanas = List.of(mention("GMP", "ioana"), mention("WMP", "ioana"), mention("KENT", "ioana"));
        link(mirela, ioanas.get(0), 0.999999);
        link(ioanas.get(0), ioanas.get(1), 0.9999);
        link(ioanas.get(1), ioanas.get(2), 0.9999);

        clusterer.recluster(mentions, mirela.key(), "test");

        assertThat(mirela.entity).isNotSameAs(ioanas.get(0).entity);
        assertThat(ioanas.get(0).entity).isSameAs(ioanas.get(2).entity);
    }

    @Test
    void twoClustersEachAgreeingWithinItselfStayApartHoweverManyUncertainLinksComeFromRecordsThatSayNeitherWay() {
        List<Mention<String>> bridges = twoClustersAndThreeBridges(0.95);

        clusterer.recluster(mentions, bridges.get(0).key(), "test");

        assertThat(mentions.get(0).entity).as("six uncertain links from records that give a name in part, against four contradictions")
                .isNotSameAs(mentions.get(2).entity);
    }

    @Test
    void twoClustersEachAgreeingWithinItselfJoinThroughACertainLink() {
        List<Mention<String>> bridges = twoClustersAndThreeBridges(0.99999);

        clusterer.recluster(mentions, bridges.get(0).key(), "test");

        assertThat(mentions.get(0).entity).isSameAs(mentions.get(2).entity).isSameAs(bridges.get(2).entity);
    }

    @Test
    void aMentionThatMatchesOnePersonAndPossiblyAnotherItCannotTellApartFromHimJoinsNeither() {
        // Marian Stoica with no date of birth at the flat: his father's record matches, the son's, whose second given
        // name makes it only near, is a possible match; the father's share of the odds, p = o1 / (1 + o1 + o2), is
        // short of four to one
        FatherSonUndated m = fatherSonAndUndated(0.9927, 0.9755);

        rivals.place(m.son(), m.son().key(), "test");

        assertThat(m.undated().entity).isNotSameAs(m.father().entity).isNotSameAs(m.son().entity);
    }

    @Test
    void aMentionThatMatchesOnePersonFarBetterThanItPossiblyMatchesAnotherJoinsHim() {
        FatherSonUndated m = fatherSonAndUndated(0.99999, 0.9);

        rivals.place(m.son(), m.son().key(), "test");

        assertThat(m.undated().entity).isSameAs(m.father().entity).isNotSameAs(m.son().entity);
    }

    @Test
    void aMentionIsNotTornByAClusterHoldingAnotherPersonOfItsOwnReport() {
        // a father without a date, referred beside his son, matches his own arrest and the son's, equally: the son's
        // cluster holds the son's mention of the same report, so the father can join only himself
        Mention<String> father = mention("MET", "ioana");
        Mention<String> son = mention("BTP", "mirela");
        Mention<String> undated = mention(key("WYP", "R9", "P1"), "~m");
        Mention<String> sonBeside = mention(key("WYP", "R9", "P2"), "mirela");
        link(son, sonBeside, 0.9999);
        link(undated, father, 0.9993);
        link(undated, son, 0.9993);

        rivals.recluster(mentions, undated.key(), "test");

        assertThat(undated.entity).isSameAs(father.entity).isNotSameAs(son.entity);
        assertThat(sonBeside.entity).isSameAs(son.entity);
    }

    @Test
    void aMentionThatFitsARecordOfEachOfTwoNamesakesAlikeJoinsTheOneItsOwnEvidenceTiesItToFarBetter() {
        // Snezhana without a date: her name alone fits one record of each of two namesakes, her phone another record
        // of the first
        TwoNamesakes n = twoNamesakesAndUndated();

        rivals.recluster(mentions, n.undated().key(), "test");

        assertThat(n.undated().entity).isSameAs(n.first().entity).isNotSameAs(n.second().entity);
    }

    @Test
    void aMentionTiedFarBetterToOneOfTwoNamesakesOnlyByWhatAHouseholdSharesJoinsNeither() {
        // Paul without a date at the house where his son Paul lives: the house is the son's as much as the father's
        TwoNamesakes n = twoNamesakesAndUndated();

        household.recluster(mentions, n.undated().key(), "test");

        assertThat(n.undated().entity).isNotSameAs(n.first().entity).isNotSameAs(n.second().entity);
    }

    /** Two records of one person, one of a namesake held apart from her, and one without a date linked to all three. */
    private record TwoNamesakes(Mention<String> first, Mention<String> second, Mention<String> undated) {
    }

    private TwoNamesakes twoNamesakesAndUndated() {
        Mention<String> first = mention("CHESH", "ioana");
        Mention<String> firstAgain = mention("GMP", "ioana");
        Mention<String> second = mention("GLOS", "mirela");
        Mention<String> undated = mention("MET", "~m");
        link(first, firstAgain, 0.9999);
        link(undated, firstAgain, 0.9993);
        link(undated, second, 0.9993);
        link(undated, first, 0.999999);
        return new TwoNamesakes(first, second, undated);
    }

    /** A father's and a son's records, held apart, and one without a date linked to both. */
    private record FatherSonUndated(Mention<String> father, Mention<String> son, Mention<String> undated) {
    }

    /** The father's record matched by the undated one at {@code match}, the son's a possible match at {@code possible}. */
    private FatherSonUndated fatherSonAndUndated(double match, double possible) {
        FatherSonUndated m = new FatherSonUndated(mention("MET", "ioana"), mention("BTP", "mirela"), mention("HERTS", "~m"));
        link(m.undated(), m.father(), match);
        possible(m.undated(), m.son(), possible);
        return m;
    }

    @Test
    void aPossibleMatchWithNoMatchOfItsOwnStillReclustersTheMentionItMayTear() {
        Mention<String> father = mention("MET", "ioana");
        Mention<String> undated = mention("HERTS", "~m");
        link(undated, father, 0.9927);
        rivals.recluster(List.of(undated), undated.key(), "test");
        assertThat(undated.entity).isSameAs(father.entity);

        Mention<String> son = mention("BTP", "mirela");
        possible(son, undated, 0.9755);
        rivals.place(son, son.key(), "test");

        assertThat(undated.entity).as("the son's record, arriving last, leaves the undated one torn between the two")
                .isNotSameAs(father.entity).isNotSameAs(son.entity);
    }

    /**
     * Two Cassandras linked to each other (mentions 0 and 1), two Andras likewise (2 and 3), and three records that
     * give the name in part, each linked to all four: the first by {@code firstBridge}, the others at 0.95.
     */
    private List<Mention<String>> twoClustersAndThreeBridges(double firstBridge) {
        List<Mention<String>> cassandras = List.of(mention("GMP", "cassandra"), mention("WMP", "cassandra"));
        List<Mention<String>> andras = List.of(mention("KENT", "andra"), mention("ESSEX", "andra"));
        List<Mention<String>> bridges = List.of(mention("MET", "~s"), mention("TVP", "~s"), mention("BTP", "~s"));
        link(cassandras.get(0), cassandras.get(1), 0.9999);
        link(andras.get(0), andras.get(1), 0.9999);
        for (Mention<String> b : bridges) {
            double p = b == bridges.get(0) ? firstBridge : 0.95;
            cassandras.forEach(c -> link(b, c, p));
            andras.forEach(a -> link(b, a, p));
        }
        return bridges;
    }

    private Mention<String> mention(String source, String given) {
        return mention(key(source, "R1", "P1"), given);
    }

    private Mention<String> mention(MentionKey key, String given) {
        Mention<String> m = new Mention<>(mentions.size(), mentions.size(), key, 1, mentions.size(), given, null);
        mentions.add(m);
        return m;
    }

    private static void link(Mention<String> a, Mention<String> b, double probability) {
        edge(a, b, probability, MatchOutcome.MATCH);
    }

    private static void possible(Mention<String> a, Mention<String> b, double probability) {
        edge(a, b, probability, MatchOutcome.POSSIBLE);
    }

    private static void edge(Mention<String> a, Mention<String> b, double probability, MatchOutcome outcome) {
        Edge e = new Edge(a, b, probability, outcome);
        a.addEdge(e);
        b.addEdge(e);
    }
}
