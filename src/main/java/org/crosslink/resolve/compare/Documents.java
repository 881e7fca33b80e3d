package org.crosslink.resolve.compare;

import org.crosslink.model.IdentifierType;
import org.crosslink.resolve.Id;
import org.crosslink.resolve.normalise.Identifiers;

/** Two numbers of one kind of personal document, compared as officers copy them. */
final class Documents {
    private Documents() {
    }

    /**
     * Two numbers of a personal document: as codes, but a number written once with its issuing country's code
     * before it (RO 054872913 for 054872913, as officers copy a passport's or identity card's number with the
     * country beside it) agrees near, not as another document; two numbers after two countries' codes, or held by
     * records of two nationalities ({@code twoNationalities}), are no evidence either way: a dual national's two
     * passports (a Moldovan woman's Romanian one and her Moldovan one), not two people.
     */
    static Agreement agreement(Id x, Id y, boolean twoNationalities) {
        Agreement level = Similarity.code(x.value(), y.value());
        boolean document = x.type() == IdentifierType.PASSPORT || x.type() == IdentifierType.NATIONAL_ID;
        if (level != Agreement.DIFFERENT || !document) {
            return level;
        }
        if (Identifiers.withIssuer(x.value(), y.value())) {
            return Agreement.NEAR;
        }
        return twoNationalities || Identifiers.twoIssuers(x.value(), y.value()) ? null : level;
    }
}
