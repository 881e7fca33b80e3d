package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.model.Identifier;
import org.crosslink.model.Location;
import org.crosslink.model.PartialDate;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.normalise.Addresses;
import org.crosslink.resolve.normalise.Genders;
import org.crosslink.resolve.normalise.Identifiers;
import org.crosslink.resolve.normalise.Names;

/** The first stage of resolution: a report's persons and locations as the records resolution compares. */
public final class RecordNormaliser {

    public PersonRecord person(Report report, Person p) {
        List<NamePair> aliases = new ArrayList<>();
        for (String alias : p.aliases()) {
            NamePair pair = splitName(alias);
            if (!pair.isEmpty()) {
                aliases.add(pair);
            }
        }
        List<Id> ids = new ArrayList<>();
        for (Identifier id : p.identifiers()) {
            String value = Identifiers.normalise(id.type(), id.value());
            if (value != null) {
                ids.add(new Id(id.type(), value));
            }
        }
        List<Address> addresses = new ArrayList<>();
        for (String ref : p.locationRefs()) {
            report.location(ref).map(this::address).filter(a -> !a.isEmpty()).ifPresent(addresses::add);
        }
        String nationality = p.nationality() == null ? null : Names.normalise(p.nationality());
        return new PersonRecord(new NamePair(Names.normalise(p.givenName()), Names.normalise(p.familyName())),
                aliases, PartialDate.parse(p.dateOfBirth()), Genders.normalise(p.gender()), nationality, ids, addresses);
    }

    public LocationRecord location(Location l) {
        return new LocationRecord(l.kind(), Names.normalise(l.name()), address(l), l.latitude(), l.longitude());
    }

    private Address address(Location l) {
        return Addresses.normalise(l.addressLines(), l.town(), l.postcode(), l.region(), l.country());
    }

    /** An alias written as one string: the last word is taken as the family name. */
    static NamePair splitName(String full) {
        String n = Names.normalise(full);
        if (n == null) {
            return new NamePair(null, null);
        }
        int space = n.lastIndexOf(' ');
        return space < 0 ? new NamePair(null, n) : new NamePair(n.substring(0, space), n.substring(space + 1));
    }
}
