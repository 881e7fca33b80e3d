package org.crosslink.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The pages' frame in the GOV.UK Design System's markup, and escaping. Every value that comes from a report, a
 * login or a request goes through {@link #esc}; pages are built from these pieces only.
 */
final class Html {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Html() {
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** A machine-readable time element with a readable text. */
    static String timeTag(Instant at) {
        return at == null ? "" : "<time datetime=\"" + esc(at) + "\">" + esc(time(at)) + "</time>";
    }

    enum Nav { INBOX, SEARCH, NONE }

    /** A whole page: header, service navigation (when logged in), main content, footer. */
    static String page(String title, Viewer viewer, String csrf, Nav nav, String main) {
        StringBuilder sb = new StringBuilder(main.length() + 3000);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(title)).append(" - crosslink</title>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n")
                .append("<link rel=\"icon\" sizes=\"48x48\" href=\"/assets/govuk-frontend/assets/images/favicon.ico\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/govuk-frontend/govuk-frontend.min.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/static/console.css\">\n</head>\n")
                .append("<body class=\"govuk-template__body\">\n")
                .append("<a href=\"#main-content\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">Skip to main content</a>\n")
                .append("<header class=\"govuk-header\" data-module=\"govuk-header\"><div class=\"govuk-header__container govuk-width-container\">")
                .append("<div class=\"govuk-header__logo\"><a href=\"/inbox\" class=\"govuk-header__link govuk-header__link--homepage\">")
                .append("<span class=\"crosslink-logo\">crosslink</span></a></div></div></header>\n");
        sb.append("<section aria-label=\"Service information\" class=\"govuk-service-navigation\" data-module=\"govuk-service-navigation\">")
                .append("<div class=\"govuk-width-container\"><div class=\"govuk-service-navigation__container\">")
                .append("<span class=\"govuk-service-navigation__service-name\"><span class=\"govuk-service-navigation__text\">")
                .append("Modern slavery coordination</span></span>");
        if (viewer != null) {
            sb.append("<nav aria-label=\"Menu\" class=\"govuk-service-navigation__wrapper\"><ul class=\"govuk-service-navigation__list\">")
                    .append(navItem("/inbox", "Alerts", nav == Nav.INBOX))
                    .append(navItem("/search", "Search", nav == Nav.SEARCH))
                    .append("</ul></nav>")
                    .append("<form method=\"post\" action=\"/logout\" class=\"crosslink-signout\">")
                    .append(csrfField(csrf))
                    .append("<span class=\"govuk-body-s crosslink-who\">Signed in as <strong>").append(esc(viewer.code())).append("</strong></span> ")
                    .append("<button type=\"submit\" class=\"govuk-button govuk-button--secondary crosslink-signout__button\" data-module=\"govuk-button\">Sign out</button></form>");
        }
        sb.append("</div></div></section>\n");
        sb.append("<div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\" role=\"main\">\n")
                .append(main)
                .append("\n</main></div>\n")
                .append("<footer class=\"govuk-footer\"><div class=\"govuk-width-container\"><div class=\"govuk-footer__meta\">")
                .append("<div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\"><p class=\"govuk-body-s\">")
                .append("OFFICIAL-SENSITIVE. Every page you open is recorded in the audit log. Share what you see only under its handling code.")
                .append("</p></div></div></div></footer>\n")
                .append(main.contains("id=\"chart\"") ? "<script src=\"/assets/cytoscape/cytoscape.min.js\"></script>\n" : "")
                .append("<script src=\"/static/console.js\" type=\"module\"></script>\n")
                .append("</body>\n</html>\n");
        return sb.toString();
    }

    private static String navItem(String href, String text, boolean active) {
        return "<li class=\"govuk-service-navigation__item" + (active ? " govuk-service-navigation__item--active" : "") + "\">"
                + "<a class=\"govuk-service-navigation__link\" href=\"" + href + "\"" + (active ? " aria-current=\"page\"" : "") + ">"
                + (active ? "<strong class=\"govuk-service-navigation__active-fallback\">" + text + "</strong>" : text) + "</a></li>";
    }

    static String csrfField(String csrf) {
        return csrf == null ? "" : "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(csrf) + "\">";
    }

    /** A GOV.UK tag, coloured by a modifier (grey, green, red, orange, yellow, blue, purple...). */
    static String tag(String text, String colour) {
        return "<strong class=\"govuk-tag" + (colour == null ? "" : " govuk-tag--" + colour) + "\">" + esc(text) + "</strong>";
    }

    static String severityColour(String severity) {
        return switch (severity) {
            case "CRITICAL" -> "red";
            case "HIGH" -> "orange";
            case "MEDIUM" -> "yellow";
            default -> "grey";
        };
    }

    static String statusColour(String status) {
        return switch (status) {
            case "RAISED" -> "blue";
            case "UPDATED" -> "light-blue";
            default -> "grey";
        };
    }

    /** A summary list row. */
    static String row(String key, String valueHtml) {
        return "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">" + esc(key)
                + "</dt><dd class=\"govuk-summary-list__value\">" + valueHtml + "</dd></div>";
    }

    /** Words for an enum-like code: {@code CROSS_FORCE_PERSON} as {@code Cross force person}. */
    static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
