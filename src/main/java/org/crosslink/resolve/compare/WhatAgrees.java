package org.crosslink.resolve.compare;

import java.util.List;
import java.util.Set;

/**
 * What two person records compared so agree on, in the terms the resolver asks about: a name alone (which namesakes
 * share), what a household shares (the names and the house), or another identity altogether.
 */
final class WhatAgrees {
    /** What two namesakes of one people share as often as not: their names, gender and nationality. */
    private static final Set<String> NAMESAKES_SHARE = Set.of("givenName", "familyName", "nameOrder", "gender", "nationality");

    private WhatAgrees() {
    }

    /** Nothing agrees that a namesake would not share. */
    static boolean nameAlone(List<Comparison> comparisons) {
        for (Comparison c : comparisons) {
            if (c.weight() > 0 && !namesakesShare(c.field())) {
                return false; // a date, an identifier, a contact or a place agrees
            }
        }
        return true;
    }

    /** Nothing agrees that a family of one name does not share: its names and its house (the fields under the prefix). */
    static boolean householdAlone(List<Comparison> comparisons, String addressPrefix) {
        for (Comparison c : comparisons) {
            if (c.weight() > 0 && !namesakesShare(c.field()) && !c.field().startsWith(addressPrefix)) {
                return false; // a date, an identifier or a contact agrees
            }
        }
        return true;
    }

    /**
     * Nothing agrees but what an identity's papers carry: names, gender, nationality and the documents (the fields
     * given). A phone or an address in common is the holder's own life, not the papers'.
     */
    static boolean papersAlone(List<Comparison> comparisons, Set<String> documents) {
        for (Comparison c : comparisons) {
            if (c.weight() > 0 && !namesakesShare(c.field()) && !documents.contains(c.field())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The family names disagree, read either way round, and nothing agrees but what house-mates of one given name
     * share: that name, gender, nationality, the house and what is handed round in it (the shared fields given).
     */
    static boolean houseMates(List<Comparison> comparisons, String addressPrefix, Set<String> shared) {
        boolean familyDiffers = false;
        for (Comparison c : comparisons) {
            String field = c.field();
            if (field.equals("familyName")) {
                familyDiffers = c.level() == Agreement.DIFFERENT;
            } else if (field.indexOf('~') >= 0) {
                if (c.level() != Agreement.DIFFERENT) {
                    return false; // the names agree read the other way round
                }
            } else if (c.weight() > 0 && !NAMESAKES_SHARE.contains(field) && !field.startsWith(addressPrefix)
                    && !shared.contains(field)) {
                return false; // a date, a document or an e-mail agrees
            }
        }
        return familyDiffers;
    }

    /** Given name, family name (in either order) and date of birth all disagree: a name and a date of someone else's. */
    static boolean anotherIdentity(List<Comparison> comparisons) {
        int different = 0;
        for (Comparison c : comparisons) {
            switch (c.field()) {
                case "givenName", "familyName", "dateOfBirth" -> {
                    if (c.level() != Agreement.DIFFERENT) {
                        return false;
                    }
                    different++;
                }
                case "givenName~familyName", "familyName~givenName" -> {
                    if (c.level() != Agreement.DIFFERENT) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return different == 3;
    }

    /** Whether namesakes share the field as often as not: a name (compared across the name order too), gender, nationality. */
    private static boolean namesakesShare(String field) {
        return NAMESAKES_SHARE.contains(field) || field.indexOf('~') >= 0;
    }
}
