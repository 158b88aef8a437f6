package dev.lakeroute.camel.databricks.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;

import dev.lakeroute.camel.databricks.auth.AuthAttributes;
import dev.lakeroute.camel.databricks.http.HostUrl;

/**
 * The component's side of Camel's health checks: one readiness check per workspace and credentials, created
 * when the first endpoint using them starts. Present only when the application has Camel's health checks
 * (a HealthCheckRegistry, from camel-health, which this component depends on optionally); without them
 * {@link #install} returns null and nothing of camel-health is loaded.
 */
public final class WorkspaceHealth {

    /** A health check waits at most this for the probe's answer (less when requestTimeout is shorter). */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    static final String ABSTRACT_HEALTH_CHECK = "org.apache.camel.impl.health.AbstractHealthCheck";

    private final DatabricksHealthCheckRepository repository = new DatabricksHealthCheckRepository();
    private final Duration interval;
    /** Guarded by this: which check serves which workspace and credentials, and how many share a host and port. */
    private final Map<Key, WorkspaceHealthCheck> checks = new HashMap<>();
    private final Map<String, Integer> perHost = new HashMap<>();

    private record Key(String host, AuthAttributes credentials) {
    }

    private WorkspaceHealth(Duration interval) {
        this.interval = interval;
    }

    /**
     * Registers the component's health-check repository in {@code context}'s registry.
     *
     * @return null when the context has no health-check registry or camel-health is not on the classpath
     */
    public static WorkspaceHealth install(CamelContext context, Duration interval) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry == null || !present(ABSTRACT_HEALTH_CHECK)) {
            return null;
        }
        WorkspaceHealth health = new WorkspaceHealth(interval);
        registry.register(health.repository);
        return health;
    }

    /** Removes the repository from {@code context}'s registry (the component stopped). */
    public void uninstall(CamelContext context) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry != null) {
            registry.unregister(repository);
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, WorkspaceHealth.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * Checks {@code host} with {@code credentials} from now on, unless a check already does.
     *
     * @param probeCall creates the call that probes the workspace (only when no check exists yet)
     * @param requestTimeout the endpoint's; a health check waits at most this, and at most 10 s
     */
    public synchronized void watch(HostUrl host, AuthAttributes credentials, Duration requestTimeout,
                                   Supplier<Supplier<CompletableFuture<JsonNode>>> probeCall) {
        Key key = new Key(host.url(), credentials);
        if (checks.containsKey(key)) {
            return;
        }
        int n = perHost.merge(host.authority(), 1, Integer::sum);
        // The id names the host, never the credentials; a second set of credentials on one host is told by number.
        String id = "databricks:" + host.authority() + (n == 1 ? "" : "#" + n);
        Duration wait = requestTimeout.compareTo(MAX_WAIT) < 0 ? requestTimeout : MAX_WAIT;
        WorkspaceProbe probe = new WorkspaceProbe(host.url(), probeCall.get(), interval, wait);
        WorkspaceHealthCheck check = new WorkspaceHealthCheck(id, probe, credentials.method().label(),
                Objects.requireNonNullElse(credentials.source(), "unknown"));
        checks.put(key, check);
        repository.add(check);
    }

    /** The probes, by check id. */
    public synchronized Map<String, WorkspaceProbe> probes() {
        Map<String, WorkspaceProbe> probes = new HashMap<>();
        checks.values().forEach(check -> probes.put(check.getId(), check.probe()));
        return probes;
    }
}
