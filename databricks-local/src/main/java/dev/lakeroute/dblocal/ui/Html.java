package dev.lakeroute.dblocal.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The pieces every page is made of: escaping, the layout with its inline style (no external assets), state badges. */
final class Html {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
            header{background:#1b3139;color:#fff;padding:12px 24px;display:flex;gap:24px;align-items:center}
            header a{color:#fff;text-decoration:none}header .brand{font-weight:700;color:#ff5f46}
            main{padding:24px;max-width:1200px}h1{font-size:22px;margin:0 0 16px}h2{font-size:17px;margin:24px 0 8px}
            table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid #dde1e6;padding:6px 10px;text-align:left;vertical-align:top}
            th{background:#eef1f4;font-weight:600}dl{display:grid;grid-template-columns:max-content auto;gap:4px 16px}
            dt{color:#5b6670}dd{margin:0}pre{background:#fff;border:1px solid #dde1e6;padding:10px;overflow:auto;max-height:420px;font-size:12px}
            .state{display:inline-block;padding:2px 10px;border-radius:10px;color:#fff;font-weight:600;font-size:13px}
            .ok{background:#1e8e3e}.bad{background:#d93025}.active{background:#1a73e8}.neutral{background:#80868b}
            form.login{background:#fff;border:1px solid #dde1e6;padding:24px;max-width:420px}
            input[type=password]{width:100%;padding:8px;margin:8px 0 16px;box-sizing:border-box}
            button{background:#1b3139;color:#fff;border:0;padding:8px 18px;cursor:pointer}.error{color:#d93025}
            """;

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page: {@code body} is already HTML. */
    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - databricks-local</title><style>" + STYLE + "</style></head><body><header>"
                + "<a class=\"brand\" href=\"/jobs/runs\">databricks-local</a><a href=\"/jobs/runs\">Job runs</a>"
                + "<a href=\"/compute/clusters\">Compute</a></header><main>" + body + "</main></body></html>";
    }

    /** A coloured badge for a Databricks state: green for success, red for failures, blue while active. */
    static String state(String state) {
        return state(state, null);
    }

    /** @param id the element id the page's main state has (run-state, cluster-state), or null */
    static String state(String state, String id) {
        String shown = state == null || state.isBlank() ? "UNKNOWN" : state;
        return "<span" + (id == null ? "" : " id=\"" + id + "\"") + " class=\"state " + tone(shown) + "\" data-state=\""
                + escape(shown) + "\">" + escape(shown) + "</span>";
    }

    static String tone(String state) {
        return switch (state) {
            case "SUCCESS", "SUCCEEDED", "RUNNING_OK", "RUNNING" -> "ok";
            case "FAILED", "INTERNAL_ERROR", "TIMEDOUT", "ERROR", "MAXIMUM_CONCURRENT_RUNS_REACHED", "UPSTREAM_FAILED" -> "bad";
            case "PENDING", "QUEUED", "BLOCKED", "WAITING_FOR_RETRY", "TERMINATING", "RESTARTING", "RESIZING" -> "active";
            default -> "neutral";
        };
    }

    static String time(long epochMillis) {
        return epochMillis <= 0 ? "" : TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    static String duration(long millis) {
        if (millis <= 0) {
            return "";
        }
        long seconds = millis / 1000;
        return seconds < 60 ? (millis < 10_000 ? String.format("%.1f s", millis / 1000.0) : seconds + " s")
                : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
