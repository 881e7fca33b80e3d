package org.crosslink.resolve.compare;

import java.util.List;

import org.crosslink.model.IdentifierType;
import org.crosslink.resolve.Id;

/** Phones, e-mail addresses, vehicles, bank accounts: identifiers a person holds, not is, compared as codes. */
final class Contacts {
    private Contacts() {
    }

    /**
     * A phone, e-mail, vehicle, bank account or other identifier of one kind that both carry: exact, or near for a
     * slip of one character (a mistyped number is near agreement, not disagreement). Not sharing one is no evidence
     * at all: people have several. An e-mail address that a report gives to several persons counts for neither.
     */
    static Agreement compare(IdentifierType type, List<Id> a, List<Id> b) {
        Agreement best = null;
        for (Id x : a) {
            if (x.type() != type || x.shared()) {
                continue; // an e-mail several persons of one report give is evidence of no one
            }
            for (Id y : b) {
                if (y.type() == type && !y.shared()) {
                    Agreement level = Similarity.code(x.value(), y.value());
                    if (level == Agreement.EXACT) {
                        return level;
                    }
                    boolean numbersAgree = type != IdentifierType.EMAIL || sameNumbers(x.value(), y.value());
                    if (level == Agreement.NEAR && x.value().length() >= 6 && numbersAgree) {
                        best = Agreement.NEAR;
                    } else if (type == IdentifierType.EMAIL && best == null && sameMailbox(x.value(), y.value())) {
                        best = Agreement.CLOSE;
                    }
                }
            }
        }
        return best;
    }

    /** Two e-mail addresses with the same name before the @ (or one slip apart) at different providers. */
    private static boolean sameMailbox(String a, String b) {
        int at = a.indexOf('@');
        int bt = b.indexOf('@');
        if (at < 3 || bt < 3) {
            return false;
        }
        String la = a.substring(0, at);
        String lb = b.substring(0, bt);
        return la.equals(lb)
                || Math.min(la.length(), lb.length()) >= 6 && Similarity.code(la, lb) == Agreement.NEAR && sameNumbers(la, lb);
    }

    /**
     * Whether two e-mail addresses carry the same digits in the same order. A provider adds a number to a name
     * already taken, so susan46 and susan47 are two people's mailboxes, not one mistyped.
     */
    private static boolean sameNumbers(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && !Character.isDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && !Character.isDigit(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }
}
