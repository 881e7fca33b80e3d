package org.crosslink.evaluate.synthetic;

import java.util.List;

/**
 * One person as one report records them, errors included, with the truth: the id of the real person. Any field but
 * {@code truth} and {@code role} may be null (not recorded). {@code places} are the locations the report links the
 * person to.
 */
public record Mention(String truth, String role, String givenName, String familyName, String dateOfBirth, String gender,
                      String nationality, List<Identifier> identifiers, List<Place> places) {
    /** A person's identifier as reported: a wire-format identifier type and its value. */
    public record Identifier(String type, String value) {
    }

    public Mention {
        if (truth == null || role == null) {
            throw new IllegalArgumentException("a mention needs its truth and role");
        }
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        places = places == null ? List.of() : places.stream().filter(p -> p != null && !p.isEmpty()).toList();
    }
}
