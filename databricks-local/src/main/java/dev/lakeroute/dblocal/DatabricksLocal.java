package dev.lakeroute.dblocal;

import dev.lakeroute.dblocal.auth.Authenticator;
import dev.lakeroute.dblocal.auth.FederationPolicies;
import dev.lakeroute.dblocal.auth.FederationPolicyApi;
import dev.lakeroute.dblocal.auth.JwksFetcher;
import dev.lakeroute.dblocal.auth.OAuthEndpoints;
import dev.lakeroute.dblocal.ui.WorkspacePages;
import dev.lakeroute.dblocal.auth.ServicePrincipal;
import dev.lakeroute.dblocal.auth.TokenRegistry;
import dev.lakeroute.dblocal.controlplane.ControlPlane;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.accounts.AccountOAuth;
import dev.lakeroute.dblocal.controlplane.accounts.AccountPathGuard;
import dev.lakeroute.dblocal.controlplane.accounts.HostMetadata;
import dev.lakeroute.dblocal.controlplane.accounts.WorkspaceIdentity;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.controlplane.jobs.TaskRunner;
import dev.lakeroute.dblocal.controlplane.jobs.TaskRunners;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.QueryHistory;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.WarehouseDirectory;
import dev.lakeroute.dblocal.controlplane.statements.SqlTaskRunner;
import dev.lakeroute.dblocal.controlplane.statements.StatementEngine;
import dev.lakeroute.dblocal.driver.DriverSettings;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;
import dev.lakeroute.dblocal.execution.SparkPlane;
import dev.lakeroute.dblocal.faults.FaultInjector;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRoute;
import dev.lakeroute.dblocal.http.ApiServer;
import dev.lakeroute.dblocal.http.RateLimitFilter;
import dev.lakeroute.dblocal.http.SelfSignedCertificate;
import dev.lakeroute.dblocal.http.ServerTls;
import dev.lakeroute.dblocal.runtime.ClusterRuntime;
import dev.lakeroute.dblocal.runtime.NoSparkRuntime;
import dev.lakeroute.dblocal.security.NetworkExposure;
import dev.lakeroute.dblocal.store.StateStore;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A Databricks-compatible server on this machine. Start it embedded:
 * <pre>{@code
 * try (DatabricksLocal local = DatabricksLocal.builder().dataDir(dir).start()) {
 *     String host = local.url(), token = local.token();
 * }
 * }</pre>
 */
public final class DatabricksLocal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabricksLocal.class);
    private final LocalSettings settings;
    private final boolean deleteDataDirOnClose;
    private final Vertx vertx;
    private final ScheduledExecutorService scheduler;
    private final ClusterRuntime runtime;
    private final WorkspaceIdentity identity;
    private final FaultInjector faults = new FaultInjector();
    private final ApiServer server;
    private final String url;
    private final SelfSignedCertificate selfSigned;
    private final RateLimitFilter rateLimits;
    private final TokenRegistry tokens;

    private DatabricksLocal(LocalSettings settings, boolean deleteDataDirOnClose, BiFunction<LocalSettings, StateStore, ClusterRuntime> runtimeFactory,
                            ServerTls tls, SelfSignedCertificate selfSigned, RateLimitFilter rateLimits) {
        this.settings = settings;
        this.selfSigned = selfSigned;
        this.rateLimits = rateLimits;
        this.deleteDataDirOnClose = deleteDataDirOnClose;
        StateStore store = new StateStore(settings.dataDir());
        clearLeftovers(store);
        Clock clock = Clock.systemUTC();
        TokenRegistry tokens = new TokenRegistry(store.collection("tokens"), clock);
        this.vertx = Vertx.vertx(new VertxOptions().setWorkerPoolSize(settings.workerThreads()));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "databricks-local-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        String[] baseUrl = new String[1];
        this.runtime = runtimeFactory.apply(settings, store);
        ServerContext context = new ServerContext(settings, store, tokens, clock, scheduler, runtime, () -> baseUrl[0]);
        ControlPlane plane = assemble(context);
        WorkspaceIdentity identity = WorkspaceIdentity.of(settings, store);
        this.identity = identity;
        HostMetadata hostMetadata = new HostMetadata(identity, () -> baseUrl[0]);
        AccountOAuth accountOAuth = new AccountOAuth(identity, () -> baseUrl[0]);
        AccountPathGuard accountPaths = new AccountPathGuard(identity);
        FederationPolicies federation = new FederationPolicies(store.collection("federation_policies"), new JwksFetcher(clock),
                clock, identity.accountId(), id -> Optional.empty());
        OAuthEndpoints oauth = new OAuthEndpoints(settings.servicePrincipals(), tokens, () -> baseUrl[0], federation);
        List<ApiFamily> families = new ArrayList<>(plane.families());
        families.add(new FederationPolicyApi(federation));
        this.tokens = tokens;
        try {
            Authenticator authenticator = new Authenticator(settings.token(), tokens);
            WorkspacePages pages = new WorkspacePages(authenticator, () -> baseUrl[0], runtime, tls != null);
            this.server = new ApiServer(vertx, authenticator, faults, store.tempDir(),
                    router -> {
                        hostMetadata.register(router);
                        accountOAuth.register(router);
                        accountPaths.register(router);
                        oauth.register(router);
                        pages.register(router);
                    }, families, rateLimits);
            int port = server.listen(settings.host(), settings.port(), tls);
            NetworkExposure.warning(settings.host(), port).ifPresent(LOG::warn);
            this.url = (tls == null ? "http://" : "https://") + hostForUrl(settings.host()) + ":" + port;
            baseUrl[0] = url;
        } catch (RuntimeException e) {
            shutdown();
            throw e;
        }
    }

    /**
     * Builds the services the API families share, each once, in the order they need each other: clusters
     * first (their registry recovers state after a restart), then their libraries, the SQL warehouses and
     * statements, and the job task runners, which with Spark include the execution plane's.
     */
    private static ControlPlane assemble(ServerContext context) {
        Optional<SparkPlane> spark = SparkPlane.of(context.runtime());
        ClusterRegistry clusters = new ClusterRegistry(context);
        LibraryRegistry libraries = new LibraryRegistry(context, clusters, spark.map(SparkPlane::jarInstaller).stream().toList());
        WarehouseDirectory warehouses = new WarehouseDirectory(context);
        QueryHistory queryHistory = new QueryHistory(context);
        StatementEngine statements = new StatementEngine(context, warehouses, queryHistory);
        Map<String, TaskRunner> sparkRunners = new HashMap<>();
        spark.ifPresent(plane -> {
            sparkRunners.putAll(plane.taskRunners(libraries));
            sparkRunners.put("sql_task", new SqlTaskRunner(statements, context.store()));
        });
        TaskRunners taskRunners = new TaskRunners(context, sparkRunners);
        return new ControlPlane(context, clusters, libraries, warehouses, queryHistory, statements, taskRunners);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL clients use as the workspace host, e.g. {@code http://127.0.0.1:43121} ({@code https://} with TLS). */
    public String url() {
        return url;
    }

    /** The account this server's workspace belongs to (configured, or made at its first start and kept). */
    public String accountId() {
        return identity.accountId();
    }

    public String workspaceId() {
        return identity.workspaceId();
    }

    /** With {@link Builder#selfSignedTls()}: the certificate served and the trust store clients need for it. */
    public Optional<SelfSignedCertificate> selfSignedCertificate() {
        return Optional.ofNullable(selfSigned);
    }

    public String token() {
        return settings.token();
    }

    /** Expires every OAuth token issued so far (M2M and federated): their holders' next call gets 401. */
    public void expireOAuthTokens() {
        tokens.expireOAuthTokens();
    }

    public LocalSettings settings() {
        return settings;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** The request rate limits in force ({@link Builder#rateLimit}) and how many calls they refused. */
    public RateLimitFilter rateLimits() {
        return rateLimits;
    }

    /**
     * The operations this server answers (HTTP method and path template in Databricks' notation), in the
     * order the families registered them; the contract test checks each against the component's catalogue.
     */
    public List<ApiRoute> routes() {
        return server.operations();
    }

    /** Fault injection for tests; the same as the {@code /local/faults} admin route. */
    public FaultInjector faults() {
        return faults;
    }

    @Override
    public void close() {
        shutdown();
        if (deleteDataDirOnClose) {
            deleteRecursively(settings.dataDir());
        }
    }

    private void shutdown() {
        if (server != null) {
            server.close();
        }
        if (runtime != null) {
            runtime.close();
        }
        scheduler.shutdownNow();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Closing is best effort: the process may be on its way out already.
        }
    }

    private static void clearLeftovers(StateStore store) {
        try {
            int deleted = store.clearTempDir();
            if (deleted > 0) {
                LOG.info("Deleted {} leftover(s) of uploads and task runs interrupted by an earlier stop from {}", deleted, store.tempDir());
            }
        } catch (IOException e) {
            LOG.warn("Cannot clear {} of interrupted uploads: {}", store.tempDir(), e.toString());
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "DatabricksLocal[url=" + url + ", dataDir=" + settings.dataDir() + "]";
    }

    /** Builds and starts a server; every setting has a default fit for tests. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private Path dataDir;
        private String token;
        private final List<ServicePrincipal> servicePrincipals = new ArrayList<>();
        private Duration clusterStartDelay = Duration.ofSeconds(1);
        private Duration clusterStopDelay = Duration.ofMillis(500);
        private Duration dbfsHandleIdle = Duration.ofMinutes(10);
        private int workerThreads = 32;
        private Path mavenRepository;
        private String workspaceId;
        private String accountId;
        private String cloud = "aws";
        private BiFunction<LocalSettings, StateStore, ClusterRuntime> runtime = (settings, store) -> new NoSparkRuntime();
        private ServerTls tls;
        private boolean selfSignedTls;
        private final Map<String, Double> rateLimits = new LinkedHashMap<>();

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Where state lives; without it a temporary directory is used and deleted on close. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** The workspace token; without it a random {@code dapi…} token is made. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder servicePrincipal(String clientId, String clientSecret) {
            servicePrincipals.add(new ServicePrincipal(clientId, clientSecret));
            return this;
        }

        public Builder clusterStartDelay(Duration delay) {
            this.clusterStartDelay = delay;
            return this;
        }

        public Builder clusterStopDelay(Duration delay) {
            this.clusterStopDelay = delay;
            return this;
        }

        public Builder dbfsHandleIdle(Duration idle) {
            this.dbfsHandleIdle = idle;
            return this;
        }

        /** The local Maven repository {@code maven} libraries come from; default {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
        public Builder mavenRepository(Path repository) {
            this.mavenRepository = repository;
            return this;
        }

        /** The workspace id host metadata and the account APIs report; default: made at the first start, kept with the data. */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = workspaceId;
            return this;
        }

        /** The account id of the account APIs ({@code /api/2.0/accounts/{account_id}/…}); default: a UUID kept with the data. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** The cloud host metadata reports: {@code aws} (default), {@code azure} or {@code gcp}. */
        public Builder cloud(String cloud) {
            this.cloud = cloud;
            return this;
        }

        public Builder workerThreads(int threads) {
            this.workerThreads = threads;
            return this;
        }

        /**
         * RUNNING clusters are real Spark drivers (child JVMs): API 1.2 commands, notebook, JAR and SQL tasks
         * run. Without it the server is the control plane only, and starts in a fraction of the time.
         */
        public Builder spark(DriverSettings driverSettings) {
            this.runtime = (settings, store) -> new SparkDriverRuntime(settings.dataDir(), store.dbfsRoot(), driverSettings);
            return this;
        }

        public Builder spark() {
            return spark(DriverSettings.defaults());
        }

        /** What runs behind RUNNING clusters; the default has no Spark (control plane only). */
        public Builder clusterRuntime(BiFunction<LocalSettings, StateStore, ClusterRuntime> factory) {
            this.runtime = factory;
            return this;
        }

        /** Serves {@code https://} with the key and certificate of this PKCS12 (or {@code .jks}) key store. */
        public Builder tls(Path keyStore, String password) {
            this.tls = new ServerTls(keyStore, password);
            this.selfSignedTls = false;
            return this;
        }

        /**
         * Serves {@code https://} with a self-signed certificate for localhost, 127.0.0.1, ::1 and the host,
         * kept in {@code <dataDir>/tls} with a trust store for clients ({@link #selfSignedCertificate()}).
         */
        public Builder selfSignedTls() {
            this.selfSignedTls = true;
            this.tls = null;
            return this;
        }

        /**
         * Limits requests to an endpoint family ({@code jobs}, {@code clusters}, {@code dbfs}, … — the path segment after
         * the API version; {@code "*"} for all of them together) to {@code perSecond}, answering 429
         * REQUEST_LIMIT_EXCEEDED with Retry-After beyond it, as Databricks does. Default: no limits.
         */
        public Builder rateLimit(String family, double perSecond) {
            rateLimits.put(family, perSecond);
            return this;
        }

        /** {@link #rateLimit(String, double)} for each entry. */
        public Builder rateLimits(Map<String, Double> perSecondByFamily) {
            rateLimits.putAll(perSecondByFamily);
            return this;
        }

        public DatabricksLocal start() {
            RateLimitFilter limits = new RateLimitFilter(rateLimits, System::nanoTime);
            boolean temporary = dataDir == null;
            Path dir;
            try {
                dir = temporary ? Files.createTempDirectory("databricks-local-") : dataDir;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a temporary data directory", e);
            }
            LocalSettings settings = new LocalSettings(host, port, dir.toAbsolutePath().normalize(),
                    token == null ? randomToken() : token, servicePrincipals, clusterStartDelay, clusterStopDelay,
                    dbfsHandleIdle, workerThreads, mavenRepository == null ? LocalSettings.defaultMavenRepository() : mavenRepository,
                    workspaceId, accountId, cloud);
            SelfSignedCertificate selfSigned = selfSignedTls ? SelfSignedCertificate.forHost(settings.dataDir(), host) : null;
            return new DatabricksLocal(settings, temporary, runtime, selfSigned == null ? tls : selfSigned.serverTls(), selfSigned, limits);
        }

        private static String randomToken() {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            return "dapi" + HexFormat.of().formatHex(bytes);
        }
    }
}
