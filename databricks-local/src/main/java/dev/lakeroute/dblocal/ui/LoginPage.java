package dev.lakeroute.dblocal.ui;

import static dev.lakeroute.dblocal.ui.Html.escape;

/** The sign-in form: a personal access token (or the server's token), kept by the browser in a cookie. */
final class LoginPage {

    private LoginPage() {
    }

    static String render(String next, String error) {
        String safe = safeNext(next);
        return Html.page("Sign in", "<h1>Sign in to databricks-local</h1><form class=\"login\" method=\"post\" action=\"/login\">"
                + (error == null ? "" : "<p class=\"error\" id=\"login-error\">" + escape(error) + "</p>")
                + "<label for=\"token\">Personal access token</label><input type=\"password\" id=\"token\" name=\"token\" "
                + "autocomplete=\"off\" required><input type=\"hidden\" name=\"next\" value=\"" + escape(safe) + "\">"
                + "<input type=\"hidden\" id=\"hash\" name=\"hash\" value=\"\"><button type=\"submit\">Sign in</button></form>"
                // The fragment of a run_page_url survives the redirect to this form but not the POST: carry it along.
                + "<script>document.getElementById('hash').value=location.hash;</script>");
    }

    /** Only a path of this server: never another site (no open redirect). */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
