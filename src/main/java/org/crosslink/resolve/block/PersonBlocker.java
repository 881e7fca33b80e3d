package org.crosslink.resolve.block;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.model.IdentifierType;
import org.crosslink.model.PartialDate;
import org.crosslink.resolve.Id;
import org.crosslink.resolve.NamePair;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.compare.Calendars;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.normalise.Identifiers;
import org.crosslink.resolve.normalise.Names;
import org.crosslink.resolve.normalise.Nicknames;
import org.crosslink.resolve.normalise.Phonetics;
import org.crosslink.resolve.normalise.Spellings;

/**
 * Blocking keys for persons. A name alone can never make a match, so every key joins a name to a second
 * piece of evidence (or is a strong identifier on its own), and no key has a space that a store of a million
 * persons would fill: a block stays small and the cost of a new mention does not grow with history, while a
 * mention with a typo in any one field still meets its match. Keys: both names' sounds with the year of birth,
 * the month and day, or the street; either name with the full date of birth (day and month in either order)
 * or with a postcode (each word of a name of several words too), or with the year and month and the other name's
 * initial; the date with both initials, or with the one initial of a mention lacking a name; the date with a
 * postcode; each identifier (a personal one, and an e-mail's mailbox, also with each of its characters left
 * out); Beider–Morse family-name codes with the
 * given initial and the date of birth; the family name's sound with each nickname group of the given name
 * (Jamie and James, Sukey and Susan), for a mention without a full date of birth, which no key with a date finds;
 * and a name spelt by another romanisation (Julija Kowalenko for Yuliya Kovalenko) with the full date, under the
 * sound of its folded spelling as well ({@link Spellings}).
 * <p>
 * The Beider–Morse keys are asymmetric, so that a year of birth alone still meets a full date without
 * every full date paying for it: a full date is filed under its date and its year and looks up its date
 * and the year among the partial dates; a partial date is filed under its year twice (among all, and
 * among the partial dates) and looks up the year among all.
 */
public final class PersonBlocker implements Blocker<PersonRecord> {
    /** Values shorter than this are too common (a mailbox john or mary1) for a slip in them to say much. */
    private static final int MIN_SLIP = 6;
    /** Longer values are filed as they are: a slip in a long one is rarer than the keys it would cost. */
    private static final int MAX_SLIP = 32;
    private final Nicknames nicknames;

    /** Blocking without nickname keys: for tests of the other keys. */
    public PersonBlocker() {
        this(Nicknames.none());
    }

    public PersonBlocker(Nicknames nicknames) {
        this.nicknames = nicknames;
    }

    @Override
    public List<String> keys(PersonRecord p) {
        return build(p, false).file();
    }

    @Override
    public List<String> queryKeys(PersonRecord p) {
        return both(p).query();
    }

    /** Both sets in one pass: each name's and street's sound is looked up once, not once a key and a set. */
    @Override
    public Keys both(PersonRecord p) {
        return build(p, true);
    }

    private Keys build(PersonRecord p, boolean withQuery) {
        KeySets keys = new KeySets(withQuery);
        PartialDate dob = p.dateOfBirth();
        String year = dob == null ? null : Integer.toString(dob.year());
        String fullDate = dob != null && dob.isFull()
                ? dob.year() + "-" + Math.min(dob.month(), dob.day()) + "-" + Math.max(dob.month(), dob.day()) : null;
        List<String> streets = new ArrayList<>(p.addresses().size());
        for (Address a : p.addresses()) {
            String street = a.streetSound();
            if (street != null) {
                streets.add(street);
            }
        }
        String monthDay = dob != null && dob.isFull()
                ? Math.min(dob.month(), dob.day()) + "-" + Math.max(dob.month(), dob.day()) : null;
        names(keys, p.name(), p, year, fullDate, monthDay, streets);
        nicknameGroups(keys, p.name(), fullDate != null);
        for (NamePair alias : p.aliases()) {
            names(keys, alias, p, year, fullDate, monthDay, streets);
            nicknameGroups(keys, alias, fullDate != null);
        }
        for (PartialDate read : Calendars.gregorian(dob, p.nationality())) {
            otherCalendar(keys, p.name(), read);
            for (NamePair alias : p.aliases()) {
                otherCalendar(keys, alias, read);
            }
        }
        for (Address a : p.addresses()) {
            if (a.postcode() != null && fullDate != null) {
                keys.both("dp|" + fullDate + "|" + a.postcode());
            }
        }
        for (Id id : p.ids()) {
            keys.both("id|" + id.type() + "|" + id.value());
            if (id.type() == IdentifierType.EMAIL) {
                mailbox(keys, id.value());
            }
            if (Identifiers.personal(id.type())) {
                oneSlip(keys, "ix|" + id.type() + "|", id.value());
            }
        }
        return keys.done();
    }

    private static void names(KeySets keys, NamePair n, PersonRecord p, String year, String fullDate, String monthDay,
                              List<String> streets) {
        PartialDate dob = p.dateOfBirth();
        String g = n.givenSound();
        String f = n.familySound();
        if (g != null && f != null) {
            String pair = min(g, f) + "|" + max(g, f);
            if (year != null) {
                keys.both("gfy|" + pair + "|" + year);
            }
            if (monthDay != null) {
                keys.both("gfmd|" + pair + "|" + monthDay); // a wrong year: 1957 for 1987, 2062 for 2002
            }
            // Both names with no full date of birth to go with them: a person without one meets every namesake, and
            // one with a date meets the namesakes without
            keys.lacking("gf|" + pair, "gfn|" + pair, fullDate != null);
            for (String street : streets) {
                keys.both("gfs|" + pair + "|" + street);
            }
        }
        String[] codes = {g, f};
        String[] names = {n.given(), n.family()};
        String[] otherInitials = {initial(n.family()), initial(n.given())};
        for (int i = 0; i < codes.length; i++) {
            String code = codes[i];
            if (code == null) {
                continue;
            }
            if (fullDate != null) {
                keys.both("nd|" + code + "|" + fullDate);
                eachWord(keys, "nd|", names[i], code, fullDate);
                romanised(keys, names[i], code, fullDate);
                if (i == 1) {
                    withoutPrefix(keys, names[i], fullDate);
                }
            }
            if (year != null && dob.month() > 0) {
                // a slip in the other name (its initial kept) and in the day: a name with a year and month alone would
                // fill at a million persons (forty namesakes of a common name a month)
                keys.both("nym|" + code + "|" + year + "-" + dob.month() + "|" + otherInitials[i]);
            }
            for (Address a : p.addresses()) {
                if (a.postcode() != null) {
                    keys.both("np|" + code + "|" + a.postcode());
                    eachWord(keys, "np|", names[i], code, a.postcode());
                }
            }
        }
        if (fullDate != null && (n.given() != null || n.family() != null)) {
            keys.both("di|" + fullDate + "|" + initials(n));
            dateAndOneInitial(keys, n, fullDate);
        }
        if (year != null) {
            beiderMorse(keys, n, year, fullDate);
        }
    }

    /**
     * An Irish or Scottish family name without its O' or Mac (O'Sullivan, once written Sullivan; MacGinley and
     * McGinley), filed with the full date under the bare name's sound: the prefix changes the sound, so the two
     * forms, one slip apart, would share no key.
     */
    private static void withoutPrefix(KeySets keys, String family, String fullDate) {
        String bare = null;
        if (family.length() >= 5 && family.charAt(0) == 'o' && !vowel(family.charAt(1)) && family.charAt(1) != ' ') {
            bare = family.substring(1);
        } else if (family.length() >= 6 && family.startsWith("mac")) {
            bare = family.substring(3);
        } else if (family.length() >= 5 && family.startsWith("mc")) {
            bare = family.substring(2);
        }
        String sound = bare == null ? null : Phonetics.metaphone(bare.trim());
        if (sound != null) {
            keys.both("nd|" + sound + "|" + fullDate);
        }
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * A date of birth copied from papers in another calendar (a Thai card's 2539-08-14), filed also under the day or
     * the years it stands for, with the names, as a converted date is: the two records otherwise share no key.
     */
    private static void otherCalendar(KeySets keys, NamePair n, PartialDate read) {
        String g = n.givenSound();
        String f = n.familySound();
        if (read.isFull()) {
            String day = read.year() + "-" + Math.min(read.month(), read.day()) + "-" + Math.max(read.month(), read.day());
            for (String code : new String[] {g, f}) {
                if (code != null) {
                    keys.both("nd|" + code + "|" + day);
                }
            }
        }
        if (g != null && f != null) {
            keys.both("gfy|" + min(g, f) + "|" + max(g, f) + "|" + read.year());
        }
    }

    /**
     * Each word of a name of several words with the postcode or the full date, under its own sound: a name filed
     * whole by one force and in part or in another order by another (Camila Garcia Lopez, Maria Camila Lopez Garcia;
     * Yuliana Andrea CASTANO RESTREPO, arrested as Yuliana RESTREPO) meets it there.
     */
    private static void eachWord(KeySets keys, String prefix, String name, String code, String with) {
        if (name.indexOf(' ') < 0) {
            return;
        }
        for (String word : name.split(" ")) {
            String sound = word.length() >= 2 ? Phonetics.metaphone(word) : null;
            if (sound != null && !sound.equals(code)) {
                keys.both(prefix + sound + "|" + with);
            }
        }
    }

    /**
     * A name whose spelling folded across romanisations sounds otherwise (Kowalenko, Julija) is filed and asked
     * with the full date under that sound too, where a mention of its other spelling (Kovalenko, Yuliya) is filed
     * by its own: the both-names keys miss a pair whose two names are each spelt another way. Names whose fold
     * sounds the same (most English names) cost nothing.
     */
    private static void romanised(KeySets keys, String name, String code, String fullDate) {
        String folded = foldedSound(name, code);
        if (folded != null) {
            keys.both("nd|" + folded + "|" + fullDate);
        }
    }

    /**
     * The date with each initial, for a mention that lacks one of the names: it meets a mention of the other name,
     * whatever slip that mention's names carry. A mention with both names looks only among those lacking one: the
     * date with either initial for every mention was tried, and at a million persons of the bench's population it
     * brought sixteen more candidates a mention.
     */
    private static void dateAndOneInitial(KeySets keys, NamePair n, String fullDate) {
        boolean both = n.given() != null && n.family() != null;
        for (String name : new String[] {n.given(), n.family()}) {
            if (name != null) {
                String key = fullDate + "|" + name.charAt(0);
                keys.lacking("dx|" + key, "dxn|" + key, both);
            }
        }
    }

    /**
     * The family name's sound with each group of nicknames the given name is in, through which a mention without a
     * full date of birth meets the person's other mentions under a nickname or the full name: Jamie Brookstead and
     * James Brookstead. The both-names key misses them (two names' sounds), and a key on the given initial instead
     * would bring every namesake with that initial. A complete mention looks only among the incomplete.
     */
    private void nicknameGroups(KeySets keys, NamePair n, boolean complete) {
        if (n.familySound() == null) {
            return;
        }
        String folded = foldedSound(n.family(), n.familySound());
        for (int group : nicknames.groupsOf(n.given())) {
            String key = n.familySound() + "|" + group;
            keys.lacking("gk|" + key, "gkn|" + key, complete);
            if (folded != null) {
                // and under its other romanisation's sound: Sasha Kowalenko, with no date, meets Oleksandra Kovalenko
                keys.lacking("gk|" + folded + "|" + group, "gkn|" + folded + "|" + group, complete);
            }
        }
    }

    /** The sound of a name's spelling folded across romanisations ({@link Spellings}), or null when it is its own. */
    private static String foldedSound(String name, String code) {
        String spelling = Spellings.fold(name);
        if (spelling.equals(Names.compact(name))) {
            return null;
        }
        String folded = Phonetics.metaphone(spelling);
        return folded == null || folded.equals(code) ? null : folded;
    }

    /** A name's first letter, or nothing. */
    private static String initial(String name) {
        return name == null ? "" : name.substring(0, 1);
    }

    /** Both initials, in order, so that swapped names give the same key. */
    private static String initials(NamePair n) {
        String g = initial(n.given());
        String f = initial(n.family());
        return min(g, f) + max(g, f);
    }

    /** Asymmetric: a full date files under its year and asks among the partial dates; a partial date the reverse. */
    private static void beiderMorse(KeySets keys, NamePair n, String year, String fullDate) {
        String initial = initial(n.given());
        int bm = 0;
        for (String code : Phonetics.beiderMorse(n.family())) {
            if (bm++ >= 4) {
                break;
            }
            String byYear = code + "|" + initial + "|" + year;
            keys.lacking("bm|" + byYear, "bmp|" + byYear, fullDate != null);
            if (fullDate != null) {
                keys.both("bmd|" + code + "|" + initial + "|" + fullDate);
            }
        }
    }

    /**
     * The letters and digits before the @ of an e-mail address (john.smith and john_smith are one mailbox to a
     * reader), and the mailbox with each one of them left out: two mailboxes one slip apart (a letter mistyped,
     * left out, added or two swapped) share one of these keys, at any provider. Each is a slot in the index, about
     * twenty an address; a mailbox too short to say much is filed as it is.
     */
    private static void mailbox(KeySets keys, String email) {
        int at = email.indexOf('@');
        StringBuilder box = new StringBuilder(Math.max(at, 0));
        for (int i = 0; i < at; i++) {
            char c = email.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                box.append(c);
            }
        }
        if (box.length() < 4) {
            return;
        }
        oneSlip(keys, "mb|", box);
    }

    /**
     * The value, and the value with each one of its characters left out, under one prefix: two values one slip apart
     * (a character mistyped, left out, added, or two swapped) share one of these keys. A value too short or too long
     * is filed as it is.
     */
    private static void oneSlip(KeySets keys, String prefix, CharSequence value) {
        keys.both(prefix + value);
        if (value.length() < MIN_SLIP || value.length() > MAX_SLIP) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            if (i == 0 || value.charAt(i) != value.charAt(i - 1)) { // a doubled letter left out either way is one key
                keys.both(prefix + value.subSequence(0, i) + value.subSequence(i + 1, value.length()));
            }
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }
}
