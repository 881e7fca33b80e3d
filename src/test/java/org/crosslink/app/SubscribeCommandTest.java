package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.test.Cli;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/** 'subscribe' through the command line: a force logs in with its generated password and is handed its alert. */
class SubscribeCommandTest {

    @Test
    void aForceSubscribedAsItselfReceivesTheAlertAboutItsReportAsOneJsonLine() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("subscribe"), Map.of());
        try (Bus bus = new Bus(settings).start(); Clients clients = new Clients(settings)) {
            clients.send("MET", Reports.report("MET", "MET-S-1").person("P1", "WITNESS", "Radu", "Enache", "1983-09-09").json());
            clients.send("GMP", Reports.report("GMP", "GMP-S-1").person("P1", "WITNESS", "Radu", "Enache", "1983-09-09").json());

            Cli.Result r = CompletableFuture.supplyAsync(() -> Cli.run(settings, "subscribe", "--as", "MET", "--count", "1"))
                    .get(60, TimeUnit.SECONDS);

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out().strip().lines()).singleElement().asString()
                    .startsWith("{").contains("\"type\":\"CROSS_FORCE_PERSON\"", "\"sources\":[\"GMP\",\"MET\"]");
        }
    }
}
