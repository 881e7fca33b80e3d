package org.crosslink.model;

import java.util.List;
import java.util.Objects;

/** A person as one report describes them. Every field but {@code ref} may be missing. */
public record Person(String ref, Role role, String givenName, String familyName, List<String> aliases,
                     String dateOfBirth, String gender, String nationality, List<Identifier> identifiers,
                     List<String> locationRefs) {
    public Person {
        Objects.requireNonNull(ref, "ref");
        role = role == null ? Role.UNKNOWN : role;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        locationRefs = locationRefs == null ? List.of() : List.copyOf(locationRefs);
    }
}
