package dev.lakeroute.camel.databricks;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;

import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.camel.databricks.auth.ResolvedAuth;
import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.health.WorkspaceHealth;
import dev.lakeroute.camel.databricks.observe.Activity;
import dev.lakeroute.camel.databricks.observe.DatabricksObserver;
import dev.lakeroute.camel.databricks.observe.MetricsBinding;
import dev.lakeroute.camel.databricks.observe.TracingBinding;
import dev.lakeroute.camel.databricks.request.FieldOptions;
import dev.lakeroute.camel.databricks.support.ClosestNames;
import dev.lakeroute.camel.databricks.support.OptionValues;

/**
 * Creates {@code databricks:} endpoints and owns what they share, its {@link DatabricksRuntime}: the catalogue
 * and steps, the HTTP transports, one small scheduler for retries, rate limits and the polls of every wait (it
 * only fires timers; continuations run on the worker pool), the worker pool, rate limiters and OAuth token caches.
 */
@Component("databricks")
public class DatabricksComponent extends DefaultComponent {

    static final String PARAM_PREFIX = "param.";
    /** Reads option text by the configuration's field types, before Camel's more lenient conversion sees it. */
    static final OptionValues OPTION_VALUES = OptionValues.of(DatabricksConfiguration.class, OptionValidator.POSITIVE_DURATIONS);

    @Metadata(description = "Component-level defaults for every option; endpoints work on a copy.")
    private DatabricksConfiguration configuration = new DatabricksConfiguration();

    @Metadata(label = "advanced", description = "Where the credential chain reads DATABRICKS_* variables and HOME."
                                                + " Defaults to the process environment; embedders and tests can supply"
                                                + " their own instead of changing the JVM's.")
    private DatabricksEnvironment environment = DatabricksEnvironment.system();

    @Metadata(label = "advanced", description = "Thread pool for completions (response mapping, exchange callbacks)."
                                                + " Created from Camel's default thread pool profile when not set.")
    private ExecutorService workerPool;

    @Metadata(label = "health", defaultValue = "true",
              description = "Whether the component adds a readiness check per workspace and credentials its endpoints use"
                            + " to Camel's health checks (when the application has them: camel-health, camel.health.enabled).")
    private boolean healthCheckEnabled = true;

    @Metadata(label = "health", defaultValue = "30000", javaType = "long",
              description = "How long a workspace health check reuses its last probe, in milliseconds: however often"
                            + " the health endpoint is asked, each workspace sees at most one probe per interval.")
    private long healthCheckInterval = 30_000;

    private volatile WorkspaceHealth workspaceHealth;
    private volatile DatabricksObserver metrics;

    private final DatabricksRuntime runtime = new DatabricksRuntime(new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false), OperationCatalogue.shipped());
    private volatile StrictComponentConfigurer componentConfigurer;

    public DatabricksComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        DatabricksConfiguration config = configuration.copy();
        Map<String, Object> params = PropertiesHelper.extractProperties(parameters, PARAM_PREFIX);
        config.getParams().putAll(params);
        Set<String> uriOptions = Set.copyOf(parameters.keySet());
        applyAliases(parameters);
        OPTION_VALUES.convert(parameters);
        DatabricksEndpoint endpoint = new DatabricksEndpoint(uri, this, remaining, config);
        endpoint.setUriOptions(uriOptions);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** An option given by its alias ({@code lang}) is that option ({@code language}); both at once must agree. */
    private static void applyAliases(Map<String, Object> parameters) {
        FieldOptions.aliases().forEach((alias, option) -> {
            if (!parameters.containsKey(alias)) {
                return;
            }
            Object value = parameters.remove(alias);
            Object other = parameters.putIfAbsent(option, value);
            if (other != null && !other.equals(value)) {
                throw new DatabricksConfigurationException(alias, "is '" + value + "' but " + option + " is '" + other + "'",
                        "one of " + alias + " or " + option + " (they are the same option)");
            }
        });
    }

    /** Component-level values are read as strictly as URI options (see {@link OptionValues}). */
    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        PropertyConfigurer generated = super.getComponentPropertyConfigurer();
        if (generated == null || generated instanceof StrictComponentConfigurer) {
            return generated;
        }
        StrictComponentConfigurer strict = componentConfigurer;
        if (strict == null || strict.generated() != generated) {
            strict = new StrictComponentConfigurer(generated, OPTION_VALUES);
            componentConfigurer = strict;
        }
        return strict;
    }

    @Override
    protected void afterConfiguration(String uri, String remaining, Endpoint endpoint, Map<String, Object> parameters)
            throws Exception {
        ((DatabricksEndpoint) endpoint).resolve();
    }

    /** Names the unknown option and the closest known ones, instead of Camel's generic message. */
    @Override
    protected void validateParameters(String uri, Map<String, Object> parameters, String optionPrefix) {
        if (parameters == null || parameters.isEmpty()) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        parameters.keySet().stream().filter(k -> optionPrefix == null || !k.startsWith(optionPrefix)).forEach(unknown::add);
        if (unknown.isEmpty()) {
            return;
        }
        String name = unknown.get(0);
        throw new DatabricksConfigurationException(name, "is not an option of the databricks component",
                "the documented options (closest: " + String.join(", ", ClosestNames.closest(name, optionNames(), 3))
                + "), or param." + name + "=<value> to send " + name + " as a request field");
    }

    static Set<String> optionNames() {
        Set<String> names = new TreeSet<>(List.of("lazyStartProducer", "bridgeErrorHandler", "exceptionHandler",
                "exchangePattern"));
        for (Field field : DatabricksConfiguration.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(UriParam.class) && !field.getName().equals("params")) {
                names.add(field.getName());
            }
        }
        names.addAll(FieldOptions.aliases().keySet());
        return names;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        runtime.start(getCamelContext().getExecutorServiceManager(), this, workerPool);
        metrics = MetricsBinding.find(getCamelContext());
        if (metrics != null) {
            runtime.observers().add(metrics);
        }
        runtime.tracer(TracingBinding.find(getCamelContext()));
        if (healthCheckEnabled) {
            if (healthCheckInterval < 0) {
                throw new DatabricksConfigurationException("healthCheckInterval", "is " + healthCheckInterval,
                        "a number of milliseconds >= 0 (0 probes on every health check)");
            }
            workspaceHealth = WorkspaceHealth.install(getCamelContext(), Duration.ofMillis(healthCheckInterval));
        }
    }

    @Override
    protected void doStop() throws Exception {
        WorkspaceHealth health = workspaceHealth;
        workspaceHealth = null;
        if (health != null) {
            health.uninstall(getCamelContext());
        }
        DatabricksObserver bound = metrics;
        metrics = null;
        if (bound != null) {
            runtime.observers().remove(bound);
            if (bound instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        runtime.stop(getCamelContext().getExecutorServiceManager());
        super.doStop();
    }

    /**
     * Adds the readiness check of this endpoint's workspace and credentials, unless one exists: it probes with
     * the endpoint's connection settings, without retries or rate limit, so it reports what it finds at once.
     */
    void watchWorkspace(DatabricksConfiguration config, ResolvedAuth auth) {
        WorkspaceHealth health = workspaceHealth;
        if (health == null || auth == null || auth.host() == null) {
            return;
        }
        health.watch(auth.host(), auth.credentials(), Duration.ofMillis(config.getRequestTimeout()), () -> {
            DatabricksConfiguration probing = config.copy();
            probing.setMaxRetries(0);
            probing.setRateLimit(0);
            var client = runtime.client(probing, auth);
            var me = runtime.calls().request("preview/scim/v2/Me", null, runtime.calls().fields());
            return () -> runtime.calls().json(client, me);
        });
    }

    /** What the component is doing, for its dev console. */
    public Activity activity() {
        return runtime.activity();
    }

    /** The workspace health checks' probes by check id; empty without Camel's health checks. */
    public java.util.Map<String, dev.lakeroute.camel.databricks.health.WorkspaceProbe> workspaceProbes() {
        WorkspaceHealth health = workspaceHealth;
        return health == null ? java.util.Map.of() : health.probes();
    }

    DatabricksRuntime runtime() {
        return runtime;
    }

    public DatabricksConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(DatabricksConfiguration configuration) {
        this.configuration = configuration;
    }

    public DatabricksEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(DatabricksEnvironment environment) {
        this.environment = environment;
    }

    public boolean isHealthCheckEnabled() {
        return healthCheckEnabled;
    }

    public void setHealthCheckEnabled(boolean healthCheckEnabled) {
        this.healthCheckEnabled = healthCheckEnabled;
    }

    public long getHealthCheckInterval() {
        return healthCheckInterval;
    }

    public void setHealthCheckInterval(long healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }
}
