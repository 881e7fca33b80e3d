package org.crosslink.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The force registry: every source that may send reports, and every coordinator that receives alerts. */
public final class Registry {
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Coordinator> coordinators = new LinkedHashMap<>();

    public Registry(Collection<Source> sources, Collection<Coordinator> coordinators) {
        for (Source s : sources) {
            if (this.sources.put(s.code(), s) != null) {
                throw new IllegalArgumentException("source " + s.code() + " is registered twice");
            }
        }
        for (Coordinator c : coordinators) {
            if (this.sources.containsKey(c.code()) || this.coordinators.put(c.code(), c) != null) {
                throw new IllegalArgumentException("coordinator " + c.code() + " clashes with another code");
            }
        }
    }

    public Collection<Source> sources() {
        return sources.values();
    }

    public Collection<String> sourceCodes() {
        return sources.keySet();
    }

    public Collection<Coordinator> coordinators() {
        return coordinators.values();
    }

    public Source source(String code) {
        return sources.get(code);
    }

    public boolean isSource(String code) {
        return sources.containsKey(code);
    }

    public boolean isCoordinator(String code) {
        return coordinators.containsKey(code);
    }

    /** Every code that has an alert subscription: the sources, then the coordinators. */
    public List<String> subscribers() {
        List<String> all = new ArrayList<>(sources.keySet());
        all.addAll(coordinators.keySet());
        return all;
    }

    /** The coordinators an alert involving this source reaches: the national ones, and its region's. */
    public List<Coordinator> coordinatorsFor(String sourceCode) {
        Source s = sources.get(sourceCode);
        List<Coordinator> out = new ArrayList<>();
        for (Coordinator c : coordinators.values()) {
            if (c.isNational() || s != null && c.region().equals(s.region())) {
                out.add(c);
            }
        }
        return out;
    }
}
