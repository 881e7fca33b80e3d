package org.crosslink.console;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.JksOptions;
import io.vertx.core.net.PfxOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import org.crosslink.alert.AlertRenderer;
import org.crosslink.alert.AlertState;
import org.crosslink.alert.DisclosureRule;
import org.crosslink.alert.Recipients;
import org.crosslink.store.AlertHandlingStore;
import org.crosslink.store.ConsoleStore;
import org.crosslink.store.Json;
import org.crosslink.store.SearchStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's console: a web server inside the bus (Vert.x Web) serving the alert inbox with live updates,
 * alert and entity pages with a link chart, search, acknowledgement and assignment, and the operations endpoints
 * {@code /health} and {@code /metrics}. Logins are the broker's; what a login sees is what its alert subscription
 * may see ({@link Viewer}). Sessions are cookies (HttpOnly, SameSite=Strict, Secure under TLS); every form that
 * changes something carries the session's CSRF token. No page puts personal data in a URL, and nothing here logs
 * a name or a report's content.
 */
public final class Console implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    static final String LOGIN = "login";
    static final String CSRF = "csrf";
    private final ConsoleSettings settings;
    private final ConsoleServices services;
    private final Clock clock = Clock.systemUTC();
    private final Vertx vertx;
    private final Inbox inbox = new Inbox();
    private final LiveFeed feed;
    private final ConsoleServices.Logins logins;
    private final DisclosureRule rule;
    private final ConsoleStore store;
    private final AlertHandlingStore handling;
    private final Ops ops;
    private final InboxPages inboxPages;
    private final EntityPages entityPages;
    private final SearchPages searchPages;
    private final SearchIndexer indexer;
    private final SearchStore search;
    private HttpServer server;
    private SessionHandler sessions;

    private Console(ConsoleSettings settings, ConsoleServices services) {
        this.settings = settings;
        this.services = services;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(4));
        this.feed = new LiveFeed(vertx);
        this.logins = services.logins();
        Recipients recipients = new Recipients(services.registry());
        this.rule = new DisclosureRule(recipients);
        this.store = new ConsoleStore(services.db(), services.audit());
        this.handling = new AlertHandlingStore(services.db(), services.audit());
        this.ops = new Ops(services, store, inbox);
        this.inboxPages = new InboxPages(settings, inbox, feed, store, handling, new AlertRenderer(Json.MAPPER, recipients), clock);
        this.search = new SearchStore(services.db());
        this.entityPages = new EntityPages(store, inbox, services.members(), clock, settings.associatesMaxUnindexed());
        this.searchPages = new SearchPages(settings, search, store, entityPages, clock);
        this.indexer = new SearchIndexer(search, settings.indexBatch(), settings.indexIntervalMs());
    }

    /** Starts the console: loads the inbox, starts the search index behind the bus, binds the port. */
    public static Console start(ConsoleSettings settings, ConsoleServices services) {
        Console c = new Console(settings, services);
        try {
            c.load();
            c.indexer.start();
            c.listen();
        } catch (RuntimeException e) {
            c.close();
            throw e;
        } catch (Exception e) {
            c.close();
            throw new IllegalStateException("the console did not start: " + e.getMessage(), e);
        }
        return c;
    }

    private void load() throws Exception {
        for (ConsoleStore.AlertVersion v : store.alertVersions()) {
            inbox.apply(v.state(), v.sentAt());
        }
        for (AlertHandlingStore.Row r : handling.all()) {
            inbox.handled(r);
        }
        LOG.info("event=console.inbox-loaded alerts={}", inbox.all().size());
    }

    private void listen() throws Exception {
        HttpServerOptions options = new HttpServerOptions().setHost(settings.host()).setPort(settings.port());
        if (settings.tls()) {
            String ks = settings.keystore().toString();
            options.setSsl(true);
            if (ks.endsWith(".jks")) {
                options.setKeyCertOptions(new JksOptions().setPath(ks).setPassword(settings.keystorePassword()));
            } else {
                options.setKeyCertOptions(new PfxOptions().setPath(ks).setPassword(settings.keystorePassword()));
            }
        }
        server = vertx.createHttpServer(options).requestHandler(router())
                .listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        LOG.info("event=console.started address={}", address());
    }

    /** Where the console listens, e.g. {@code http://127.0.0.1:8088/}. */
    public String address() {
        String host = settings.host();
        if (host.equals("0.0.0.0")) {
            host = "localhost";
        }
        return (settings.tls() ? "https" : "http") + "://" + host + ":" + port() + "/";
    }

    public int port() {
        return server == null ? settings.port() : server.actualPort();
    }

    /** The bus published a change of an alert: the inbox takes it and the open inboxes that receive it show it. */
    public void alertPublished(AlertState alert) {
        try {
            Inbox.Entry e = inbox.apply(alert, clock.instant());
            ops.alertPublished(alert);
            inboxPages.pushed(e);
        } catch (RuntimeException e) {
            // the alert is published and stored whatever happens here: the console must never fail the relay
            LOG.warn("event=console.alert-not-shown alert={} error={}", alert.alertId(), e.getClass().getSimpleName());
        }
    }

    /** The bus committed a batch of {@code size} reports, {@code millis} after it took the first. */
    public void batchCommitted(int size, long millis) {
        ops.batchCommitted(size, millis);
        indexer.wake();
    }

    private Router router() {
        Router r = Router.router(vertx);
        r.route().handler(this::securityHeaders);
        r.get("/health").handler(ops::health);
        r.get("/health/live").handler(ops::live);
        r.get("/health/ready").blockingHandler(ops::ready, false);
        r.get("/metrics").blockingHandler(ops::metrics, false);
        r.get("/assets/*").handler(StaticHandler.create("console/assets").setCachingEnabled(true).setMaxAgeSeconds(3600));
        r.get("/static/*").handler(StaticHandler.create("console/static").setCachingEnabled(true).setMaxAgeSeconds(60));
        sessions = SessionHandler.create(LocalSessionStore.create(vertx)).setSessionCookieName("crosslink.session")
                .setCookieHttpOnlyFlag(true).setCookieSameSite(CookieSameSite.STRICT).setCookieSecureFlag(settings.tls())
                .setSessionTimeout(TimeUnit.MINUTES.toMillis(settings.sessionMinutes()));
        r.route().handler(sessions);
        r.route().method(HttpMethod.POST).handler(BodyHandler.create().setBodyLimit(16 * 1024)
                .setHandleFileUploads(false));
        r.get("/login").handler(this::loginPage);
        r.post("/login").blockingHandler(this::login, false);
        r.route().handler(this::requireLogin);
        r.post().handler(this::requireCsrf);
        r.post("/logout").handler(this::logout);
        r.get("/").handler(ctx -> redirect(ctx, "/inbox"));
        r.get("/inbox").blockingHandler(ctx -> inboxPages.inbox(ctx, viewer(ctx)), false);
        r.get("/inbox/events").handler(ctx -> feed.open(ctx, viewer(ctx)));
        r.get("/alerts/:id").blockingHandler(ctx -> inboxPages.alert(ctx, viewer(ctx)), false);
        r.post("/alerts/:id/handle").blockingHandler(ctx -> inboxPages.handle(ctx, viewer(ctx)), false);
        r.get("/entities/:id").blockingHandler(ctx -> entityPages.page(ctx, viewer(ctx)), false);
        r.get("/entities/:id/graph").blockingHandler(ctx -> entityPages.graph(ctx, viewer(ctx)), false);
        r.get("/search").handler(ctx -> searchPages.form(ctx, viewer(ctx)));
        r.post("/search").blockingHandler(ctx -> searchPages.search(ctx, viewer(ctx)), false);
        r.errorHandler(500, ctx -> {
            LOG.warn("event=console.error path={} error={}", ctx.normalizedPath(), ctx.failure() == null ? "-" : ctx.failure().getClass().getSimpleName());
            Pages.send(ctx, 500, Html.page("Sorry, there is a problem", null, null, Html.Nav.NONE,
                    "<h1 class=\"govuk-heading-l\">Sorry, there is a problem with the service</h1><p class=\"govuk-body\">Try again later.</p>"));
        });
        return r;
    }

    private void securityHeaders(RoutingContext ctx) {
        ctx.response().putHeader("X-Content-Type-Options", "nosniff").putHeader("X-Frame-Options", "DENY")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        if (!ctx.request().path().startsWith("/assets/") && !ctx.request().path().startsWith("/static/")) {
            ctx.response().putHeader("Cache-Control", "no-store");
        }
        ctx.next();
    }

    private void loginPage(RoutingContext ctx) {
        Pages.send(ctx, 200, Pages.login(csrf(ctx.session()), null));
    }

    private void login(RoutingContext ctx) {
        String user = ctx.request().getFormAttribute("username");
        String password = ctx.request().getFormAttribute("password");
        String token = ctx.request().getFormAttribute("csrf");
        Session session = ctx.session();
        boolean known = user != null && (services.registry().isSource(user) || services.registry().isCoordinator(user));
        if (!sameToken(token, session.get(CSRF)) || !known || !logins.check(user, password)) {
            LOG.info("event=console.login-failed");
            sleepQuietly(400); // a guess costs time
            Pages.send(ctx, 401, Pages.login(csrf(session), "Enter a correct login and password"));
            return;
        }
        session.regenerateId();
        session.put(LOGIN, user);
        session.put(CSRF, newToken());
        LOG.info("event=console.login user={}", user);
        // the new session is stored before the browser is sent on: else its next request may arrive first
        sessions.flush(ctx, true).onComplete(done -> redirect(ctx, "/inbox"));
    }

    private void logout(RoutingContext ctx) {
        LOG.info("event=console.logout user={}", (String) ctx.session().get(LOGIN));
        ctx.session().destroy();
        redirect(ctx, "/login");
    }

    private void requireLogin(RoutingContext ctx) {
        Session s = ctx.session();
        if (s == null || s.get(LOGIN) == null) {
            if (ctx.request().path().equals("/inbox/events") || ctx.request().path().endsWith("/graph")) {
                ctx.response().setStatusCode(401).end();
            } else {
                redirect(ctx, "/login");
            }
            return;
        }
        ctx.put("viewer", new Viewer(s.get(LOGIN), services.registry(), rule));
        ctx.next();
    }

    private void requireCsrf(RoutingContext ctx) {
        if (!sameToken(ctx.request().getFormAttribute("csrf"), ctx.session().get(CSRF))) {
            LOG.info("event=console.csrf-refused path={}", ctx.normalizedPath());
            Pages.send(ctx, 403, Html.page("Forbidden", null, null, Html.Nav.NONE,
                    "<h1 class=\"govuk-heading-l\">This form has expired</h1><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/inbox\">Go back and try again</a>.</p>"));
            return;
        }
        ctx.next();
    }

    static Viewer viewer(RoutingContext ctx) {
        return ctx.get("viewer");
    }

    /** The session's CSRF token, made when the session is. */
    static String csrf(Session session) {
        String t = session.get(CSRF);
        if (t == null) {
            t = newToken();
            session.put(CSRF, t);
        }
        return t;
    }

    private static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static boolean sameToken(String given, String expected) {
        return given != null && expected != null
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(RoutingContext ctx, String to) {
        ctx.response().setStatusCode(303).putHeader("Location", to).end();
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True when the search index has taken every mention in the store (searches find everything). */
    public boolean searchIndexCurrent() {
        try {
            return indexer.indexed() >= search.latestMention();
        } catch (Exception e) {
            return false;
        }
    }

    /** Open inboxes (live connections), for tests and metrics. */
    int liveConnections() {
        return feed.open();
    }

    @Override
    public void close() {
        indexer.close();
        feed.close();
        CompletableFuture<Void> done = vertx.close().toCompletionStage().toCompletableFuture();
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("event=console.close-slow error={}", e.toString());
        }
        LOG.info("event=console.stopped");
    }

}
