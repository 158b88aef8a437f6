package dev.lakeroute.camel.databricks.health;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRepository;

/**
 * The databricks component's health checks, one per workspace and credentials its endpoints use; registered in
 * the context's HealthCheckRegistry, so {@code camel.health.*} and {@code /q/health} include them.
 */
final class DatabricksHealthCheckRepository implements HealthCheckRepository {

    static final String ID = "camel-databricks";

    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private volatile boolean enabled = true;

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Stream<HealthCheck> stream() {
        return enabled ? checks.stream() : Stream.empty();
    }

    void add(HealthCheck check) {
        checks.add(check);
    }

    List<HealthCheck> checks() {
        return List.copyOf(checks);
    }
}
