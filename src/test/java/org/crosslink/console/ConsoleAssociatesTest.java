package org.crosslink.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosslink.alert.AlertState;
import org.crosslink.alert.AlertType;
import org.crosslink.app.ConsoleHook;
import org.crosslink.camel.Bus;
import org.crosslink.model.MentionKey;
import org.crosslink.model.ReportKey;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An entity's page and link chart show the persons who share a phone with it as associates, as far as the login may
 * see them: never through a report graded C, or one naming a child, that it may not see in full; so does the page of an
 * alert on one of them. And the page lists the near misses, and says why a possible match is a question when a rule kept it one. A real bus with its console; the search index has read every mention.
 */
class ConsoleAssociatesTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String PHONE = "PHONE=07700 900100";
    private static Bus bus;
    private static Console console;
    private static String ana;
    private static String ion;
    private static String mihai;
    private static String child;

    @BeforeAll
    static void start() throws Exception {
        bus = new Bus(TestSettings.create(TestSettings.newDataDir("console-associates"), Map.of())).start();
        console = ConsoleHook.start(bus);
        try (Clients clients = new Clients(bus.runtime().settings())) {
            // one phone, four people: Ana (MET's), Ion (GMP's, graded P), Mihai (KENT's, graded C) and a girl (WMP's)
            clients.send("MET", Reports.report("MET", "MET-CA-1").person("P1", "POTENTIAL_VICTIM", "Ana", "Vasilescu", "1999-04-02", PHONE).json());
            clients.send("GMP", Reports.report("GMP", "GMP-CA-2").person("P1", "SUSPECT", "Ion", "Lungu", "1970-11-30", PHONE).json());
            clients.send("KENT", Reports.report("KENT", "KENT-CA-3").handling("C", "not to be shared outside Kent")
                    .person("P1", "SUSPECT", "Mihai", "Dobre", "1981-02-14", PHONE).json());
            clients.send("WMP", Reports.report("WMP", "WMP-CA-4").person("P1", "POTENTIAL_VICTIM", "Roxana", "Ilie", "2012-06-01", PHONE).json());
            // Elena: Ana's family name, date of birth and phone, a given name too far from hers: a near miss
            clients.send("GMP", Reports.report("GMP", "GMP-CA-5").person("P1", "WITNESS", "Elena", "Vasilescu", "1999-04-02", PHONE).json());
            // BTP meets Ana too: an alert on her, to MET, BTP and the coordinators
            clients.send("BTP", Reports.report("BTP", "BTP-CA-6").person("P1", "POTENTIAL_VICTIM", "Ana", "Vasilescu", "1999-04-02", PHONE).json());
            // one passport under two names and dates: a question for the coordinators, not one person
            clients.send("MET", Reports.report("MET", "MET-CA-7").person("P1", "POTENTIAL_VICTIM", "Thu", "Nguyen", "1999-02-11", "PASSPORT=C2748153").json());
            clients.send("GMP", Reports.report("GMP", "GMP-CA-8").person("P1", "SUSPECT", "Hoa", "Pham", "2008-09-14", "PASSPORT=C2748153").json());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> entity("GMP-CA-5") != null && entity("BTP-CA-6") != null
                && entity("GMP-CA-8") != null
                && console.searchIndexCurrent());
        ana = entity("MET-CA-1");
        ion = entity("GMP-CA-2");
        mihai = entity("KENT-CA-3");
        child = entity("WMP-CA-4");
        await().atMost(Duration.ofSeconds(30)).until(() -> anasAlert() != null && Browser.signedIn("MET").get("alerts/" + anasAlert()).statusCode() == 200);
    }

    @AfterAll
    static void stop() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void aForceSeesThePersonWhoSharesAPhoneInAReportItMaySeeOnThePageAndTheChart() throws Exception {
        Browser met = Browser.signedIn("MET");
        assertThat(met.get("entities/" + ana).body()).contains("href=\"/entities/" + ion + "\">" + ion + "</a> shares a phone (GMP/GMP-CA-2)");
        assertThat(met.get("entities/" + ana + "/graph").body())
                .contains("\"source\":\"" + ana + "\",\"target\":\"" + ion + "\",\"label\":\"shares a phone\"");
    }

    @Test
    void aForceDoesNotSeeWhoSharesAPhoneThroughAReportGradedCOrNamingAChild() throws Exception {
        Browser met = Browser.signedIn("MET");
        assertThat(met.get("entities/" + ana).body()).doesNotContain(mihai, child, "KENT-CA-3", "WMP-CA-4");
        assertThat(met.get("entities/" + ana + "/graph").body()).doesNotContain(mihai, child);
    }

    @Test
    void aCoordinatorSeesEveryPersonWhoSharesAPhone() throws Exception {
        Browser nca = Browser.signedIn("NCA-MSHT");
        assertThat(nca.get("entities/" + ana).body()).contains(ion + "</a> shares a phone", mihai + "</a> shares a phone",
                child + "</a> shares a phone");
    }

    @Test
    void theEntityPageListsTheNearMissesWithWhatHeldThemApart() throws Exception {
        Browser nca = Browser.signedIn("NCA-MSHT");
        String page = nca.get("entities/" + ana).body();
        assertThat(page).contains("Near misses (compared, not linked)", "MET/MET-CA-1#P1 and a mention held by GMP in",
                "held apart: different given names");
    }

    @Test
    void theEntityPageSaysWhyAPossibleMatchIsAQuestionWhenARuleKeptItOne() throws Exception {
        String page = Browser.signedIn("NCA-MSHT").get("entities/" + entity("MET-CA-7")).body();
        assertThat(page).contains("MET/MET-CA-7#P1 and a mention held by GMP in",
                "A question for a coordinator, not a join: one identity document under two identities");
    }

    @Test
    void anAlertsPageNamesThePersonsWhoShareAPhoneWithItsSubjectAsFarAsTheLoginMaySeeThem() throws Exception {
        String met = Browser.signedIn("MET").get("alerts/" + anasAlert()).body();
        String nca = Browser.signedIn("NCA-MSHT").get("alerts/" + anasAlert()).body();

        assertThat(met).contains("Associates</h2>", "href=\"/entities/" + ion + "\">" + ion + "</a> shares a phone (1 report)")
                .doesNotContain(mihai, child);
        assertThat(nca).contains(ion + "</a> shares a phone", mihai + "</a> shares a phone", child + "</a> shares a phone");
    }

    /** The cross-force alert on Ana, once BTP's report has joined her entity. */
    private static String anasAlert() {
        return bus.runtime().alerts().all().stream()
                .filter(a -> a.type() == AlertType.CROSS_FORCE_PERSON && a.entityIds().contains(entity("MET-CA-1")))
                .map(AlertState::alertId).findFirst().orElse(null);
    }

    private static String entity(String reportId) {
        var m = bus.runtime().engine().persons().mention(new MentionKey(new ReportKey(reportId.substring(0, reportId.indexOf('-')), reportId), "P1"));
        return m == null ? null : m.entity().id();
    }

    /** A signed-in browser over the JDK's client. */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        static Browser signedIn(String login) throws Exception {
            Browser b = new Browser();
            Matcher m = CSRF.matcher(b.get("login").body());
            assertThat(m.find()).isTrue();
            String form = "username=" + enc(login) + "&password=" + enc(bus.runtime().credentials().password(login)) + "&csrf=" + enc(m.group(1));
            HttpResponse<String> r = b.http.send(HttpRequest.newBuilder(URI.create(console.address() + "login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(303);
            return b;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(console.address() + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
