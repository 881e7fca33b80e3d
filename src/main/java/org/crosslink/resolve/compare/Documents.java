package org.crosslink.resolve.compare;

import java.util.List;

import org.crosslink.model.IdentifierType;
import org.crosslink.resolve.Id;
import org.crosslink.resolve.normalise.Identifiers;

/** Numbers of personal documents, compared as officers copy them: two of one kind, and a slip in one issued for life. */
final class Documents {
    private Documents() {
    }

    /**
     * Two numbers of a personal document: as codes, but a number written once with its issuing country's code
     * before it (RO 054872913 for 054872913, as officers copy a passport's or identity card's number with the
     * country beside it) agrees near, not as another document, and so does such a number a slip apart besides; two
     * numbers after two countries' codes, or held by records of two nationalities ({@code twoNationalities}), are
     * no evidence either way: a dual national's two passports (a Moldovan woman's Romanian one and her Moldovan
     * one), not two people.
     */
    static Agreement agreement(Id x, Id y, boolean twoNationalities) {
        Agreement level = Similarity.code(x.value(), y.value());
        boolean document = x.type() == IdentifierType.PASSPORT || x.type() == IdentifierType.NATIONAL_ID;
        if (level != Agreement.DIFFERENT || !document) {
            return level;
        }
        if (Identifiers.withIssuer(x.value(), y.value()) || slipAfterIssuer(x.value(), y.value())
                || slipAfterIssuer(y.value(), x.value())) {
            return Agreement.NEAR;
        }
        return twoNationalities || Identifiers.twoIssuers(x.value(), y.value()) ? null : level;
    }

    /**
     * Whether the first number, its issuing country's code taken away, is a slip from the second: the two ways
     * officers copy a number at once (BRA YC804512 for YC804572), which is near, as the slip alone would be.
     */
    private static boolean slipAfterIssuer(String withCode, String number) {
        for (String n : Identifiers.afterIssuer(withCode)) {
            if (Similarity.code(n, number) == Agreement.NEAR) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the two share, a slip apart, an identifier issued once for life: not a passport, nor a Home Office
     * reference, issued in sequence to the people of one arrival.
     */
    static boolean lifelongSlip(List<Id> a, List<Id> b) {
        for (Id x : a) {
            if (!Identifiers.personal(x.type()) || x.type() == IdentifierType.PASSPORT || x.type() == IdentifierType.HOME_OFFICE_REF) {
                continue;
            }
            for (Id y : b) {
                if (x.type() == y.type() && Similarity.code(x.value(), y.value()) == Agreement.NEAR) {
                    return true;
                }
            }
        }
        return false;
    }
}
