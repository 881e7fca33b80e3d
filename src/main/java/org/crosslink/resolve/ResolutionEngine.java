package org.crosslink.resolve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.model.Location;
import org.crosslink.model.MentionFacts;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.ReportFacts;
import org.crosslink.model.ReportKey;
import org.crosslink.resolve.block.LocationBlocker;
import org.crosslink.resolve.block.PersonBlocker;
import org.crosslink.resolve.compare.Households;
import org.crosslink.resolve.compare.Slips;
import org.crosslink.resolve.compare.LocationComparator;
import org.crosslink.resolve.compare.NameFrequencies;
import org.crosslink.resolve.compare.PersonComparator;
import org.crosslink.resolve.compare.PlaceholderBirthdays;
import org.crosslink.resolve.compare.Similarity;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.learn.ModelTrainer;
import org.crosslink.resolve.learn.TrainedModel;
import org.crosslink.resolve.normalise.Caches;
import org.crosslink.resolve.score.Weights;
import org.crosslink.undo.UndoLog;

/**
 * Resolution of whole reports: normalises each person and location, resolves it against the store,
 * and, for a new revision, retires the mentions the revision no longer has. Persons and locations are
 * resolved separately, each by its own {@link Resolver}.
 */
public final class ResolutionEngine {
    private final RecordNormaliser normaliser = new RecordNormaliser();
    private final ResolutionSettings settings;
    private final Similarity similarity;
    private final Resolver<PersonRecord> persons;
    private final Resolver<LocationRecord> locations;
    private long nextMentionId = 1;
    private int modelVersion;
    private UndoLog undo = new UndoLog();

    public ResolutionEngine(ResolutionSettings s) {
        this.settings = s;
        this.similarity = new Similarity(s.nearSimilarity(), s.closeSimilarity());
        this.persons = new Resolver<>("P", new PersonBlocker(s.nicknames()), personComparator(s.personWeights(), s.frequencies()),
                s.personWeights(), s.personThresholds(), s.maxBlockSize(), s.maxComponentSize(), s.maxLinksPerEntity());
        this.locations = new Resolver<>("L", new LocationBlocker(s.h3Resolution()),
                new LocationComparator(similarity, s.locationWeights(), s.exactMetres(), s.nearMetres()),
                s.locationWeights(), s.locationThresholds(), s.maxBlockSize(), s.maxComponentSize(), s.maxLinksPerEntity());
    }

    private PersonComparator personComparator(Weights weights, NameFrequencies frequencies) {
        return personComparator(settings, weights, frequencies);
    }

    private PersonComparator personComparator(TrainedModel model) {
        NameFrequencies frequencies = new NameFrequencies(model.familyFrequencies(), model.givenFrequencies());
        PlaceholderBirthdays placeholders = model.placeholderBirthdays() == null
                ? settings.placeholderBirthdays() : model.placeholderBirthdays();
        return personComparator(settings, model.weights(), frequencies, placeholders, households(model), slips(model));
    }

    /**
     * The starting model's rules for holding people apart, with what the model learned of the store's households and
     * of how often one person's records disagree.
     */
    private PersonComparator holdApart(TrainedModel model) {
        return personComparator(settings, settings.personWeights(), settings.frequencies(), settings.placeholderBirthdays(),
                households(model), slips(model));
    }

    private static Households households(TrainedModel model) {
        return model.households() == null ? Households.ASSUMED : model.households();
    }

    private static Slips slips(TrainedModel model) {
        return model.slips() == null ? Slips.ASSUMED : model.slips();
    }

    /** The person comparator the settings describe, under the given weights and name frequencies. */
    public static PersonComparator personComparator(ResolutionSettings s, Weights weights, NameFrequencies frequencies) {
        return personComparator(s, weights, frequencies, s.placeholderBirthdays(), Households.ASSUMED, Slips.ASSUMED);
    }

    /** ... the days the store writes for an unknown birthday, and what it shows of households and of slips. */
    public static PersonComparator personComparator(ResolutionSettings s, Weights weights, NameFrequencies frequencies,
                                                    PlaceholderBirthdays placeholders, Households households, Slips slips) {
        return new PersonComparator(new Similarity(s.nearSimilarity(), s.closeSimilarity()), weights, frequencies, s.nicknames(),
                s.sharedMaxBits(), s.sharedDisagreementMaxBits(), s.idContradictionBits(), s.tfMaxBonusBits(), placeholders,
                households, slips);
    }

    /**
     * Trains a person model from the mentions now in the store, starting from the model in use. Changes nothing:
     * {@link #apply} puts it to use.
     *
     * @throws ModelTrainer.NotEnoughEvidence when the store is too small or too sparse to learn from
     */
    public TrainedModel train(ModelTrainer trainer, int version, Instant now) {
        List<Mention<PersonRecord>> all = new ArrayList<>(persons.mentions());
        all.sort(Comparator.comparingLong(Mention::seq));
        Map<Mention<PersonRecord>, Integer> index = new IdentityHashMap<>();
        List<PersonRecord> records = new ArrayList<>(all.size());
        for (Mention<PersonRecord> m : all) {
            index.put(m, records.size());
            records.add(m.record());
        }
        ModelTrainer.Store store = new ModelTrainer.Store() {
            @Override
            public List<PersonRecord> records() {
                return records;
            }

            @Override
            public List<int[]> blockedPairs(List<Integer> among) {
                List<int[]> out = new ArrayList<>();
                for (int i : among) {
                    for (Mention<PersonRecord> c : persons.earlierCandidates(all.get(i))) {
                        out.add(new int[] {index.get(c), i});
                    }
                }
                return out;
            }
        };
        // the engine makes every person comparator it resolves with
        PlaceholderBirthdays days = ((PersonComparator) persons.comparator()).placeholders();
        return trainer.train(store, persons.comparator(), persons.weights(), days, version, modelVersion, now);
    }

    /**
     * Resolves every person mention again under a model: links, entities and their events as for any merge or
     * split, each entity that changed returned for assessment.
     */
    public Changes apply(TrainedModel model, String reason) {
        Set<Entity<PersonRecord>> changed = persons.reresolve(personComparator(model), holdApart(model), model.weights(),
                settings.trainedPersonThresholds(), reason);
        int before = modelVersion;
        modelVersion = model.version();
        undo.push(() -> modelVersion = before);
        return new Changes(new LinkedHashSet<>(changed), new LinkedHashSet<>());
    }

    /** Puts a stored model to use at start-up, before the store is loaded: no re-resolution. */
    public void use(TrainedModel model) {
        persons.reresolveNothing(personComparator(model), holdApart(model), model.weights(),
                settings.trainedPersonThresholds());
        modelVersion = model.version();
    }

    /** The version of the person model in use: 0 for the starting model. */
    public int modelVersion() {
        return modelVersion;
    }

    /** The entities a report changed, of both kinds. */
    public record Changes(Set<Entity<PersonRecord>> persons, Set<Entity<LocationRecord>> locations) {
        public boolean isEmpty() {
            return persons.isEmpty() && locations.isEmpty();
        }
    }

    public void bind(ResolutionListener<PersonRecord> personListener, ResolutionListener<LocationRecord> locationListener,
                     UndoLog undo) {
        this.undo = undo;
        persons.bind(personListener, undo);
        locations.bind(locationListener, undo);
    }

    /**
     * Resolves an accepted report. For a new revision, {@code previousPersons} and {@code previousLocations}
     * are the refs the superseded revision had; mentions the new revision no longer has are removed.
     */
    public Changes resolve(Report report, List<String> previousPersons, List<String> previousLocations) {
        ReportFacts facts = ReportFacts.of(report);
        ReportKey key = facts.key();
        Set<Entity<PersonRecord>> changedPersons = new LinkedHashSet<>();
        Set<Entity<LocationRecord>> changedLocations = new LinkedHashSet<>();
        Set<String> personRefs = new HashSet<>();
        Set<String> locationRefs = new HashSet<>();
        Map<String, Address> addresses = normaliser.addresses(report);
        Set<String> sharedEmails = normaliser.sharedEmails(report);
        for (Person p : report.persons()) {
            if (personRefs.add(p.ref())) {
                changedPersons.addAll(persons.add(nextMentionId++, new MentionKey(key, p.ref()), report.revision(),
                        normaliser.person(p, addresses, sharedEmails), MentionFacts.ofPerson(report, facts, p)));
            }
        }
        for (Location l : report.locations()) {
            if (locationRefs.add(l.ref())) {
                changedLocations.addAll(locations.add(nextMentionId++, new MentionKey(key, l.ref()), report.revision(),
                        normaliser.location(l, addresses.get(l.ref())), MentionFacts.ofLocation(facts, l)));
            }
        }
        String reason = "superseded by revision " + report.revision();
        for (String ref : previousPersons) {
            if (!personRefs.contains(ref)) {
                changedPersons.addAll(persons.remove(new MentionKey(key, ref), reason));
            }
        }
        for (String ref : previousLocations) {
            if (!locationRefs.contains(ref)) {
                changedLocations.addAll(locations.remove(new MentionKey(key, ref), reason));
            }
        }
        return new Changes(changedPersons, changedLocations);
    }

    /**
     * Removes every mention of a report (erasure), recomputing the entities they were part of, and empties
     * the normalisers' caches, which may hold its raw names and phones: last, because taking a mention out
     * of the index computes its blocking keys again, and with them its names' phonetic codes.
     */
    public Changes erase(ReportKey report, List<String> personRefs, List<String> locationRefs, String reason) {
        Set<Entity<PersonRecord>> changedPersons = new LinkedHashSet<>();
        Set<Entity<LocationRecord>> changedLocations = new LinkedHashSet<>();
        for (String ref : personRefs) {
            changedPersons.addAll(persons.remove(new MentionKey(report, ref), reason));
        }
        for (String ref : locationRefs) {
            changedLocations.addAll(locations.remove(new MentionKey(report, ref), reason));
        }
        Caches.forgetAll();
        return new Changes(changedPersons, changedLocations);
    }

    public Resolver<PersonRecord> persons() {
        return persons;
    }

    public Resolver<LocationRecord> locations() {
        return locations;
    }

    public long nextMentionId() {
        return nextMentionId;
    }

    /** Sets where mention ids continue after a restart, and lets a rolled-back batch give its ids back. */
    public void setNextMentionId(long next) {
        this.nextMentionId = next;
    }

    /** All current mentions with their entity, for the entity export. */
    public List<Mention<?>> allMentions() {
        List<Mention<?>> all = new ArrayList<>(persons.mentionCount() + locations.mentionCount());
        all.addAll(persons.mentions());
        all.addAll(locations.mentions());
        return all;
    }
}
