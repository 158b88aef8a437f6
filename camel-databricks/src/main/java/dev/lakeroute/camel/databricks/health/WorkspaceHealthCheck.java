package dev.lakeroute.camel.databricks.health;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of one workspace with one set of credentials: UP when the last probe (at most
 * {@code healthCheckInterval} old) got an answer, DOWN with what failed otherwise. Not a liveness check:
 * a workspace that is down is no reason to restart the application.
 */
final class WorkspaceHealthCheck extends AbstractHealthCheck {

    static final String HOST = "databricks.host";
    static final String AUTH = "databricks.auth";
    static final String AUTH_SOURCE = "databricks.auth.source";
    static final String CHECKED_AT = "databricks.checked.at";
    static final String PROBE = "databricks.probe";

    private final WorkspaceProbe probe;
    private final String authMethod;
    private final String authSource;

    WorkspaceHealthCheck(String id, WorkspaceProbe probe, String authMethod, String authSource) {
        super("camel", id);
        this.probe = probe;
        this.authMethod = authMethod;
        this.authSource = authSource;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        ProbeResult result = probe.result();
        builder.detail(HOST, probe.host());
        builder.detail(AUTH, authMethod);
        builder.detail(AUTH_SOURCE, authSource);
        builder.detail(PROBE, "GET /api/2.0/preview/scim/v2/Me");
        builder.detail(CHECKED_AT, result.checkedAt().toString());
        builder.details(result.details());
        builder.message(result.message());
        if (result.up()) {
            builder.up();
        } else {
            builder.down();
        }
    }

    WorkspaceProbe probe() {
        return probe;
    }
}
