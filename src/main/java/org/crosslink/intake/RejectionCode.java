package org.crosslink.intake;

/** Why a report was rejected: a stable, machine-readable code that force systems can act on. */
public enum RejectionCode {
    /** The message had no body. */
    EMPTY_MESSAGE,
    /** The body is larger than {@code crosslink.intake.max-bytes}. */
    OVERSIZE,
    /** The body is bytes that are not valid UTF-8. */
    INVALID_ENCODING,
    /** The body is not JSON. */
    NOT_JSON,
    /** A JSON object names the same property twice. */
    DUPLICATE_KEY,
    /** The JSON is nested too deeply, or has too many tokens, or a string or number too long. */
    LIMIT_EXCEEDED,
    /** The JSON is not an object. */
    NOT_AN_OBJECT,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A field has the wrong JSON type. */
    WRONG_TYPE,
    /** A field has a value outside what the wire format allows. */
    INVALID_VALUE,
    /** {@code schemaVersion} is not one this bus reads. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** {@code source} is not in the force registry. */
    UNKNOWN_SOURCE,
    /** {@code source} is not the source whose queue the report arrived on, or not the authenticated sender. */
    SOURCE_MISMATCH,
    /** The report could not be processed after every retry; it went to the dead-letter queue. */
    PROCESSING_FAILED
}
