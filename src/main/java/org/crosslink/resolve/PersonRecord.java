package org.crosslink.resolve;

import java.util.List;

import org.crosslink.model.Interned;

import org.crosslink.model.PartialDate;
import org.crosslink.resolve.normalise.Address;

/**
 * A person mention after normalisation: what resolution compares and blocks on. The addresses are
 * those of the locations the person is linked to in the same report.
 */
public record PersonRecord(NamePair name, List<NamePair> aliases, PartialDate dateOfBirth, String gender,
                           String nationality, List<Id> ids, List<Address> addresses) {
    public PersonRecord {
        name = name == null ? new NamePair(null, null) : name;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        ids = ids == null ? List.of() : List.copyOf(ids);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        gender = Interned.of(gender);
        nationality = Interned.of(nationality);
    }
}
