package org.crosslink.model;

import java.util.Objects;

/** A force or agency that sends reports: its short code, its name and its region. */
public record Source(String code, String name, String region, SourceKind kind) {
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kind, "kind");
        if (code == null || !code.matches("[A-Z][A-Z0-9]{1,15}")) {
            throw new IllegalArgumentException("a source code is 2 to 16 upper-case letters or digits: " + code);
        }
    }
}
