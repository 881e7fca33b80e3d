package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.model.Identifier;
import org.crosslink.model.IdentifierType;
import org.crosslink.model.Location;
import org.crosslink.model.PartialDate;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.normalise.Addresses;
import org.crosslink.resolve.normalise.Genders;
import org.crosslink.resolve.normalise.Identifiers;
import org.crosslink.resolve.normalise.Names;
import org.crosslink.resolve.normalise.Nationalities;
import org.crosslink.resolve.normalise.Teknonyms;

/** The first stage of resolution: a report's persons and locations as the records resolution compares. */
public final class RecordNormaliser {

    public PersonRecord person(Report report, Person p) {
        return person(p, addresses(report), sharedEmails(report));
    }

    /**
     * The e-mail addresses (normalised) that two or more persons of a report give: a controller's or a house's,
     * handed round as a phone is, so no one's own.
     */
    public Set<String> sharedEmails(Report report) {
        if (report.persons().size() < 2) {
            return Set.of();
        }
        Map<String, String> firstRef = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Person p : report.persons()) {
            for (Identifier id : p.identifiers()) {
                String value = id.type() == IdentifierType.EMAIL ? Identifiers.normalise(id.type(), id.value()) : null;
                String first = value == null ? null : firstRef.putIfAbsent(value, p.ref());
                if (first != null && !first.equals(p.ref())) {
                    shared.add(value);
                }
            }
        }
        return shared;
    }

    /**
     * The addresses of a report's locations by ref (the first location of a ref), each normalised once for
     * the location and every person linked to it, who then share it.
     */
    public Map<String, Address> addresses(Report report) {
        Map<String, Address> out = new HashMap<>();
        for (Location l : report.locations()) {
            out.computeIfAbsent(l.ref(), ref -> address(l));
        }
        return out;
    }

    /** A person of a report, with the addresses of the report's locations by ref. */
    public PersonRecord person(Person p, Map<String, Address> addressesByRef) {
        return person(p, addressesByRef, Set.of());
    }

    /** A person of a report, with the report's addresses by ref and its e-mail addresses several persons give. */
    public PersonRecord person(Person p, Map<String, Address> addressesByRef, Set<String> sharedEmails) {
        String family = Names.normalise(p.familyName());
        List<NamePair> aliases = new ArrayList<>();
        for (String alias : p.aliases()) {
            NamePair pair = splitName(alias, family);
            if (!pair.isEmpty()) {
                aliases.add(pair);
            }
        }
        List<Id> ids = new ArrayList<>();
        for (Identifier id : p.identifiers()) {
            String value = Identifiers.normalise(id.type(), id.value());
            if (value != null) {
                ids.add(new Id(id.type(), value, id.type() == IdentifierType.EMAIL && sharedEmails.contains(value)));
            }
        }
        List<Address> addresses = new ArrayList<>();
        for (String ref : p.locationRefs()) {
            Address a = addressesByRef.get(ref);
            if (a != null && !a.isEmpty()) {
                addresses.add(a);
            }
        }
        String nationality = Nationalities.normalise(p.nationality());
        return new PersonRecord(new NamePair(Teknonyms.canonical(Names.normalise(p.givenName()), nationality), family),
                aliases, PartialDate.parse(p.dateOfBirth()), Genders.normalise(p.gender()), nationality, ids, addresses);
    }

    public LocationRecord location(Location l) {
        return location(l, address(l));
    }

    /** A location with its address already normalised ({@link #addresses}). */
    public LocationRecord location(Location l, Address address) {
        return new LocationRecord(l.kind(), Names.normalise(l.name()), address, l.latitude(), l.longitude());
    }

    private Address address(Location l) {
        return Addresses.normalise(l.addressLines(), l.town(), l.postcode(), l.region(), l.country());
    }

    /**
     * An alias written as one string: the last word is taken as the family name; an alias of one word as a given
     * name, for that is what a one-word alias is (a nickname, a working name: Nok, Tiny, Amy), and a force that
     * records the person by it writes it as the given name, beside the family name she has (Amy ZHAO, whom the
     * Met knows as Mei ZHAO, alias Amy). {@code ownFamily} is the record's normalised family name, or null.
     */
    static NamePair splitName(String full, String ownFamily) {
        String n = Names.normalise(full);
        if (n == null) {
            return new NamePair(null, null);
        }
        int space = n.lastIndexOf(' ');
        return space < 0 ? new NamePair(n, ownFamily) : new NamePair(n.substring(0, space), n.substring(space + 1));
    }
}
