package dev.lakeroute.dblocal;

import dev.lakeroute.dblocal.auth.ServicePrincipal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a databricks-local server is set up. {@link #toString()} masks the token.
 *
 * @param clusterStartDelay how long a cluster stays PENDING before its driver is started (Databricks takes minutes; tests want little)
 * @param clusterStopDelay  how long a cluster stays TERMINATING
 * @param dbfsHandleIdle    how long an idle DBFS {@code create} handle lives (Databricks: 10 minutes)
 * @param mavenRepository   the local Maven repository {@code maven} libraries are resolved from
 * @param workspaceId       the workspace id the server answers with (host metadata, account workspaces); null: one
 *                          is made at the first start and kept with the data
 * @param accountId         the account id of the path-based account APIs ({@code /api/2.0/accounts/{account_id}/…});
 *                          null: a UUID made at the first start and kept with the data
 * @param cloud             {@code aws}, {@code azure} or {@code gcp}, as host metadata reports it
 */
public record LocalSettings(String host, int port, Path dataDir, String token, List<ServicePrincipal> servicePrincipals,
                            Duration clusterStartDelay, Duration clusterStopDelay, Duration dbfsHandleIdle,
                            int workerThreads, Path mavenRepository, String workspaceId, String accountId, String cloud) {
    public static final List<String> CLOUDS = List.of("aws", "azure", "gcp");

    public LocalSettings {
        servicePrincipals = List.copyOf(servicePrincipals);
        if (cloud == null) {
            cloud = "aws";
        }
        if (!CLOUDS.contains(cloud)) {
            throw new IllegalArgumentException("cloud must be one of " + CLOUDS + ", was " + cloud);
        }
        if (workspaceId != null && !workspaceId.matches("\\d{1,19}")) {
            throw new IllegalArgumentException("workspaceId must be a number (Databricks workspace ids are), was " + workspaceId);
        }
        mavenRepository = mavenRepository.toAbsolutePath().normalize();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, was " + port);
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be empty");
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1, was " + workerThreads);
        }
        for (Duration duration : List.of(clusterStartDelay, clusterStopDelay, dbfsHandleIdle)) {
            if (duration.isNegative()) {
                throw new IllegalArgumentException("delays must not be negative, was " + duration);
            }
        }
    }

    /** Settings with the workspace identity made at the first start and an AWS cloud. */
    public LocalSettings(String host, int port, Path dataDir, String token, List<ServicePrincipal> servicePrincipals,
                         Duration clusterStartDelay, Duration clusterStopDelay, Duration dbfsHandleIdle,
                         int workerThreads, Path mavenRepository) {
        this(host, port, dataDir, token, servicePrincipals, clusterStartDelay, clusterStopDelay, dbfsHandleIdle, workerThreads,
                mavenRepository, null, null, "aws");
    }

    @Override
    public String toString() {
        return "LocalSettings[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", token=****, servicePrincipals="
                + servicePrincipals + ", clusterStartDelay=" + clusterStartDelay + ", clusterStopDelay=" + clusterStopDelay
                + ", dbfsHandleIdle=" + dbfsHandleIdle + ", workerThreads=" + workerThreads + ", mavenRepository=" + mavenRepository
                + ", workspaceId=" + workspaceId + ", accountId=" + accountId + ", cloud=" + cloud + "]";
    }

    /** Where Maven puts artifacts: {@code -Dmaven.repo.local} when set (as in a build), else {@code ~/.m2/repository}. */
    public static Path defaultMavenRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
