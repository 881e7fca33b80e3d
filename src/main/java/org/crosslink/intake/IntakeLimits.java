package org.crosslink.intake;

/**
 * Bounds on one message, so that no input can take unbounded memory or time: the body size,
 * and for the JSON parser the nesting depth, the token count and the length of one string or number.
 */
public record IntakeLimits(int maxBytes, int maxDepth, int maxTokens, int maxStringLength, int maxNumberLength) {
    public IntakeLimits {
        if (maxBytes < 1024 || maxDepth < 8 || maxTokens < 100 || maxStringLength < 1000 || maxNumberLength < 20) {
            throw new IllegalArgumentException("intake limits too small to read a report");
        }
    }

    public static IntakeLimits defaults() {
        return new IntakeLimits(1 << 20, 32, 200_000, 200_000, 100);
    }
}
