package org.crosslink.console;

import io.vertx.ext.web.RoutingContext;

/** Sending pages, and the pages that belong to no part of the console in particular (sign in). */
final class Pages {
    private Pages() {
    }

    static void send(RoutingContext ctx, int status, String html) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8").end(html);
    }

    static void sendJson(RoutingContext ctx, String json) {
        ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(json);
    }

    static void notFound(RoutingContext ctx, Viewer viewer) {
        send(ctx, 404, Html.page("Not found", viewer, Console.csrf(ctx.session()), Html.Nav.NONE,
                "<h1 class=\"govuk-heading-l\">Not found, or not yours to see</h1>"
                        + "<p class=\"govuk-body\">There is nothing here that this login may see. "
                        + "<a class=\"govuk-link\" href=\"/inbox\">Go to your alerts</a>.</p>"));
    }

    static String login(String csrf, String error) {
        StringBuilder main = new StringBuilder();
        main.append("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">");
        if (error != null) {
            main.append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">")
                    .append("<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\">")
                    .append("<ul class=\"govuk-list govuk-error-summary__list\"><li><a href=\"#username\">").append(Html.esc(error))
                    .append("</a></li></ul></div></div></div>");
        }
        main.append("<h1 class=\"govuk-heading-l\">Sign in</h1>")
                .append("<p class=\"govuk-body\">Use the login and password your force or coordinating unit holds for its alert subscription.</p>")
                .append("<form method=\"post\" action=\"/login\" novalidate>").append(Html.csrfField(csrf))
                .append("<div class=\"govuk-form-group").append(error == null ? "" : " govuk-form-group--error").append("\">")
                .append("<label class=\"govuk-label\" for=\"username\">Login (your force or unit code)</label>")
                .append("<input class=\"govuk-input govuk-!-width-one-half\" id=\"username\" name=\"username\" type=\"text\" ")
                .append("autocomplete=\"username\" spellcheck=\"false\" autocapitalize=\"characters\"></div>")
                .append("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"password\">Password</label>")
                .append("<input class=\"govuk-input govuk-!-width-one-half\" id=\"password\" name=\"password\" type=\"password\" ")
                .append("autocomplete=\"current-password\"></div>")
                .append("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\" id=\"sign-in\">Sign in</button>")
                .append("</form></div></div>");
        return Html.page("Sign in", null, null, Html.Nav.NONE, main.toString());
    }
}
