package org.crosslink.resolve.normalise;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers in E.164, read with libphonenumber: {@code 07700 900461}, {@code +44 7700 900461} and
 * {@code 0044 7700-900461} are all {@code +447700900461}. Numbers without a country code are read as UK.
 */
public final class Phones {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "GB";

    private Phones() {
    }

    /** E.164 form, or null when the text cannot be read as a phone number. */
    public static String e164(String text) {
        if (text == null || text.isBlank() || text.length() > 64) {
            return null;
        }
        try {
            PhoneNumber number = UTIL.parse(text.trim().replaceFirst("^00", "+"), DEFAULT_REGION);
            if (!UTIL.isPossibleNumber(number)) {
                return null;
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }
}
