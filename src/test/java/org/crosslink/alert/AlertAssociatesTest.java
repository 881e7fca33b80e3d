package org.crosslink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.crosslink.camel.Bus;
import org.crosslink.model.MentionKey;
import org.crosslink.model.ReportKey;
import org.crosslink.store.Json;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.Store;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * An alert about a person names the persons of other entities who share a phone with it, or are named in reports about
 * the same place (associates), to each recipient only as far as it may see both reports in full. A real bus: three
 * people share Ana's phone (Ion in a report graded P, Mihai in one graded C, a girl in a third), Vlad and Mihai are
 * reported at a car wash, then MET and GMP both report Ana at that car wash: a cross-force alert on her.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertAssociatesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PHONE = "PHONE=07700 900200";
    private static final List<String> CAR_WASH = List.of("Unit 4, 12 Mill Lane");
    private Bus bus;
    private final Map<String, JsonNode> crossForce = new HashMap<>();
    private final Map<String, JsonNode> place = new HashMap<>();
    private String ion;
    private String mihai;
    private String girl;
    private String vlad;

    @BeforeAll
    void tellTheStory() throws Exception {
        bus = new Bus(TestSettings.create(TestSettings.newDataDir("alert-associates"), Map.of())).start();
        Store store = new Store(bus.runtime().db());
        try (Clients clients = new Clients(bus.runtime().settings())) {
            clients.send("WMP", Reports.report("WMP", "WMP-AA-3").person("P1", "SUSPECT", "Ion", "Lungu", "1970-11-30", PHONE).json());
            clients.send("KENT", atTheCarWash(Reports.report("KENT", "KENT-AA-4").handling("C", "not outside Kent")
                    .person("P1", "SUSPECT", "Mihai", "Dobre", "1981-02-14", PHONE)).json());
            clients.send("SYP", Reports.report("SYP", "SYP-AA-5").person("P1", "POTENTIAL_VICTIM", "Roxana", "Ilie", "2012-06-01", PHONE).json());
            clients.send("BTP", atTheCarWash(Reports.report("BTP", "BTP-AA-6").person("P1", "SUSPECT", "Vlad", "Rusu", "1975-09-09")).json());
            await().atMost(WAIT).until(() -> store.total() == 4);
            clients.send("MET", atTheCarWash(Reports.report("MET", "MET-AA-1")
                    .person("P1", "POTENTIAL_VICTIM", "Ana", "Vasilescu", "1999-04-02", PHONE)).json());
            clients.send("GMP", atTheCarWash(Reports.report("GMP", "GMP-AA-2")
                    .person("P1", "POTENTIAL_VICTIM", "Ana", "Vasilescu", "1999-04-02", PHONE)).json());
            await().atMost(WAIT).until(() -> store.total() == 6 && bus.runtime().relay().pending() == 0);
            for (String s : List.of("MET", "GMP", "NCA-MSHT")) {
                for (Message m : clients.as(s).drain("crosslink.alerts::alerts." + s, 2000)) {
                    JsonNode alert = Json.MAPPER.readTree(((TextMessage) m).getText());
                    if ("CROSS_FORCE_PERSON".equals(alert.path("type").asString())) {
                        crossForce.put(s, alert);
                    } else if ("CROSS_FORCE_LOCATION".equals(alert.path("type").asString())) {
                        place.put(s, alert);
                    }
                }
            }
        }
        ion = entity("WMP", "WMP-AA-3");
        mihai = entity("KENT", "KENT-AA-4");
        girl = entity("SYP", "SYP-AA-5");
        vlad = entity("BTP", "BTP-AA-6");
    }

    /** The report's last person named at the car wash, its address written as every report here writes it. */
    private static Reports atTheCarWash(Reports report) {
        return report.address("L1", "PREMISES", "Sparkle Hand Car Wash", CAR_WASH, "Luton", "LU1 1AA").livesAt("L1");
    }

    @AfterAll
    void stop() {
        bus.close();
    }

    @Test
    void anAlertNamesThePersonWhoSharesAPhoneWithItsSubjectAndHowOften() {
        assertThat(crossForce.get("MET").path("associates").toString())
                .contains("{\"entityId\":\"" + ion + "\",\"via\":[\"PHONE\"],\"reports\":1}");
    }

    @Test
    void anAlertNamesThePersonReportedAtTheSamePlaceAsItsSubject() {
        assertThat(crossForce.get("MET").path("associates").toString())
                .contains("{\"entityId\":\"" + vlad + "\",\"via\":[\"PLACE\"],\"reports\":1}");
    }

    @Test
    void aCoordinatorIsToldBothHowAnAssociateIsConnected() {
        assertThat(crossForce.get("NCA-MSHT").path("associates").toString())
                .contains("{\"entityId\":\"" + mihai + "\",\"via\":[\"PHONE\",\"PLACE\"],\"reports\":1}");
    }

    @Test
    void anAlertOnAPlaceNamesThePersonsReportedThereAsFarAsTheRecipientMaySeeThem() {
        String ana = entity("MET", "MET-AA-1");
        assertThat(place.get("NCA-MSHT").path("associates").toString()).contains(vlad, mihai, ana);
        assertThat(place.get("MET").path("associates").toString()).contains(vlad, ana).doesNotContain(mihai);
    }

    @Test
    void aForceIsNotToldOfAnAssociateInAReportGradedCOrNamingAChild() {
        for (String force : List.of("MET", "GMP")) {
            assertThat(crossForce.get(force).toString()).as(force).doesNotContain(mihai, girl);
        }
    }

    @Test
    void aCoordinatorIsToldOfEveryAssociate() {
        assertThat(crossForce.get("NCA-MSHT").path("associates").toString()).contains(ion, mihai, girl);
    }

    private String entity(String source, String reportId) {
        return bus.runtime().engine().persons().mention(new MentionKey(new ReportKey(source, reportId), "P1")).entity().id();
    }
}
