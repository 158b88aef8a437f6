package dev.lakeroute.camel.databricks;

import java.lang.reflect.Field;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;

import dev.lakeroute.camel.databricks.auth.CredentialsFactory;
import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.camel.databricks.auth.TokenCaches;
import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.error.ErrorMapper;
import dev.lakeroute.camel.databricks.http.AsyncApiClient;
import dev.lakeroute.camel.databricks.http.CallExecutor;
import dev.lakeroute.camel.databricks.http.HttpClientFactory;
import dev.lakeroute.camel.databricks.http.HttpClientSettings;
import dev.lakeroute.camel.databricks.http.RateLimiters;
import dev.lakeroute.camel.databricks.poll.PollScheduler;
import dev.lakeroute.camel.databricks.step.OperationSteps;
import dev.lakeroute.camel.databricks.support.ClosestNames;
import dev.lakeroute.camel.databricks.support.OptionValues;
import dev.lakeroute.camel.databricks.support.SafeExecutor;

/**
 * Creates {@code databricks:} endpoints and owns what they share: the HTTP client pool, one small
 * scheduler for retries, rate limits and the polls of every wait (it only fires timers; continuations
 * run on the worker pool), the worker pool for completions, rate limiters and OAuth token caches.
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

    private final ObjectMapper objectMapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Map<HttpClientSettings, HttpClient> httpClients = new ConcurrentHashMap<>();
    /** The client of the in-memory calls that goes with each JDK client above (same settings). */
    private final Map<HttpClient, AsyncApiClient> apiClients = new ConcurrentHashMap<>();
    private final RateLimiters rateLimiters = new RateLimiters();
    private final TokenCaches tokenCaches = new TokenCaches();
    /** Needed from endpoint creation on: Camel creates the endpoints of routes before it starts their component. */
    private final OperationSteps steps = OperationSteps.defaults(objectMapper);
    private ScheduledExecutorService scheduler;
    private ExecutorService ownWorkerPool;
    private SafeExecutor worker;
    private PollScheduler pollScheduler;
    private volatile StrictComponentConfigurer componentConfigurer;

    public DatabricksComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        DatabricksConfiguration config = configuration.copy();
        Map<String, Object> params = PropertiesHelper.extractProperties(parameters, PARAM_PREFIX);
        config.getParams().putAll(params);
        OPTION_VALUES.convert(parameters);
        DatabricksEndpoint endpoint = new DatabricksEndpoint(uri, this, remaining, config);
        endpoint.setUriOptions(Set.copyOf(parameters.keySet()));
        setProperties(endpoint, parameters);
        return endpoint;
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
        return names;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        // Unbounded queues: every wait, retry and rate-limited call is one timer task, and a bounded queue
        // (Camel's default holds 1,000) would fail the 1,001st exchange instead of letting it wait its turn.
        scheduler = executors.newScheduledThreadPool(this, "DatabricksScheduler", unboundedProfile("DatabricksScheduler", 1));
        if (workerPool == null) {
            // Continuations never block, so a few threads serve any number of exchanges; the queue holds the rest.
            int threads = Math.max(4, Math.min(16, 2 * Runtime.getRuntime().availableProcessors()));
            ownWorkerPool = executors.newThreadPool(this, "DatabricksWorker", unboundedProfile("DatabricksWorker", threads));
        }
        worker = new SafeExecutor(workerPool != null ? workerPool : ownWorkerPool);
        pollScheduler = new PollScheduler(scheduler, worker);
    }

    private static ThreadPoolProfile unboundedProfile(String name, int threads) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(-1);
        profile.setKeepAliveTime(60L);
        profile.setTimeUnit(java.util.concurrent.TimeUnit.SECONDS);
        profile.setAllowCoreThreadTimeOut(true);
        return profile;
    }

    @Override
    protected void doStop() throws Exception {
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
        if (ownWorkerPool != null) {
            getCamelContext().getExecutorServiceManager().shutdown(ownWorkerPool);
            ownWorkerPool = null;
        }
        apiClients.values().forEach(AsyncApiClient::close);
        apiClients.clear();
        httpClients.clear();
        tokenCaches.clear();
        super.doStop();
    }

    HttpClient httpClient(DatabricksConfiguration config) {
        HttpClientSettings settings = new HttpClientSettings(Duration.ofMillis(config.getConnectTimeout()),
                config.getTrustStore(), config.getTrustStorePassword(), config.getTrustStoreType(),
                Duration.ofMillis(config.getRequestTimeout()));
        return httpClients.computeIfAbsent(settings, s -> {
            HttpClient client = HttpClientFactory.create(s, worker);
            apiClients.put(client, AsyncApiClient.create(s));
            return client;
        });
    }

    CallExecutor callExecutor(HttpClient client) {
        return new CallExecutor(client, apiClients.get(client), scheduler, worker, new ErrorMapper(objectMapper), Clock.systemUTC());
    }

    CredentialsFactory credentialsFactory(HttpClient client, DatabricksConfiguration config) {
        return new CredentialsFactory(request -> client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray()),
                objectMapper, Clock.systemUTC(), tokenCaches, Duration.ofMillis(config.getRequestTimeout()),
                config.getAzureLoginHost());
    }

    OperationCatalogue catalogue() {
        return OperationCatalogue.shipped();
    }

    ObjectMapper objectMapper() {
        return objectMapper;
    }

    OperationSteps steps() {
        return steps;
    }

    PollScheduler pollScheduler() {
        return pollScheduler;
    }

    SafeExecutor worker() {
        return worker;
    }

    RateLimiters rateLimiters() {
        return rateLimiters;
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

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }
}
