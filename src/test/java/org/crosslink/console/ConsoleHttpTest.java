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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosslink.app.ConsoleHook;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.model.MentionKey;
import org.crosslink.model.ReportKey;
import org.crosslink.store.AuditTrail;
import org.crosslink.test.Cli;
import org.crosslink.test.Clients;
import org.crosslink.test.Reports;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console over plain HTTP: sign-in, sessions and forms refused when they should be, access, audit, health, metrics. */
class ConsoleHttpTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static Settings settings;
    private static Bus bus;
    private static Console console;
    private static String gmpOnly;

    @BeforeAll
    static void start() throws Exception {
        settings = TestSettings.create(TestSettings.newDataDir("console-http"), Map.of());
        bus = new Bus(settings).start();
        console = ConsoleHook.start(bus);
        try (Clients clients = new Clients(settings)) {
            clients.send("GMP", Reports.report("GMP", "GMP-HTTP-1").narrative("Seen at a nail bar.")
                    .person("P1", "POTENTIAL_VICTIM", "Thi", "Nguyen", "1996-02-03", "PHONE=07700 900777").json());
        }
        MentionKey key = new MentionKey(new ReportKey("GMP", "GMP-HTTP-1"), "P1");
        await().atMost(Duration.ofSeconds(20)).until(() -> bus.runtime().engine().persons().mention(key) != null
                && console.searchIndexCurrent());
        gmpOnly = bus.runtime().engine().persons().mention(key).entity().id();
    }

    @AfterAll
    static void stop() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void pagesWithoutASessionSendTheBrowserToSignIn() throws Exception {
        Browser b = new Browser();
        HttpResponse<String> inbox = b.get("inbox");
        assertThat(inbox.statusCode()).isEqualTo(303);
        assertThat(inbox.headers().firstValue("Location")).hasValue("/login");
        assertThat(b.get("inbox/events").statusCode()).isEqualTo(401);
        assertThat(b.get("entities/" + gmpOnly + "/graph").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedAndSignsNobodyIn() throws Exception {
        Browser b = new Browser();
        assertThat(b.signIn("GMP", "not-the-password").statusCode()).isEqualTo(401);
        assertThat(b.signIn("crosslink-bus", bus.runtime().credentials().password("crosslink-bus")).statusCode())
                .as("the bus's own login has no alerts").isEqualTo(401);
        assertThat(b.get("inbox").statusCode()).isEqualTo(303);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndChangesAtSignIn() throws Exception {
        Browser b = new Browser();
        HttpResponse<String> login = b.get("login");
        String before = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(before.toLowerCase(Locale.ROOT)).contains("httponly", "samesite=strict");
        HttpResponse<String> in = b.signIn("GMP", password("GMP"));
        assertThat(in.statusCode()).isEqualTo(303);
        String after = in.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(after.substring(0, after.indexOf(';'))).isNotEqualTo(before.substring(0, before.indexOf(';')));
        assertThat(in.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void noPageIsKeptInTheBrowsersCache() throws Exception {
        Browser b = new Browser();
        assertThat(b.get("login").headers().firstValue("Cache-Control")).contains("no-store");
        b.signIn("GMP", password("GMP"));
        assertThat(b.get("inbox").headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(b.search("Nguyen").headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefused() throws Exception {
        Browser b = new Browser();
        b.signIn("GMP", password("GMP"));
        assertThat(b.post("search", "q=Nguyen").statusCode()).isEqualTo(403);
        assertThat(b.post("search", "q=Nguyen&csrf=forged").statusCode()).isEqualTo(403);
        assertThat(b.post("logout", "").statusCode()).isEqualTo(403);
        assertThat(b.search("Nguyen").body()).contains("Thi Nguyen");
    }

    @Test
    void aForceCannotOpenOrFindAnEntityOnlyAnotherForceReported() throws Exception {
        Browser met = new Browser();
        met.signIn("MET", password("MET"));
        assertThat(met.get("entities/" + gmpOnly).statusCode()).isEqualTo(404);
        assertThat(met.get("entities/" + gmpOnly + "/graph").statusCode()).isEqualTo(404);
        HttpResponse<String> found = met.search("07700 900777");
        assertThat(found.body()).contains("0 results").doesNotContain("Nguyen", gmpOnly);
        assertThat(met.get("alerts/A-UNKNOWN").statusCode()).isEqualTo(404);
    }

    @Test
    void openingAnEntityIsRecordedInTheAuditLogAsAConsultation() throws Exception {
        Browser nca = new Browser();
        nca.signIn("NCA-MSHT", password("NCA-MSHT"));
        HttpResponse<String> page = nca.get("entities/" + gmpOnly);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thi Nguyen", "Seen at a nail bar.", "GMP-HTTP-1");
        List<String> trail = AuditTrail.forReport(bus.runtime().db(), "GMP/GMP-HTTP-1");
        assertThat(trail).anyMatch(l -> l.contains("CONSULTATION") && l.contains("NCA-MSHT") && l.contains("entity=" + gmpOnly)
                && l.contains("console entity page"));
        Cli.Result shown = Cli.run(settings, "audit", "show", "--entity", gmpOnly);
        assertThat(shown.exit()).isZero();
        assertThat(shown.out()).contains("CONSULTATION NCA-MSHT     report=GMP/GMP-HTTP-1 console entity page: report shown in full");
    }

    @Test
    void healthReportsEachCheckAndMetricsAreInPrometheusFormat() throws Exception {
        Browser b = new Browser();
        HttpResponse<String> health = b.get("health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"broker\":\"UP\"", "\"database\":\"UP\"", "\"lease\":\"UP\"");
        HttpResponse<String> metrics = b.get("metrics");
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body()).contains("crosslink_queue_depth{source=\"MET\"} 0.0",
                "crosslink_reports_total{outcome=\"ACCEPTED\",source=\"GMP\"} 1.0", "crosslink_reports_received_total{source=\"GMP\"} 1.0",
                "crosslink_outbox_backlog 0.0", "crosslink_dead_letters 0.0", "crosslink_batch_duration_seconds_count");
    }

    @Test
    void theFrontEndFilesEveryPageNamesAreServedFromTheJarWithTheirLicences() throws Exception {
        Browser b = new Browser();
        String login = b.get("login").body();
        Matcher linked = Pattern.compile("(?:href|src)=\"/(assets/[^\"]+)\"").matcher(login);
        int files = 0;
        while (linked.find()) {
            assertThat(b.get(linked.group(1)).statusCode()).as(linked.group(1)).isEqualTo(200);
            files++;
        }
        assertThat(files).as("the sign-in page's stylesheet and icon").isEqualTo(2);
        for (String file : List.of("govuk-frontend/govuk-frontend.min.js", "cytoscape/cytoscape.min.js")) {
            HttpResponse<String> r = b.get("assets/" + file);
            assertThat(r.statusCode()).as(file).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(file).contains("javascript");
        }
        assertThat(b.get("assets/govuk-frontend/LICENSE.txt").body()).contains("MIT", "Crown Copyright");
        assertThat(b.get("assets/cytoscape/LICENSE").body()).contains("The Cytoscape Consortium");
    }

    private static String password(String login) {
        return bus.runtime().credentials().password(login);
    }

    /** A browser's cookie jar over the JDK's client; redirects are not followed, so that they can be checked. */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf;

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(console.address() + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(console.address() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String login, String password) throws Exception {
            HttpResponse<String> r = post("login", "username=" + enc(login) + "&password=" + enc(password) + "&csrf=" + enc(token("login")));
            if (r.statusCode() == 303) {
                csrf = token("search");
            }
            return r;
        }

        HttpResponse<String> search(String q) throws Exception {
            return post("search", "q=" + enc(q) + "&csrf=" + enc(csrf));
        }

        private String token(String page) throws Exception {
            Matcher m = CSRF.matcher(get(page).body());
            assertThat(m.find()).as("a form on /" + page).isTrue();
            return m.group(1);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
