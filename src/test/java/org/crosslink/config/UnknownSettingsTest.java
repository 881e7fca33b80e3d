package org.crosslink.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.crosslink.app.Crosslink;
import org.crosslink.test.Cli;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** A setting crosslink does not know stops it, with the file, the key and the name it was probably meant to be. */
class UnknownSettingsTest {

    @Test
    void aMisspeltKeyInTheHomesApplicationPropertiesStopsTheLoadNamingTheFileTheKeyAndTheNearestName() throws Exception {
        Path home = homeWith("crosslink.intake.batchsize=10\n");
        Path file = home.resolve("config/application.properties");

        assertThatThrownBy(() -> Settings.load(Home.locate(home), Map.of(), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("unknown setting crosslink.intake.batchsize in " + file + ": did you mean crosslink.intake.batch-size?");
    }

    @Test
    void aMisspeltPropertyOverrideStopsTheLoadNamingTheOverride() {
        Path home = Path.of("").toAbsolutePath();

        assertThatThrownBy(() -> Settings.load(Home.locate(home), Map.of(), Map.of("crosslink.errors.maximum-redelivery", "5")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("unknown setting crosslink.errors.maximum-redelivery in --property: did you mean "
                        + "crosslink.errors.maximum-redeliveries?");
    }

    @Test
    void everyUnknownKeyIsNamedAtOnceEachOnALineOfItsOwn() throws Exception {
        Path home = homeWith("crosslnk.db.url=jdbc:postgresql://db/crosslink\nfavourite.colour=green\n");
        Path file = home.resolve("config/application.properties");

        assertThatThrownBy(() -> Settings.load(Home.locate(home), Map.of(), Map.of()))
                .hasMessage("unknown setting crosslnk.db.url in " + file + ": did you mean crosslink.db.url?\n"
                        + "unknown setting favourite.colour in " + file
                        + ": no setting has a name like it (the settings are those of the bundled config/application.properties)");
    }

    @Test
    void camelsOwnSettingsAreLeftToCamel() throws Exception {
        Path home = homeWith("camel.main.tracing=false\n");

        Settings settings = Settings.load(Home.locate(home), Map.of(), Map.of("camel.main.name", "crosslink-test"));

        assertThat(settings.get("camel.main.name")).isEqualTo("crosslink-test");
    }

    @Test
    void anEnvironmentVariableNamingNoSettingDoesNotStopTheLoad() {
        Path home = Path.of("").toAbsolutePath();

        Settings settings = Settings.load(Home.locate(home), Map.of("CROSSLINK_INTAKE_BATCHSIZE", "10",
                "CROSSLINK_INTAKE_BATCH_SIZE", "20"), Map.of());

        assertThat(settings.getInt("crosslink.intake.batch-size")).isEqualTo(20);
    }

    @Test
    void theBusDoesNotStartWithAMisspeltSettingAndSaysWhichWithoutAStackTrace() {
        Path dataDir = TestSettings.newDataDir("unknown-setting");

        Cli.Result result = Cli.run("run", "--data-dir", dataDir.toString(), "-p", "crosslink.intake.batch-sise=100");

        assertThat(result.exit()).isEqualTo(Crosslink.CONFIGURATION_ERROR);
        assertThat(result.err()).isEqualTo("crosslink run: unknown setting crosslink.intake.batch-sise in --property: "
                + "did you mean crosslink.intake.batch-size?" + System.lineSeparator());
        assertThat(dataDir.resolve("broker")).doesNotExist();
    }

    @Test
    void aPasswordGivenOnTheCommandLineStopsTheCommandAndSaysWhereToPutItInstead() {
        Path dataDir = TestSettings.newDataDir("password-argument");

        Cli.Result result = Cli.run("run", "--data-dir", dataDir.toString(), "-p", "crosslink.db.password=hunter2");

        assertThat(result.exit()).isEqualTo(Crosslink.CONFIGURATION_ERROR);
        assertThat(result.err()).contains("a password is not given on the command line", "CROSSLINK_DB_PASSWORD",
                "crosslink.db.password-file").doesNotContain("hunter2");
        assertThat(dataDir.resolve("broker")).doesNotExist();
    }

    @Test
    void aCamelSettingCamelDoesNotHaveStopsTheBusAsCamelRefusesIt() throws Exception {
        Path dataDir = TestSettings.newDataDir("unknown-camel-setting");
        Path file = dataDir.resolve("none.jsonl");
        Files.writeString(file, "");

        Cli.Result result = Cli.run("replay", file.toString(), "--data-dir", dataDir.toString(), "-p", "camel.main.nmae=crosslink");

        assertThat(result.exit()).isEqualTo(Crosslink.CONFIGURATION_ERROR);
        assertThat(result.err()).isEqualTo("crosslink replay: unknown setting camel.main.nmae: camel.* settings are Camel Main's "
                + "options, and Camel has none of that name" + System.lineSeparator());
        assertThat(dataDir.resolve("broker")).doesNotExist();
    }

    /** A home folder whose application.properties is the bundled one with some lines added. */
    private static Path homeWith(String extra) throws Exception {
        Path home = TestSettings.newDataDir("home");
        Files.createDirectories(home.resolve("config"));
        try (InputStream in = Home.bundled("config/application.properties")) {
            Files.write(home.resolve("config/application.properties"), in.readAllBytes());
        }
        Files.writeString(home.resolve("config/application.properties"), extra, StandardOpenOption.APPEND);
        return home;
    }
}
