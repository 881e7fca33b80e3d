package org.crosslink.console;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;

/**
 * Times the console's pages as a browser asks for them, over HTTP on loopback, one request at a time: the inbox,
 * entity pages of entities picked at random, and searches for names and phone numbers. Each page is timed from
 * the request to the last byte of the response, so the figure includes rendering and the consultation's audit
 * entry; it does not include the browser's own drawing (the chart is drawn after the page has loaded).
 */
public final class ConsoleBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private String csrf;

    public ConsoleBenchmark(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The latencies of one kind of page, in microseconds. */
    public record Figures(String page, Histogram micros) {
        public String line() {
            return String.format("%-7s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", page, micros.getTotalCount(),
                    micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(95) / 1000.0,
                    micros.getValueAtPercentile(99) / 1000.0, micros.getMaxValue() / 1000.0);
        }

        public double p95Millis() {
            return micros.getValueAtPercentile(95) / 1000.0;
        }
    }

    public void signIn(String login, String password) throws Exception {
        String page = get("login");
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form at " + base);
        }
        HttpResponse<String> r = post("login", "username=" + enc(login) + "&password=" + enc(password) + "&csrf=" + enc(m.group(1)));
        if (r.statusCode() != 303) {
            throw new IllegalStateException("sign-in as " + login + " refused: HTTP " + r.statusCode());
        }
        Matcher t = CSRF.matcher(get("search"));
        if (!t.find()) {
            throw new IllegalStateException("no search form");
        }
        csrf = t.group(1);
    }

    public Figures inbox(int warmup, int n) throws Exception {
        Histogram h = histogram();
        for (int i = 0; i < warmup + n; i++) {
            long t0 = System.nanoTime();
            String page = get("inbox");
            record(h, i >= warmup, t0, page.contains("id=\"inbox\""));
        }
        return new Figures("inbox", h);
    }

    public Figures entities(List<String> ids, int warmup, int n, long seed) throws Exception {
        Random rng = new Random(seed);
        Histogram h = histogram();
        for (int i = 0; i < warmup + n; i++) {
            String id = ids.get(rng.nextInt(ids.size()));
            long t0 = System.nanoTime();
            String page = get("entities/" + id);
            record(h, i >= warmup, t0, page.contains("id=\"mentions\""));
        }
        return new Figures("entity", h);
    }

    public Figures searches(List<String> queries, int warmup, int n, long seed) throws Exception {
        Random rng = new Random(seed);
        Histogram h = histogram();
        int found = 0;
        for (int i = 0; i < warmup + n; i++) {
            String q = queries.get(rng.nextInt(queries.size()));
            long t0 = System.nanoTime();
            HttpResponse<String> r = post("search", "q=" + enc(q) + "&csrf=" + enc(csrf));
            record(h, i >= warmup, t0, r.statusCode() == 200);
            if (i >= warmup && r.body().contains("class=\"crosslink-result\"")) {
                found++;
            }
        }
        if (found < n / 2) {
            throw new IllegalStateException("only " + found + " of " + n + " searches found anything: is the search index current?");
        }
        return new Figures("search", h);
    }

    /** Sends what raises one new alert; returns when the broker has it. */
    public interface Raise {
        void raise(int i) throws Exception;
    }

    /**
     * The time from the broker taking the report that raises an alert to the alert's row arriving at an open inbox
     * (its event stream), alert after alert: an upper bound of the time from the alert's commit to the inbox, since
     * it also holds intake, resolution and the commit itself.
     */
    public Figures live(Raise raise, int n) throws Exception {
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create(base + "inbox/events")).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        if (stream.statusCode() != 200) {
            throw new IllegalStateException("no event stream: HTTP " + stream.statusCode());
        }
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(line -> {
                    if (line.startsWith("event: alert")) {
                        arrivals.add(System.nanoTime());
                    }
                });
            } catch (UncheckedIOException closed) {
                // the run is over and the stream was closed under the reader
            }
        }, "console-bench-events");
        reader.setDaemon(true);
        reader.start();
        Histogram h = histogram();
        try {
            for (int i = 0; i < n; i++) {
                Thread.sleep(300);
                arrivals.clear();
                long t0 = System.nanoTime();
                raise.raise(i);
                Long t1 = arrivals.poll(30, TimeUnit.SECONDS);
                if (t1 == null) {
                    throw new IllegalStateException("alert " + i + " did not reach the open inbox within 30 s");
                }
                h.recordValue(Math.max(1, (t1 - t0) / 1000));
            }
        } finally {
            stream.body().close();
        }
        return new Figures("live", h);
    }

    public static void print(PrintStream out, List<Figures> figures) {
        figures.forEach(f -> out.println("console-bench: " + f.line()));
    }

    private static Histogram histogram() {
        return new Histogram(60_000_000L, 3);
    }

    private static void record(Histogram h, boolean measured, long t0, boolean ok) {
        if (!ok) {
            throw new IllegalStateException("the console answered with something other than the page");
        }
        if (measured) {
            h.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /" + path.replaceAll("/.*", "/...") + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
