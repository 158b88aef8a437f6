package dev.lakeroute.camel.databricks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;

/**
 * Components for tests, blind to the developer's own credentials: an empty home directory (no
 * {@code ~/.databrickscfg}, no {@code ~/.netrc}) and no {@code DATABRICKS_*} environment variables, so a
 * test passes or fails the same on every machine.
 */
public final class TestComponents {

    private TestComponents() {
    }

    /** A fresh empty directory to stand for the user's home. */
    public static Path emptyHome() {
        try {
            return Files.createTempDirectory("camel-databricks-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A component with no workspace configured: every endpoint names its own host and credentials. */
    public static DatabricksComponent isolated() {
        return isolated(emptyHome());
    }

    /** Like {@link #isolated()}, with {@code home} as the user's home (a test that writes a profile there). */
    public static DatabricksComponent isolated(Path home) {
        DatabricksComponent component = new DatabricksComponent();
        component.setEnvironment(DatabricksEnvironment.of(Map.of("HOME", home.toString())));
        return component;
    }

    /** A component pointed at the workspace at {@code url}; {@code token} may be null (the test sets its own auth). */
    public static DatabricksComponent pointedAt(String url, String token) {
        DatabricksComponent component = isolated();
        component.getConfiguration().setHost(url);
        if (token != null) {
            component.getConfiguration().setToken(token);
        }
        return component;
    }

    /** {@link #pointedAt} with retries after {@code retryDelayMillis} (capped at {@code maxRetryDelayMillis}), for tests of faults. */
    public static DatabricksComponent pointedAt(String url, String token, long retryDelayMillis, long maxRetryDelayMillis) {
        DatabricksComponent component = pointedAt(url, token);
        component.getConfiguration().setInitialRetryDelay(retryDelayMillis);
        component.getConfiguration().setMaxRetryDelay(maxRetryDelayMillis);
        return component;
    }
}
