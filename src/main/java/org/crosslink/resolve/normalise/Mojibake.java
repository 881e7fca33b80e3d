package org.crosslink.resolve.normalise;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Text that was UTF-8 and was read as Windows-1252 or Latin-1 on its way into a force's system, as careless
 * imports leave it: {@code ArÅ«nas} for Arūnas, {@code EglÄ—} for Eglė, {@code JosÃ©} for José, {@code Ð˜Ð²Ð°Ð½}
 * for Иван. Such a name is neither its letters nor a typo of them: the repair writes the bytes back as they were
 * read and decodes them as UTF-8. Genuine text is left alone, because it almost never decodes: an accented letter
 * is followed by a letter, not by one of the symbols a UTF-8 continuation byte reads as.
 */
public final class Mojibake {
    private static final List<Charset> MISREAD_AS = List.of(Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);

    private Mojibake() {
    }

    /** Whether the text reads as UTF-8 misdecoded, and would be repaired. */
    public static boolean misread(String text) {
        return text != null && !repair(text).equals(text);
    }

    /** The text as it was written, or the text itself when it does not read as misdecoded UTF-8. */
    static String repair(String text) {
        String s = text;
        // twice at most: text misread on two imports in a row (Ã„Â— for ė) comes back in two steps
        for (int round = 0; round < 2 && suspect(s); round++) {
            String repaired = redecode(s);
            if (repaired == null) {
                break;
            }
            s = repaired;
        }
        return s;
    }

    /** Whether the text holds a character that reads as the first byte of a two- or three-byte UTF-8 sequence. */
    private static boolean suspect(String s) {
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c >= '\u00c2' && c <= '\u00ef') {
                return true;
            }
        }
        return false;
    }

    private static String redecode(String s) {
        for (Charset charset : MISREAD_AS) {
            try {
                ByteBuffer bytes = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
            } catch (CharacterCodingException notThisOne) {
                // not encodable in this charset, or its bytes are not UTF-8: try the next, else leave the text as it is
            }
        }
        return null;
    }
}
