package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Settings the store gives the embedded database before it loads. */
class DatabaseSettingsTest {
    @Test
    void h2sCacheOfValuesIsOffOnceTheStoreIsLoadedUnlessTheOperatorSetIt() throws ClassNotFoundException {
        Class.forName(Database.class.getName(), true, Database.class.getClassLoader());

        assertThat(System.getProperty("h2.objectCache")).isEqualTo("false");
    }
}
