package org.crosslink.intake;

import tools.jackson.databind.JsonNode;

/** The outcome of reading a message body as JSON: a tree, or the reason it is not one. */
public record ParsedBody(JsonNode json, Rejection rejection) {
    public static ParsedBody of(JsonNode json) {
        return new ParsedBody(json, null);
    }

    public static ParsedBody rejected(RejectionCode code, String message) {
        return new ParsedBody(null, new Rejection(code, "", message));
    }

    public boolean ok() {
        return rejection == null;
    }
}
