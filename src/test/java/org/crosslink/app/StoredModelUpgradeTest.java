package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.crosslink.config.Settings;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.Database;
import org.crosslink.test.Cli;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A store whose model an earlier version trained, before a comparison level it lacks was added: the bus still
 * starts on it, the missing level taken from the starting model, instead of refusing the store it wrote.
 */
class StoredModelUpgradeTest {
    private static final Path CORPUS = Path.of("src/test/resources/resolution/hard-cases/reports.jsonl");

    @Test
    void aBusStartsOnAStoredModelThatLacksALevelAddedSinceAndKeepsUsingIt() throws Exception {
        Path dir = TestSettings.newDataDir("stored-model-upgrade");
        Settings settings = TestSettings.create(dir, Map.of());
        Path first = dir.resolve("first.jsonl");
        List<String> reports = Files.readAllLines(CORPUS);
        Files.write(first, reports.subList(0, 300));
        assertThat(Cli.run(settings, "replay", first.toString()).exit()).isZero();
        removeLevel(settings, "dateOfBirth", "CLOSE");
        Path rest = dir.resolve("rest.jsonl");
        Files.write(rest, reports.subList(300, reports.size()));

        Cli.Result replay = Cli.run(settings, "replay", rest.toString());

        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("accepted " + (reports.size() - 300));
    }

    /** Rewrites the active stored model without one level, as a version before that level wrote it. */
    private static void removeLevel(Settings settings, String field, String level) throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        try (Database db = BusRuntime.openDatabase(settings);
             Connection c = db.connection()) {
            int version;
            String body;
            try (PreparedStatement s = c.prepareStatement("SELECT version, body FROM person_model WHERE active");
                 ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("a model in use after the first replay").isTrue();
                version = r.getInt(1);
                body = r.getString(2);
            }
            JsonNode doc = yaml.readTree(body);
            assertThat(((ObjectNode) doc.path("person").path("comparisons").path(field)).remove(level)).isNotNull();
            try (PreparedStatement u = c.prepareStatement("UPDATE person_model SET body = ? WHERE version = ?")) {
                u.setString(1, yaml.writeValueAsString(doc));
                u.setInt(2, version);
                assertThat(u.executeUpdate()).isEqualTo(1);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }
}
