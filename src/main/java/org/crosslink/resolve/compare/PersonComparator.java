package org.crosslink.resolve.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.model.IdentifierType;
import org.crosslink.resolve.Id;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.normalise.Identifiers;
import org.crosslink.resolve.normalise.Names;
import org.crosslink.resolve.normalise.Nicknames;
import org.crosslink.resolve.score.FieldWeights;
import org.crosslink.resolve.score.Weights;

/**
 * Compares two person mentions. Identity rests on what is a person's own: names (in either order, every alias,
 * nicknames, initials), date of birth, gender and personal identifiers (passport, national id, NI number, PNC
 * id), with an e-mail address as evidence of its own. What people share (an address, a phone, a vehicle, a bank
 * account, a nationality) adds at most {@code sharedMaxBits} however much of it agrees ({@link SharedCap}), because
 * families and workers in one house share all of it; and a pair that a personal field strongly contradicts is held
 * apart whatever else agrees ({@link #heldApart}).
 */
public final class PersonComparator implements RecordComparator<PersonRecord> {
    /** Every field a person model holds, with the levels the comparator gives it. */
    public static final Map<String, Set<Agreement>> FIELDS = fields();
    /** Junior against senior: written on purpose, so no slip explains it. */
    private static final String GENERATIONS = "junior and senior";
    /** The prefix of the fields of a person's address. */
    private static final String ADDRESS = "address.";
    private final NameComparator names;
    private final FieldWeights dateOfBirth;
    /** Each kind of personal identifier, a field of its own: how reliably each is recorded differs. */
    private final Map<IdentifierType, FieldWeights> personalIds = new EnumMap<>(IdentifierType.class);
    private final Set<String> personalFieldNames = new HashSet<>();
    /** The kinds whose disagreement the model weighs so heavily that it holds two persons apart. */
    private final Set<String> contradictingIds = new HashSet<>();
    /** The days the store writes for an unknown birthday: a date on one is compared as its year. */
    private final PlaceholderBirthdays placeholders;
    /** Whether the store's people live in households: where not, a given name or a date alone is no veto at one address. */
    private final Households households;
    /** How often one person's records disagree: where often, a given name or a date alone is no veto anywhere. */
    private final Slips slips;
    /** E-mail: not a person's own for life, but seldom handed round as a phone is: weighed on its own. */
    private final FieldWeights email;
    /** Phones, vehicles, bank accounts and other identifiers: shared, and in exploitation shared on purpose. */
    private final Map<IdentifierType, FieldWeights> sharedIds = new EnumMap<>(IdentifierType.class);
    private final Set<String> sharedFieldNames = new HashSet<>();
    private final FieldWeights gender;
    private final FieldWeights moniker;
    private final FieldWeights nationality;
    private final AddressComparator addresses;
    private final SharedCap sharedCap;

    /**
     * @param sharedMaxBits             the most that what people share (an address, a nationality) may add: a
     *                                  household shares all of it; partial agreement adds its share of that
     * @param sharedDisagreementMaxBits the most that disagreement on it may take away: people move
     */
    public PersonComparator(Similarity similarity, Weights weights, NameFrequencies frequencies, Nicknames nicknames,
                            double sharedMaxBits, double sharedDisagreementMaxBits, double idContradictionBits,
                            double tfMaxBonusBits, PlaceholderBirthdays placeholders, Households households,
                            Slips slips) {
        this.names = new NameComparator(similarity, nicknames, frequencies, weights, tfMaxBonusBits);
        this.dateOfBirth = weights.field("dateOfBirth");
        this.placeholders = placeholders;
        this.households = households;
        this.slips = slips;
        for (IdentifierType type : IdentifierType.values()) {
            if (Identifiers.personal(type)) {
                FieldWeights f = weights.field(Identifiers.field(type));
                personalIds.put(type, f);
                personalFieldNames.add(f.field());
                if (f.weight(Agreement.DIFFERENT) <= -idContradictionBits) {
                    contradictingIds.add(f.field());
                }
            }
        }
        this.email = weights.field(Identifiers.field(IdentifierType.EMAIL));
        for (IdentifierType type : List.of(IdentifierType.PHONE, IdentifierType.VEHICLE, IdentifierType.BANK_ACCOUNT, IdentifierType.OTHER)) {
            sharedIds.put(type, weights.field(Identifiers.field(type)));
            sharedFieldNames.add(Identifiers.field(type));
        }
        this.gender = weights.field("gender");
        this.moniker = weights.field("moniker");
        this.nationality = weights.field("nationality");
        this.addresses = new AddressComparator(similarity, weights, ADDRESS);
        this.sharedCap = new SharedCap(weights, nationality, sharedIds.values(), sharedMaxBits, sharedDisagreementMaxBits);
    }

    /** The days compared as an unknown birthday. */
    public PlaceholderBirthdays placeholders() {
        return placeholders;
    }

    @Override
    public List<Comparison> compare(PersonRecord a, PersonRecord b) {
        List<Comparison> out = new ArrayList<>(12);
        boolean monikers = Monikers.has(a) && Monikers.has(b);
        out.addAll(names.compare(a, b, monikers));
        add(out, dateOfBirth, Dates.compare(a.dateOfBirth(), b.dateOfBirth(), placeholders,
                Calendars.of(a.nationality(), b.nationality())));
        personalIds(out, a, b);
        add(out, gender, equality(a.gender(), b.gender()));
        add(out, email, Contacts.compare(IdentifierType.EMAIL, a.ids(), b.ids()));
        add(out, moniker, monikers ? Monikers.compare(a, b) : null);
        int shared = out.size();
        for (Map.Entry<IdentifierType, FieldWeights> kind : sharedIds.entrySet()) {
            add(out, kind.getValue(), Contacts.compare(kind.getKey(), a.ids(), b.ids()));
        }
        add(out, nationality, equality(a.nationality(), b.nationality()));
        out.addAll(bestAddress(a.addresses(), b.addresses()));
        sharedCap.apply(out, shared);
        return out;
    }

    @Override
    public boolean forReview(List<Comparison> comparisons) {
        for (Comparison c : comparisons) {
            if (c.level() == Agreement.EXACT && personalFieldNames.contains(c.field())) {
                return true; // the same passport, national id, NI number or PNC id
            }
        }
        return false;
    }

    @Override
    public boolean nameAlone(List<Comparison> comparisons) {
        return WhatAgrees.nameAlone(comparisons);
    }

    /**
     * Names, or the names of one's alias, and a date of birth all someone else's. An alias is often the identity
     * a trafficker's document was issued under (a cousin's passport): when the two agree only through it and on
     * nothing but what the papers carry, their own names and their dates of birth say whose the document is. A
     * phone or an address in common says the holder of the papers is one person (a victim arrested under the card
     * she was made to carry, with her own phone on her).
     */
    @Override
    public boolean anotherIdentity(PersonRecord a, PersonRecord b, List<Comparison> comparisons) {
        if (WhatAgrees.anotherIdentity(comparisons)) {
            return true;
        }
        if (a.aliases().isEmpty() && b.aliases().isEmpty() || !WhatAgrees.papersAlone(comparisons, personalFieldNames)) {
            return false;
        }
        List<Comparison> own = new ArrayList<>(names.best(List.of(a.name()), List.of(b.name())));
        for (Comparison c : comparisons) {
            if (c.field().equals("dateOfBirth")) {
                own.add(c);
            }
        }
        return WhatAgrees.anotherIdentity(own);
    }

    /**
     * Two men named Marian at one house on one phone, one Stan and one Ionescu: a family name is seldom written so
     * differently for one person without a date, a document or an e-mail to say it is one (a married name comes
     * with her date of birth), while workers of one house share a given name by chance.
     */
    @Override
    public boolean houseMates(List<Comparison> comparisons) {
        return WhatAgrees.houseMates(comparisons, ADDRESS, sharedFieldNames);
    }

    @Override
    public boolean householdAlone(List<Comparison> comparisons) {
        return WhatAgrees.householdAlone(comparisons, ADDRESS);
    }

    /**
     * Why two persons cannot be one, whatever else agrees, or null: given names that disagree (not a slip, a
     * nickname, an initial or a part of the other) by three letters or more, so that a name mangled by two slips
     * is not another name, or given names the same only because both records are written family name first;
     * dates of birth that disagree in two parts or more; a different gender unless given
     * name and date of birth agree exactly (a coding error); two different personal identifiers of a kind the
     * model finds reliable (its disagreement weighs at least the contradiction bits: learned from the store, so a
     * kind often mistyped or replaced does not hold people apart). The same personal identifier outweighs the
     * first three, and so does one a slip apart, but for a passport (a family's passports are issued together and
     * their numbers run in sequence), and so does the same e-mail address. Family names in their masculine and
     * feminine forms (Kostov, Kostova) are a family's men and women unless the given names agree: a mother recorded
     * by her initial is not her son; so are junior and senior, whatever else the two share. A field missing is no
     * evidence. In a store without households a given name or a date that differs alone holds no one at one address
     * apart ({@link Households}): there it is a record written wrongly; and in a store whose records of one person
     * often disagree there, nowhere ({@link Slips}).
     */
    @Override
    public String heldApart(PersonRecord a, PersonRecord b, List<Comparison> comparisons) {
        List<String> reasons = reasons(a, b, comparisons).why();
        return reasons.isEmpty() ? null : reasons.get(0);
    }

    /**
     * Strong when a reliable personal identifier differs, when one is junior and the other senior, or two of the
     * reasons hold at once (a father and his son differ in given name and date of birth; a mother and her daughter
     * too); weak when one does, which one badly kept record explains as well as a second person does.
     */
    @Override
    public Contradiction contradiction(PersonRecord a, PersonRecord b, List<Comparison> comparisons) {
        Reasons reasons = reasons(a, b, comparisons);
        if (reasons.why().isEmpty()) {
            return Contradiction.NONE;
        }
        return reasons.why().size() >= 2 || reasons.identifier() || reasons.why().contains(GENERATIONS)
                ? Contradiction.STRONG : Contradiction.WEAK;
    }

    /** Why two persons are held apart, the strongest reason first, and whether it is a personal identifier. */
    private record Reasons(List<String> why, boolean identifier, Set<String> fields) {
    }

    /** The fields on which the two contradict each other: what a third mention must bear to say which it is. */
    @Override
    public Set<String> contradictingFields(PersonRecord a, PersonRecord b, List<Comparison> comparisons) {
        return reasons(a, b, comparisons).fields();
    }

    private Reasons reasons(PersonRecord a, PersonRecord b, List<Comparison> comparisons) {
        Agreement given = null;
        Agreement date = null;
        Agreement sex = null;
        Agreement mail = null;
        boolean sameId = false;
        String differentId = null;
        boolean crossDifferent = false;
        Agreement postcode = null;
        Agreement street = null;
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            switch (c.field()) {
                case "givenName" -> given = c.level();
                case "dateOfBirth" -> date = c.level();
                case "address.postcode" -> postcode = c.level();
                case "address.street" -> street = c.level();
                case "gender" -> sex = c.level();
                case "email" -> mail = c.level();
                case "givenName~familyName", "familyName~givenName" -> crossDifferent |= c.level() == Agreement.DIFFERENT;
                default -> {
                    if (c.level() == Agreement.EXACT && Identifiers.isPersonalField(c.field())) {
                        sameId = true;
                    } else if (c.level() == Agreement.DIFFERENT && contradictingIds.contains(c.field())) {
                        differentId = c.field();
                    }
                }
            }
        }
        if (differentId != null) {
            return new Reasons(List.of("different " + differentId), true, Set.of(differentId));
        }
        if (sameId || Documents.lifelongSlip(a.ids(), b.ids()) || mail == Agreement.EXACT || mail == Agreement.NEAR) {
            return new Reasons(List.of(), false, Set.of());
        }
        List<String> reasons = new ArrayList<>(2);
        Set<String> fields = new HashSet<>(4);
        if (given == Agreement.DIFFERENT && names.otherNames(a, b) || crossDifferent
                || given == Agreement.EXACT && names.familyFirstOtherNames(a, b)) {
            reasons.add("different given names");
            fields.add("givenName");
        }
        if (date == Agreement.DIFFERENT) {
            reasons.add("different dates of birth");
            fields.add("dateOfBirth");
        }
        if (sex == Agreement.DIFFERENT && !(given == Agreement.EXACT && date == Agreement.EXACT)) {
            reasons.add("different genders");
            fields.add("gender");
        }
        if (Names.genderedForms(a.name().family(), b.name().family())
                && !(given == Agreement.EXACT || given == Agreement.NEAR || given == Agreement.NICKNAME)) {
            reasons.add("the masculine and feminine forms of one family name");
            fields.add("familyName");
        }
        String ga = Names.generation(a.name().given(), a.name().family());
        String gb = Names.generation(b.name().given(), b.name().family());
        if (ga != null && gb != null && !ga.equals(gb)) {
            reasons.add(GENERATIONS);
            fields.add("familyName");
        }
        if (fields.size() == 1 && !aloneHoldsApart(fields.iterator().next(), Households.sameAddress(postcode, street))) {
            return new Reasons(List.of(), false, Set.of());
        }
        return new Reasons(reasons, false, fields);
    }

    /**
     * Whether a difference in this field alone holds two records apart: a given name's or a date's does unless the
     * store's records of one person often differ there ({@link Slips}), or the two are at one address in a store
     * without households ({@link Households}).
     */
    private boolean aloneHoldsApart(String field, boolean oneAddress) {
        return switch (field) {
            case "givenName" -> slips.givenNameHoldsApart() && (!oneAddress || households.givenNameHoldsApart());
            case "dateOfBirth" -> slips.dateHoldsApart() && (!oneAddress || households.dateHoldsApart());
            default -> true;
        };
    }

    @Override
    public int touch(PersonRecord r) {
        int n = length(r.name().given()) + length(r.name().family()) + r.aliases().size();
        n += r.dateOfBirth() == null ? 0 : r.dateOfBirth().year();
        for (Id id : r.ids()) {
            n += length(id.value());
        }
        for (Address a : r.addresses()) {
            n += length(a.postcode()) + length(a.street()) + length(a.town());
        }
        return n;
    }

    /** The string's length and first character: reading the character brings its bytes in, which comparing reads. */
    private static int length(String s) {
        return s == null || s.isEmpty() ? 0 : s.length() + s.charAt(0);
    }

    private static Map<String, Set<Agreement>> fields() {
        Map<String, Set<Agreement>> f = new LinkedHashMap<>();
        f.put("givenName", EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.NICKNAME, Agreement.CLOSE, Agreement.WEAK,
                Agreement.INITIAL, Agreement.DIFFERENT));
        f.put("familyName", EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.CLOSE, Agreement.WEAK, Agreement.DIFFERENT));
        f.put("nameOrder", EnumSet.of(Agreement.SWAPPED));
        f.put("dateOfBirth", EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.DAY_DIFFERS, Agreement.MONTH_DIFFERS,
                Agreement.YEAR_DIFFERS, Agreement.CLOSE, Agreement.WEAK, Agreement.DIFFERENT));
        for (IdentifierType type : IdentifierType.values()) {
            f.put(Identifiers.field(type), Identifiers.personal(type) ? EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.DIFFERENT)
                    : type == IdentifierType.EMAIL ? EnumSet.of(Agreement.EXACT, Agreement.NEAR, Agreement.CLOSE)
                    : EnumSet.of(Agreement.EXACT, Agreement.NEAR));
        }
        f.put("gender", EnumSet.of(Agreement.EXACT, Agreement.DIFFERENT));
        f.put("moniker", EnumSet.of(Agreement.EXACT, Agreement.DIFFERENT));
        f.put("nationality", EnumSet.of(Agreement.EXACT, Agreement.DIFFERENT));
        AddressComparator.FIELD_LEVELS.forEach((field, levels) -> f.put(ADDRESS + field, levels));
        return Collections.unmodifiableMap(f);
    }

    /** Each kind of personal identifier both carry, compared as a field of its own: the best of their values. */
    private void personalIds(List<Comparison> out, PersonRecord a, PersonRecord b) {
        boolean twoNationalities = a.nationality() != null && b.nationality() != null && !a.nationality().equals(b.nationality());
        for (Map.Entry<IdentifierType, FieldWeights> kind : personalIds.entrySet()) {
            Agreement best = null;
            for (Id x : a.ids()) {
                if (x.type() != kind.getKey()) {
                    continue;
                }
                for (Id y : b.ids()) {
                    if (y.type() == x.type()) {
                        best = AddressComparator.better(best, Documents.agreement(x, y, twoNationalities));
                    }
                }
            }
            add(out, kind.getValue(), best);
        }
    }

    private static Agreement equality(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        return a.equals(b) ? Agreement.EXACT : Agreement.DIFFERENT;
    }

    private List<Comparison> bestAddress(List<Address> a, List<Address> b) {
        List<Comparison> best = List.of();
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (Address x : a) {
            for (Address y : b) {
                List<Comparison> c = addresses.compare(x, y);
                double w = total(c);
                if (w > bestWeight) {
                    bestWeight = w;
                    best = c;
                }
            }
        }
        return best;
    }

    static double total(List<Comparison> comparisons) {
        double w = 0;
        for (int i = 0; i < comparisons.size(); i++) {
            w += comparisons.get(i).weight();
        }
        return w;
    }

    private static void add(List<Comparison> out, FieldWeights field, Agreement level) {
        if (level != null) {
            out.add(field.at(level));
        }
    }
}
