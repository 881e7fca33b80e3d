package org.crosslink.alert;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The alert rules' thresholds and windows, from {@code config/application.properties}: how many reports
 * within how long make a location a hotspot, how close in time open intelligence must be for a closure
 * to count as premature, each type's severity, and which types are on.
 */
public record AlertSettings(int hotspotReports, Duration hotspotWindow, Duration closureWindow,
                            Map<AlertType, Severity> severities, Set<AlertType> enabled, String ncaSource) {
    public AlertSettings {
        if (hotspotReports < 2) {
            throw new IllegalArgumentException("a hotspot needs at least two reports");
        }
        severities = new EnumMap<>(severities);
        enabled = Set.copyOf(enabled);
    }

    public Severity severity(AlertType type) {
        return severities.getOrDefault(type, Severity.MEDIUM);
    }
}
