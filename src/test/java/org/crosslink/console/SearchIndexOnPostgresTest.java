package org.crosslink.console;

import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.crosslink.config.Settings;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;

/** The search index's statements on a real PostgreSQL: the same behaviour as on the embedded database. */
class SearchIndexOnPostgresTest extends SearchIndexTest {
    private EmbeddedPostgres postgres;

    @Override
    Settings settings(Map<String, String> overrides) throws Exception {
        postgres = EmbeddedPostgres.start();
        Map<String, String> all = new HashMap<>(overrides);
        all.put("crosslink.db.url", postgres.getJdbcUrl("postgres", "postgres"));
        all.put("crosslink.db.user", "postgres");
        return TestSettings.create(TestSettings.newDataDir("search-index-pg"), all);
    }

    @AfterAll
    void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
