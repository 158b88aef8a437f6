package dev.lakeroute.dblocal.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

import dev.lakeroute.dblocal.auth.Authenticator;
import dev.lakeroute.dblocal.http.ApiException;

/**
 * The pages' sign-in: the same tokens as the API (the server's token, a PAT, an OAuth access token), entered
 * once in a login form and kept in an HttpOnly, SameSite=Strict cookie, so a link such as a run's
 * {@code run_page_url} opens in a browser behind the same authentication as the REST API.
 */
final class PageSession {

    static final String COOKIE = "dblocal-token";

    private final Authenticator authenticator;
    private final boolean secure;

    PageSession(Authenticator authenticator, boolean secure) {
        this.authenticator = authenticator;
        this.secure = secure;
    }

    /** The signed-in token, if the cookie holds one the server accepts. */
    Optional<String> token(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Optional.empty();
        }
        return valid(cookie.getValue()) ? Optional.of(cookie.getValue()) : Optional.empty();
    }

    boolean valid(String token) {
        try {
            authenticator.authenticate("Bearer " + token);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    void signIn(RoutingContext ctx, String token) {
        ctx.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true).setSecure(secure)
                .setSameSite(CookieSameSite.STRICT));
    }

    void signOut(RoutingContext ctx) {
        ctx.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true));
    }

    /** Sends a browser without a valid cookie to the login form, which comes back here afterwards. */
    static void toLogin(RoutingContext ctx) {
        String next = ctx.request().uri();
        ctx.response().setStatusCode(302).putHeader("Location", "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).end();
    }
}
