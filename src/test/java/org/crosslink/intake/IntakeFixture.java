package org.crosslink.intake;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosslink.store.Json;

/** The real intake (config/report.schema.json, the real registry's codes) for unit tests, without the bus. */
final class IntakeFixture {
    private IntakeFixture() {
    }

    static Intake intake() {
        try (InputStream in = Files.newInputStream(Path.of("config/report.schema.json"))) {
            return new Intake(new ReportParser(IntakeLimits.defaults()),
                    new ReportSchema(Json.MAPPER.readTree(in), List.of("MET", "GMP", "WMP", "NCA")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
