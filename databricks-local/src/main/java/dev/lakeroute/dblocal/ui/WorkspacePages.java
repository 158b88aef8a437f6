package dev.lakeroute.dblocal.ui;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Context;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import dev.lakeroute.dblocal.auth.Authenticator;
import dev.lakeroute.dblocal.runtime.ClusterRuntime;
import dev.lakeroute.dblocal.support.Failures;

/**
 * The pages a user clicks: the run page a run's {@code run_page_url} opens, a cluster page and the lists of recent
 * runs and clusters — server-rendered HTML with inline style and no external assets, behind the same tokens as
 * the API (a login form, then a cookie). Databricks' page URLs keep the run in the fragment
 * ({@code /?o=0#job/1/run/2}), which browsers never send: the landing page's few lines of inline script turn it
 * into the run page's path.
 */
public final class WorkspacePages {

    /** How much of a driver log a page shows: its end. */
    static final int LOG_TAIL_BYTES = 16 * 1024;

    private static final String LANDING_SCRIPT = "<script>var h=location.hash,m=h.match(/^#job\\/(\\d+)\\/run\\/(\\d+)/);"
            + "if(m){location.replace('/jobs/'+m[1]+'/runs/'+m[2]);}else{m=h.match(/^#setting\\/clusters\\/([^\\/]+)/);"
            + "location.replace(m?'/compute/clusters/'+m[1]:'/jobs/runs');}</script>"
            + "<noscript><a href=\"/jobs/runs\">Job runs</a></noscript>";

    private final PageSession session;
    private final SelfApi api;
    private final ClusterRuntime clusters;

    public WorkspacePages(Authenticator authenticator, java.util.function.Supplier<String> baseUrl, ClusterRuntime clusters,
                          boolean tls) {
        this.session = new PageSession(authenticator, tls);
        this.api = new SelfApi(baseUrl);
        this.clusters = clusters;
    }

    public void register(Router router) {
        router.get("/login").handler(ctx -> html(ctx, 200, LoginPage.render(ctx.request().getParam("next"), null)));
        router.post("/login").handler(BodyHandler.create().setBodyLimit(16 * 1024)).handler(this::signIn);
        router.get("/logout").handler(ctx -> {
            session.signOut(ctx);
            ctx.response().setStatusCode(302).putHeader("Location", "/login").end();
        });
        router.get("/").handler(signedIn((ctx, token) -> CompletableFuture.completedFuture(
                Html.page("databricks-local", LANDING_SCRIPT))));
        router.get("/jobs/runs").handler(signedIn((ctx, token) ->
                api.get(token, "2.2/jobs/runs/list", Map.of("limit", 25, "expand_tasks", false)).thenApply(ListPages::runs)));
        router.get("/jobs/:job/runs/:run").handler(signedIn(this::runPage));
        router.get("/compute/clusters").handler(signedIn((ctx, token) ->
                api.get(token, "2.1/clusters/list", Map.of()).thenApply(ListPages::clusters)));
        router.get("/compute/clusters/:id").handler(signedIn(this::clusterPage));
    }

    private CompletableFuture<String> runPage(RoutingContext ctx, String token) {
        String runId = ctx.pathParam("run");
        if (!runId.matches("\\d+")) {
            return CompletableFuture.failedFuture(new SelfApi.PageException(404, "RESOURCE_DOES_NOT_EXIST", "Run " + runId + " does not exist."));
        }
        return api.get(token, "2.2/jobs/runs/get", Map.of("run_id", runId)).thenCompose(run -> {
            Map<Long, CompletableFuture<JsonNode>> outputs = new HashMap<>();
            for (JsonNode task : run.path("tasks")) {
                long taskRun = task.path("run_id").asLong();
                if (task.path("state").has("result_state")) {
                    outputs.put(taskRun, api.get(token, "2.2/jobs/runs/get-output", Map.of("run_id", taskRun))
                            .exceptionally(failure -> null));
                }
            }
            return CompletableFuture.allOf(outputs.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
                Map<Long, JsonNode> ready = new HashMap<>();
                outputs.forEach((id, output) -> {
                    JsonNode value = output.join();
                    if (value != null) {
                        ready.put(id, value);
                    }
                });
                String cluster = StreamSupport.stream(run.path("tasks").spliterator(), false).map(RunPage::clusterOf)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                return RunPage.render(run, ready, cluster == null ? null : driverLogTail(cluster));
            });
        });
    }

    private CompletableFuture<String> clusterPage(RoutingContext ctx, String token) {
        String id = ctx.pathParam("id");
        return api.get(token, "2.1/clusters/get", Map.of("cluster_id", id)).thenCompose(cluster ->
                api.post(token, "2.1/clusters/events", Map.of("cluster_id", id, "limit", 50, "order", "DESC"))
                        .exceptionally(failure -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode())
                        .thenApply(events -> ListPages.cluster(cluster, events, driverLogTail(id))));
    }

    private String driverLogTail(String clusterId) {
        Optional<Path> log = clusters.driverLog(clusterId);
        if (log.isEmpty()) {
            return null;
        }
        try (RandomAccessFile file = new RandomAccessFile(log.get().toFile(), "r")) {
            long start = Math.max(0, file.length() - LOG_TAIL_BYTES);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8);
            // Start at a whole line when the tail cut one.
            return start > 0 && text.indexOf('\n') >= 0 ? text.substring(text.indexOf('\n') + 1) : text;
        } catch (IOException e) {
            return "(the driver log could not be read: " + e.getMessage() + ")";
        }
    }

    private void signIn(RoutingContext ctx) {
        String token = Optional.ofNullable(ctx.request().getFormAttribute("token")).orElse("").trim();
        String next = LoginPage.safeNext(ctx.request().getFormAttribute("next"));
        String hash = Optional.ofNullable(ctx.request().getFormAttribute("hash")).orElse("");
        if (token.isEmpty() || !session.valid(token)) {
            html(ctx, 401, LoginPage.render(next, "That token is not valid for this workspace."));
            return;
        }
        session.signIn(ctx, token);
        ctx.response().setStatusCode(302).putHeader("Location", next + (hash.matches("#[\\w/.-]*") ? hash : "")).end();
    }

    @FunctionalInterface
    private interface Page {
        CompletableFuture<String> render(RoutingContext ctx, String token);
    }

    /** The page for a signed-in browser, the login form for any other; an API refusal is shown as a page. */
    private io.vertx.core.Handler<RoutingContext> signedIn(Page page) {
        return ctx -> {
            Optional<String> token = session.token(ctx);
            if (token.isEmpty()) {
                PageSession.toLogin(ctx);
                return;
            }
            Context vertx = ctx.vertx().getOrCreateContext();
            CompletableFuture<String> rendered;
            try {
                rendered = page.render(ctx, token.get());
            } catch (RuntimeException e) {
                rendered = CompletableFuture.failedFuture(e);
            }
            rendered.whenComplete((html, failure) -> vertx.runOnContext(v -> {
                if (failure == null) {
                    html(ctx, 200, html);
                } else {
                    Throwable cause = Failures.cause(failure);
                    int status = cause instanceof SelfApi.PageException refused ? refused.status : 500;
                    String code = cause instanceof SelfApi.PageException refused ? refused.errorCode : "INTERNAL_ERROR";
                    html(ctx, status, Html.page(code, "<h1>" + Html.escape(code) + "</h1><p class=\"error\">"
                            + Html.escape(cause.getMessage()) + "</p>"));
                }
            }));
        };
    }

    private static void html(RoutingContext ctx, int status, String html) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store").putHeader("X-Frame-Options", "DENY")
                .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self'")
                .end(html);
    }
}
