package dev.lakeroute.camel.databricks.console;

import java.time.Instant;
import java.util.Map;

import org.apache.camel.Component;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.consumer.DatabricksPollingConsumer;
import dev.lakeroute.camel.databricks.health.ProbeResult;
import dev.lakeroute.camel.databricks.health.WorkspaceProbe;
import dev.lakeroute.camel.databricks.http.RateLimiter;
import dev.lakeroute.camel.databricks.observe.Activity;
import dev.lakeroute.camel.databricks.observe.DatabricksObserver.SharedContextInfo;
import dev.lakeroute.camel.databricks.poll.WaitProgress;

/**
 * What every databricks component of the context is doing: the waits in flight (operation, what, id, state,
 * elapsed, run page), the shared execution contexts, the rate limiters, retry and 429 counts, the workspace
 * health probes, and each sensor's last poll. Found by camel-main's dev console ({@code camel.main.devConsoleEnabled})
 * through the service file generated from the annotation; {@code camel get databricks} in Camel JBang shows it too.
 */
@DevConsole(name = "databricks", displayName = "Databricks", description = "Databricks waits, contexts, rate limits and sensors")
public class DatabricksDevConsole extends AbstractDevConsole {

    public DatabricksDevConsole() {
        super("camel", "databricks", "Databricks", "Databricks waits, contexts, rate limits and sensors");
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray components = new JsonArray();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof DatabricksComponent databricks) {
                components.add(component(name, databricks));
            }
        }
        root.put("components", components);
        JsonArray sensors = new JsonArray();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof DatabricksPollingConsumer sensor) {
                sensors.add(sensor(route, sensor));
            }
        }
        root.put("sensors", sensors);
        return root;
    }

    private static JsonObject component(String name, DatabricksComponent component) {
        Activity activity = component.activity();
        JsonObject jo = new JsonObject();
        jo.put("name", name);
        JsonArray waits = new JsonArray();
        for (WaitProgress wait : activity.waits()) {
            JsonObject w = new JsonObject();
            w.put("operation", wait.operation());
            w.put("kind", wait.what());
            w.put("id", wait.id());
            w.put("state", wait.lastState());
            w.put("elapsedMillis", wait.elapsed().toMillis());
            w.put("runPageUrl", wait.pageUrl());
            waits.add(w);
        }
        jo.put("waits", waits);
        JsonArray contexts = new JsonArray();
        for (SharedContextInfo context : activity.sharedContexts()) {
            JsonObject c = new JsonObject();
            c.put("clusterId", context.clusterId());
            c.put("language", context.language());
            c.put("contextId", context.contextId());
            contexts.add(c);
        }
        jo.put("sharedContexts", contexts);
        JsonArray limiters = new JsonArray();
        activity.rateLimiters().forEach((key, limiter) -> limiters.add(limiter(key, limiter)));
        jo.put("rateLimiters", limiters);
        Activity.Counts counts = activity.counts();
        JsonObject c = new JsonObject();
        c.put("calls", counts.calls());
        c.put("failedCalls", counts.failedCalls());
        c.put("retries", counts.retries());
        c.put("backoffMillis", counts.backoff().toMillis());
        c.put("rateLimitedByServer", counts.rateLimitedByServer());
        c.put("rateLimitWaits", counts.rateLimitWaits());
        c.put("rateLimitWaitedMillis", counts.rateLimitWaited().toMillis());
        c.put("retriesByOperation", new JsonObject(Map.copyOf(counts.retriesByOperation())));
        c.put("rateLimitedByOperation", new JsonObject(Map.copyOf(counts.rateLimitedByOperation())));
        jo.put("counts", c);
        JsonArray workspaces = new JsonArray();
        component.workspaceProbes().forEach((id, probe) -> workspaces.add(workspace(id, probe)));
        jo.put("workspaces", workspaces);
        return jo;
    }

    private static JsonObject limiter(String key, RateLimiter limiter) {
        JsonObject l = new JsonObject();
        // key is "authority family"
        int space = key.lastIndexOf(' ');
        l.put("host", space < 0 ? key : key.substring(0, space));
        l.put("family", limiter.family());
        // Infinite while nothing limits the family (no rateLimit, no 429 lately): JSON has no infinity, so null.
        double rate = limiter.permitsPerSecond();
        double available = limiter.available();
        l.put("permitsPerSecond", Double.isInfinite(rate) ? null : rate);
        l.put("rateLimit", Double.isInfinite(limiter.ceiling()) ? null : limiter.ceiling());
        l.put("available", Double.isInfinite(available) ? null : Math.round(available * 100) / 100.0);
        l.put("queued", limiter.queued());
        l.put("maxQueued", limiter.maxQueued());
        l.put("granted", limiter.granted());
        return l;
    }

    private static JsonObject workspace(String id, WorkspaceProbe probe) {
        JsonObject w = new JsonObject();
        w.put("check", id);
        w.put("host", probe.host());
        w.put("probes", probe.probes());
        w.put("intervalMillis", probe.interval().toMillis());
        ProbeResult last = probe.last();
        if (last != null) {
            w.put("up", last.up());
            w.put("message", last.message());
            w.put("checkedAt", last.checkedAt().toString());
        }
        return w;
    }

    private static JsonObject sensor(Route route, DatabricksPollingConsumer sensor) {
        JsonObject s = new JsonObject();
        s.put("routeId", route.getRouteId());
        s.put("uri", URISupport.sanitizeUri(route.getEndpoint().getEndpointUri()));
        s.put("operation", sensor.getOperation());
        s.put("polls", sensor.getCounter());
        s.put("consecutiveErrors", sensor.getErrorCounter());
        s.put("lastPoll", text(sensor.getLastPoll()));
        s.put("lastSuccessfulPoll", text(sensor.getLastSuccessfulPoll()));
        s.put("lastFailure", sensor.getLastFailure());
        return s;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected String doCallText(Map<String, Object> options) {
        JsonObject root = (JsonObject) doCallJson(options);
        StringBuilder sb = new StringBuilder();
        for (Object o : (JsonArray) root.get("components")) {
            JsonObject component = (JsonObject) o;
            sb.append("Component: ").append(component.get("name")).append('\n');
            JsonArray waits = (JsonArray) component.get("waits");
            sb.append("  Waits in flight: ").append(waits.size()).append('\n');
            for (Object w : waits) {
                JsonObject wait = (JsonObject) w;
                sb.append(String.format("    %s %s %s: %s for %d ms%s%n", wait.get("operation"), wait.get("kind"), wait.get("id"),
                        wait.get("state") == null ? "(no answer yet)" : wait.get("state"), wait.get("elapsedMillis"),
                        wait.get("runPageUrl") == null ? "" : " " + wait.get("runPageUrl")));
            }
            JsonArray contexts = (JsonArray) component.get("sharedContexts");
            sb.append("  Shared execution contexts: ").append(contexts.size()).append('\n');
            for (Object c : contexts) {
                JsonObject context = (JsonObject) c;
                sb.append(String.format("    cluster %s, %s: context %s%n", context.get("clusterId"), context.get("language"),
                        context.get("contextId")));
            }
            JsonArray limiters = (JsonArray) component.get("rateLimiters");
            sb.append("  Rate limiters: ").append(limiters.size()).append('\n');
            for (Object l : limiters) {
                JsonObject limiter = (JsonObject) l;
                Object rate = limiter.get("permitsPerSecond");
                sb.append(rate == null
                        ? String.format("    %s %s: not limiting (no rateLimit, no 429 lately), %s granted%n", limiter.get("host"),
                                limiter.get("family"), limiter.get("granted"))
                        : String.format("    %s %s: %s/s%s, %s available, %s queued, %s granted%n", limiter.get("host"),
                                limiter.get("family"), rate, limiter.get("rateLimit") == null ? " (after 429s)"
                                        : " (rateLimit " + limiter.get("rateLimit") + ")", limiter.get("available"),
                                limiter.get("queued"), limiter.get("granted")));
            }
            JsonObject counts = (JsonObject) component.get("counts");
            sb.append(String.format("  Calls: %s (%s failed), retries: %s (%s ms backing off), 429s: %s, rate-limit waits: %s (%s ms)%n",
                    counts.get("calls"), counts.get("failedCalls"), counts.get("retries"), counts.get("backoffMillis"),
                    counts.get("rateLimitedByServer"), counts.get("rateLimitWaits"), counts.get("rateLimitWaitedMillis")));
            for (Object w : (JsonArray) component.get("workspaces")) {
                JsonObject workspace = (JsonObject) w;
                sb.append(String.format("  Health %s: %s (%s probes)%n", workspace.get("check"),
                        workspace.get("message") == null ? "not probed yet" : workspace.get("message"), workspace.get("probes")));
            }
        }
        JsonArray sensors = (JsonArray) root.get("sensors");
        sb.append("Sensors: ").append(sensors.size()).append('\n');
        for (Object s : sensors) {
            JsonObject sensor = (JsonObject) s;
            sb.append(String.format("  %s (%s): %s polls, last %s, last successful %s, %s consecutive errors%s%n",
                    sensor.get("routeId"), sensor.get("uri"), sensor.get("polls"), sensor.get("lastPoll"),
                    sensor.get("lastSuccessfulPoll"), sensor.get("consecutiveErrors"),
                    sensor.get("lastFailure") == null ? "" : " (" + sensor.get("lastFailure") + ")"));
        }
        return sb.toString();
    }
}
