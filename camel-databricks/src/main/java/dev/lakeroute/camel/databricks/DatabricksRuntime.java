package dev.lakeroute.camel.databricks;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;

import dev.lakeroute.camel.databricks.auth.CredentialsFactory;
import dev.lakeroute.camel.databricks.auth.ResolvedAuth;
import dev.lakeroute.camel.databricks.auth.TokenCaches;
import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.client.DatabricksClient;
import dev.lakeroute.camel.databricks.error.ErrorMapper;
import dev.lakeroute.camel.databricks.http.CallExecutor;
import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.http.HttpTransport;
import dev.lakeroute.camel.databricks.http.HttpClientSettings;
import dev.lakeroute.camel.databricks.http.RateLimiters;
import dev.lakeroute.camel.databricks.http.RetryPolicy;
import dev.lakeroute.camel.databricks.observe.Activity;
import dev.lakeroute.camel.databricks.observe.ObserverChain;
import dev.lakeroute.camel.databricks.poll.PollScheduler;
import dev.lakeroute.camel.databricks.request.RequestBuilder;
import dev.lakeroute.camel.databricks.request.RequestEncoder;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.OperationSteps;
import dev.lakeroute.camel.databricks.support.SafeExecutor;

/**
 * Everything the endpoints of one component share, built once and passed down: the catalogue and the
 * steps, the request builder and encoder, one small scheduler that only fires timers (retries, rate
 * limits, the polls of every wait), the worker pool every continuation runs on, the HTTP transports,
 * OAuth token caches and rate limiters. {@link #client} assembles an endpoint's {@link DatabricksClient}
 * from them.
 * <p>
 * The catalogue and the steps exist from construction: Camel creates the endpoints of routes (and checks
 * their options) before it starts their component. Threads and connections exist between {@link #start}
 * and {@link #stop}.
 */
final class DatabricksRuntime {

    private final ObjectMapper mapper;
    private final OperationCatalogue catalogue;
    private final Calls calls;
    private final OperationSteps steps;
    private final RequestBuilder requests;
    private final RequestEncoder encoder;
    private final ErrorMapper errors;
    private final RateLimiters rateLimiters = new RateLimiters();
    private final TokenCaches tokenCaches = new TokenCaches();
    /** What the dev console shows; metrics join the chain when the component starts (see DatabricksComponent). */
    private final Activity activity = new Activity(rateLimiters);
    private final ObserverChain observers = new ObserverChain(activity);
    /** One per distinct client settings (timeouts, trust store), usually one for the whole component. */
    private final Map<HttpClientSettings, HttpTransport> transports = new ConcurrentHashMap<>();
    private volatile Started started;
    /** Spans per step when the application traces; set when the component starts. */
    private volatile dev.lakeroute.camel.databricks.observe.ExchangeTracer tracer = dev.lakeroute.camel.databricks.observe.ExchangeTracer.NONE;

    /** What exists while the component runs; {@code ownWorkerPool} is null when the worker pool was given. */
    private record Started(ScheduledExecutorService scheduler, ExecutorService ownWorkerPool, SafeExecutor worker,
                           PollScheduler pollScheduler) {
    }

    DatabricksRuntime(ObjectMapper mapper, OperationCatalogue catalogue) {
        this.mapper = mapper;
        this.catalogue = catalogue;
        this.calls = new Calls(catalogue, mapper);
        this.steps = OperationSteps.defaults(calls);
        this.requests = new RequestBuilder(mapper);
        this.encoder = new RequestEncoder(mapper, "camel-databricks/" + version());
        this.errors = new ErrorMapper(mapper);
    }

    private static String version() {
        String v = DatabricksRuntime.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** @param workerPool the pool the user configured, or null for one of the component's own */
    void start(ExecutorServiceManager executors, Object owner, ExecutorService workerPool) {
        // Unbounded queues: every wait, retry and rate-limited call is one timer task, and a bounded queue
        // (Camel's default holds 1,000) would fail the 1,001st exchange instead of letting it wait its turn.
        // A scheduled pool's delay queue is unbounded whatever the profile says; -1 keeps Camel from sizing it.
        ScheduledExecutorService scheduler = executors.newScheduledThreadPool(owner, "DatabricksScheduler",
                profile("DatabricksScheduler", 1, -1));
        ExecutorService own = null;
        if (workerPool == null) {
            // Continuations never block, so a few threads serve any number of exchanges; the queue holds the rest.
            // Camel gives a plain pool whose maxQueueSize is 0 or -1 no queue at all (a SynchronousQueue, and the
            // submitting thread runs what no idle worker takes: the HTTP I/O thread, under load): hence MAX_VALUE.
            int threads = Math.max(4, Math.min(16, 2 * Runtime.getRuntime().availableProcessors()));
            own = executors.newThreadPool(owner, "DatabricksWorker", profile("DatabricksWorker", threads, Integer.MAX_VALUE));
        }
        SafeExecutor worker = new SafeExecutor(workerPool != null ? workerPool : own);
        started = new Started(scheduler, own, worker, new PollScheduler(scheduler, worker, observers));
    }

    private static ThreadPoolProfile profile(String name, int threads, int maxQueueSize) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(maxQueueSize);
        profile.setKeepAliveTime(60L);
        profile.setTimeUnit(TimeUnit.SECONDS);
        profile.setAllowCoreThreadTimeOut(true);
        return profile;
    }

    void stop(ExecutorServiceManager executors) {
        Started current = started;
        started = null;
        if (current != null) {
            executors.shutdownNow(current.scheduler());
            if (current.ownWorkerPool() != null) {
                executors.shutdown(current.ownWorkerPool());
            }
        }
        transports.values().forEach(HttpTransport::close);
        transports.clear();
        tokenCaches.clear();
    }

    /** The client of an endpoint with this configuration and these (already resolved) credentials. */
    DatabricksClient client(DatabricksConfiguration config, ResolvedAuth auth) {
        Started running = running();
        Duration requestTimeout = Duration.ofMillis(config.getRequestTimeout());
        HttpClientSettings settings = new HttpClientSettings(Duration.ofMillis(config.getConnectTimeout()),
                config.getTrustStore(), config.getTrustStorePassword(), config.getTrustStoreType(), requestTimeout);
        HttpTransport transport = transports.computeIfAbsent(settings, s -> HttpTransport.create(s, running.worker()));
        CallExecutor executor = new CallExecutor(transport, running.scheduler(), running.worker(), errors, Clock.systemUTC())
                .observedBy(observers);
        CredentialsFactory credentials = new CredentialsFactory(transport.tokens(), mapper, Clock.systemUTC(), tokenCaches,
                requestTimeout, config.getAzureLoginHost());
        RetryPolicy retryPolicy = RetryPolicy.of(config.getMaxRetries(), Duration.ofMillis(config.getRetryTimeout()),
                Duration.ofMillis(config.getInitialRetryDelay()), Duration.ofMillis(config.getMaxRetryDelay()));
        HostUrl accountsHost = HostUrl.parse("accountsHost", config.getAccountsHost(), config.isAllowInsecureHttp());
        return new DatabricksClient(executor, encoder, new RequestEncoder.Target(auth.host(), accountsHost, auth.accountId()),
                auth.credentials(), credentials, retryPolicy, rateLimiters, config.getRateLimit(), config.getMaxQueuedCalls(),
                requestTimeout);
    }

    private Started running() {
        Started current = started;
        if (current == null) {
            throw new IllegalStateException("The databricks component is not started");
        }
        return current;
    }

    /** The operation a URI names ({@code jobs/run-now}, {@code command}, a consumer alias), if there is one. */
    java.util.Optional<dev.lakeroute.camel.databricks.catalogue.Operation> findOperation(String name) {
        return steps.ownOperation(name).or(() -> catalogue.find(
                dev.lakeroute.camel.databricks.consumer.DatabricksConsumers.canonicalOperation(name)));
    }

    Activity activity() {
        return activity;
    }

    ObserverChain observers() {
        return observers;
    }

    dev.lakeroute.camel.databricks.observe.ExchangeTracer tracer() {
        return tracer;
    }

    void tracer(dev.lakeroute.camel.databricks.observe.ExchangeTracer tracer) {
        this.tracer = tracer;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    OperationCatalogue catalogue() {
        return catalogue;
    }

    Calls calls() {
        return calls;
    }

    OperationSteps steps() {
        return steps;
    }

    RequestBuilder requests() {
        return requests;
    }

    PollScheduler pollScheduler() {
        return running().pollScheduler();
    }

    SafeExecutor worker() {
        return running().worker();
    }
}
