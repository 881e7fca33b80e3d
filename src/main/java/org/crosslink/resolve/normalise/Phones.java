package org.crosslink.resolve.normalise;

import com.github.benmanes.caffeine.cache.Cache;
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

    private static final Cache<String, String> CACHE = Caches.bounded();

    private Phones() {
    }

    /** E.164 form, or null when the text cannot be read as a phone number. Cached: intake checks, resolution reads. */
    public static String e164(String text) {
        if (text == null || text.isBlank() || text.length() > 64) {
            return null;
        }
        String result = CACHE.get(text, t -> {
            String e164 = parse(t);
            return e164 == null ? "" : e164;
        });
        return result.isEmpty() ? null : result;
    }

    /**
     * UK mobile numbers, most of what reports carry, are read without the full parser: 07xxx xxxxxx, +44 7..., 0044 7...
     * with spaces, dashes or dots. Anything else goes to libphonenumber.
     */
    private static String ukMobile(String text) {
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.' && !(c == '+' && digits.length() == 0)) {
                return null;
            }
        }
        String d = digits.toString();
        String national = d.startsWith("0044") ? d.substring(4) : d.startsWith("44") && text.trim().startsWith("+") ? d.substring(2)
                : d.startsWith("0") ? d.substring(1) : null;
        return national != null && national.length() == 10 && national.charAt(0) == '7' ? "+44" + national : null;
    }

    private static String parse(String text) {
        String mobile = ukMobile(text);
        if (mobile != null) {
            return mobile;
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
