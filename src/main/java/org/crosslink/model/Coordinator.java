package org.crosslink.model;

import java.util.Objects;

/**
 * A coordinating role that receives alerts: the NCA's MSHT unit (national, {@code region == null})
 * or a regional coordinator for the forces of one region.
 */
public record Coordinator(String code, String name, String region) {
    public Coordinator {
        Objects.requireNonNull(name, "name");
        if (code == null || !code.matches("[A-Z][A-Z0-9-]{1,31}")) {
            throw new IllegalArgumentException("a coordinator code is upper-case letters, digits and dashes: " + code);
        }
    }

    public boolean isNational() {
        return region == null;
    }
}
