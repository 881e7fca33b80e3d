package org.crosslink.console;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The open inboxes, each a Server-Sent Events stream: every change of an alert (published by the bus, or
 * acknowledged in the console) is pushed to the logins that receive the alert, as the inbox row they would see
 * on reloading. A comment line every 15 seconds keeps idle connections open through proxies.
 */
final class LiveFeed {
    private record Subscriber(Viewer viewer, HttpServerResponse response, Context context) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Vertx vertx;
    private final long heartbeat;

    LiveFeed(Vertx vertx) {
        this.vertx = vertx;
        this.heartbeat = vertx.setPeriodic(15_000, t -> subscribers.forEach(s -> s.context().runOnContext(v -> write(s, ": ping\n\n"))));
    }

    void open(RoutingContext ctx, Viewer viewer) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true).putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-store").putHeader("X-Accel-Buffering", "no");
        Subscriber s = new Subscriber(viewer, response, vertx.getOrCreateContext());
        subscribers.add(s);
        response.closeHandler(v -> subscribers.remove(s));
        response.exceptionHandler(e -> subscribers.remove(s));
        response.write("retry: 2000\n: connected\n\n");
    }

    /** Pushes an alert's row to every open inbox that receives the alert. */
    void push(Inbox.Entry entry, Function<Viewer, String> row) {
        for (Subscriber s : subscribers) {
            if (s.viewer().receives(entry.alert())) {
                JsonObject data = new JsonObject().put("alertId", entry.alert().alertId()).put("row", row.apply(s.viewer()));
                s.context().runOnContext(v -> write(s, "event: alert\ndata: " + data.encode() + "\n\n"));
            }
        }
    }

    int open() {
        return subscribers.size();
    }

    private void write(Subscriber s, String text) {
        if (s.response().closed() || s.response().ended()) {
            subscribers.remove(s);
            return;
        }
        s.response().write(text);
    }

    void close() {
        vertx.cancelTimer(heartbeat);
        subscribers.forEach(s -> s.context().runOnContext(v -> {
            if (!s.response().ended() && !s.response().closed()) {
                s.response().end();
            }
        }));
        subscribers.clear();
    }
}
