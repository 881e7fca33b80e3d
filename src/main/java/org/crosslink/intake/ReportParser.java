package org.crosslink.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a message body into a JSON tree within fixed bounds. Every failure is a {@link Rejection}
 * with a code, never an exception: whatever arrives, the bus answers and goes on.
 */
public final class ReportParser {
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private final IntakeLimits limits;
    private final JsonMapper mapper;

    public ReportParser(IntakeLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxTokenCount(limits.maxTokens())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(1000)
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxBytes())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public IntakeLimits limits() {
        return limits;
    }

    /** Reads a body that arrived as bytes: the bytes must be UTF-8. */
    public ParsedBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            return ParsedBody.rejected(RejectionCode.EMPTY_MESSAGE, "the message has no body");
        }
        if (body.length > limits.maxBytes()) {
            return oversize(body.length);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return ParsedBody.rejected(RejectionCode.INVALID_ENCODING, "the body is not valid UTF-8");
        }
        return parse(text);
    }

    /**
     * Reads a body that arrived as text. A byte-order mark before the JSON, which some Windows tools write at the start
     * of UTF-8 text, is not part of it and is passed over (RFC 8259 lets a reader ignore one).
     */
    public ParsedBody parse(String body) {
        if (body != null && body.startsWith(BYTE_ORDER_MARK)) {
            body = body.substring(1);
        }
        if (body == null || body.isBlank()) {
            return ParsedBody.rejected(RejectionCode.EMPTY_MESSAGE, "the message has no body");
        }
        if (body.length() > limits.maxBytes() || utf8Length(body) > limits.maxBytes()) {
            return oversize(utf8Length(body));
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            return ParsedBody.rejected(RejectionCode.LIMIT_EXCEEDED, firstLine(e.getOriginalMessage()));
        } catch (JacksonException e) {
            String message = firstLine(e.getOriginalMessage());
            if (message.startsWith("Duplicate Object property")) {
                return ParsedBody.rejected(RejectionCode.DUPLICATE_KEY, message);
            }
            return ParsedBody.rejected(RejectionCode.NOT_JSON, "the body is not JSON: " + message);
        }
        if (node == null || node.isMissingNode()) {
            return ParsedBody.rejected(RejectionCode.EMPTY_MESSAGE, "the message has no JSON value");
        }
        if (!node.isObject()) {
            return ParsedBody.rejected(RejectionCode.NOT_AN_OBJECT, "a report is a JSON object, not " + node.getNodeType().name().toLowerCase());
        }
        return ParsedBody.of(node);
    }

    private ParsedBody oversize(long size) {
        return ParsedBody.rejected(RejectionCode.OVERSIZE,
                "the body has " + size + " bytes; the limit is " + limits.maxBytes());
    }

    /** The size the text has in UTF-8, which is what the limit is set in. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
