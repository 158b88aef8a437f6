package dev.lakeroute.camel.databricks.springboot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;

/**
 * The databricks component's options as Spring Boot properties ({@code camel.component.databricks.*}), one
 * field per option of the component. Unset options are left to the component's own defaults; the
 * defaults shown by IDEs come from additional-spring-configuration-metadata.json.
 * <p>
 * Generated from the component's databricks.json by StarterSourceGenerator (test sources): do not edit;
 * regenerate with {@code mvn -pl camel-databricks-starter test -Dtest=GeneratedSourcesInSyncTest -Dstarter.regenerate=true}.
 */
@ConfigurationProperties(prefix = "camel.component.databricks")
public class DatabricksComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the databricks component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * Databricks account id, required by account-scope operations (fills {account_id}). Falls back
     * to the profile's account_id, then DATABRICKS_ACCOUNT_ID.
     */
    private String accountId;
    /**
     * Accounts console URL used by account-scope operations (accounts/...).
     */
    private String accountsHost;
    /**
     * API version to call instead of the one the catalogue names: clusters accepts 2.0 or 2.1, jobs
     * 2.0, 2.1 or 2.2; other operations only their catalogue version.
     */
    private String apiVersion;
    /**
     * Component-level defaults for every option; endpoints work on a copy. The option is a
     * dev.lakeroute.camel.databricks.DatabricksConfiguration type: a bean reference, #bean:name or
     * #name.
     */
    private DatabricksConfiguration configuration;
    /**
     * Workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net. A host without scheme
     * gets https://. Plain http:// is accepted only for loopback hosts unless
     * allowInsecureHttp=true. Falls back to the profile's host, then DATABRICKS_HOST.
     */
    private String host;
    /**
     * sql/copy-into: the Delta table to load; sql/partition-sensor and sql/table-version-sensor
     * consumers: the table to watch (catalog.schema.table, or a name the warehouse's current schema
     * resolves).
     */
    private String table;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any
     * exceptions (if possible) occurred while the Camel consumer is trying to pickup incoming
     * messages, or the likes, will now be processed as a message and handled by the routing Error
     * Handler. Important: This is only possible if the 3rd party component allows Camel to be
     * alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel
     * component to hook into the 3rd party component and make this possible for future releases. By
     * default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with
     * exceptions, that will be logged at WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler;
    /**
     * Consumers: also emit what already existed when the consumer started (runs that had ended,
     * files, events). false emits only what happens afterwards.
     */
    private Boolean emitExisting;
    /**
     * clusters/events consumer: only these event types (comma-separated, e.g.
     * RUNNING,TERMINATING,RESIZING).
     */
    private String eventTypes;
    /**
     * Where a consumer remembers what it emitted (run ids, file pathsizemodification time, cluster
     * event timestamptype), so a restart with the same repository does not emit it again: any
     * org.apache.camel.spi.IdempotentRepository (memory, file, JDBC, Kafka ...). Default: an
     * in-memory repository of the consumer's own. The option is a
     * org.apache.camel.spi.IdempotentRepository type: a bean reference, #bean:name or #name.
     */
    private IdempotentRepository idempotentRepository;
    /**
     * jobs/runs/list consumer: emit only runs whose result state is one of these (comma-separated:
     * SUCCESS, FAILED, TIMEDOUT, CANCELED, SKIPPED, INTERNAL_ERROR, ...). Unset emits every
     * terminal run.
     */
    private String resultState;
    /**
     * Consumers: emit only what happened at or after this: an ISO-8601 instant
     * (2025-01-31T00:00:00Z) or a duration before the consumer starts (24h, 30m). Compared with a
     * run's end time, a file's modification time, an event's timestamp.
     */
    private String since;
    /**
     * sql/sensor consumer: the query to poll on the warehouse (warehouseId). It emits when the
     * query returns rows, once for each distinct result (a new or changed row set); a query that
     * returns no rows is the condition not holding yet.
     */
    private String sql;
    /**
     * databricks:command: start the cluster when it is TERMINATED and wait until it is RUNNING
     * before creating the execution context.
     */
    private Boolean autoStart;
    /**
     * A business key (order number, batch date ...) sent as the camel_business_key query tag of
     * sql/statements/execute; the CamelDatabricksBusinessKey header overrides it per message.
     */
    private String businessKey;
    /**
     * sql/statements/execute: send the Camel context as query_tags camel_route_id,
     * camel_exchange_id and camel_business_key (the CamelDatabricksBusinessKey header, else the
     * businessKey option); query tags the request already has win. (jobs/runs/submit and
     * jobs/run-now have no tag field; databricks:workflow always tags its job with camel_route_id
     * and camel_definition_hash.).
     */
    private Boolean camelTags;
    /**
     * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: cancel the runs
     * still being waited for when the route stops.
     */
    private Boolean cancelOnStop;
    /**
     * Runs (jobs/runs/submit, jobs/run-now) and SQL statements: when the wait gives up (runTimeout,
     * waitTimeout), cancel the run or statement this exchange started, so nothing keeps running
     * unseen. false leaves it running; the exception and the CamelDatabricksRemoteState header then
     * say RUNNING.
     */
    private Boolean cancelOnTimeout;
    /**
     * jobs/run-now and databricks:workflow: first cancel the job's active runs
     * (jobs/runs/cancel-all) and wait until they ended (at most waitTimeout), then start the new
     * run.
     */
    private Boolean cancelPreviousRuns;
    /**
     * Unity Catalog catalog name, sent as catalog_name.
     */
    private String catalogName;
    /**
     * Cluster id, sent as cluster_id (clusterId for API 1.2 operations).
     */
    private String clusterId;
    /**
     * API 1.2 command id (commandId).
     */
    private String commandId;
    /**
     * databricks:command: cancel the command (commands/cancel) and fail the exchange when it has
     * not finished after this long. 0 waits without limit. A duration: 30s, 5m, PT1H, or
     * milliseconds.
     */
    private Duration commandTimeout;
    /**
     * API 1.2 execution context id (contextId).
     */
    private String contextId;
    /**
     * databricks:command: shared = one execution context per endpoint, created lazily, re-created
     * when the cluster lost it and destroyed when the route stops; perExchange = a context created
     * and destroyed around each message; header = the context named by the CamelDatabricksContextId
     * header (the route owns it).
     */
    private String contextPolicy;
    /**
     * sql/copy-into: COPY INTO's COPY_OPTIONS, e.g. copyOptions.force=true (load files again) or
     * copyOptions.mergeSchema=true. This is a multi-value option with prefix: copyOptions. Map keys
     * with characters other than letters, digits and dashes go in brackets:
     * copyOptions[page_size]=10.
     */
    private Map<String, Object> copyOptions;
    /**
     * databricks:workflow: the job definition (jobs/create settings: name, tasks with depends_on
     * and run_if, job_clusters ...): a resource (classpath:workflows/nightly.json, file:...)
     * holding its JSON, or a bean (#nightly) that is a Map, a JSON String or a DatabricksWorkflow.
     * Unset, the message body is the definition. The option is a java.lang.Object type: a bean
     * reference, #bean:name or #name.
     */
    private Object definition;
    /**
     * MLflow experiment id, sent as experiment_id.
     */
    private String experimentId;
    /**
     * jobs/runs/submit, jobs/run-now and jobs/runs/repair: after a successful run, return
     * jobs/runs/get-output as the body (for runs of several tasks, a Map of task_key to that task's
     * output).
     */
    private Boolean fetchOutput;
    /**
     * sql/copy-into: the files' format, COPY INTO's FILEFORMAT.
     */
    private String fileFormat;
    /**
     * sql/copy-into: where the files are (dbfs:/..., /Volumes/..., s3://...), COPY INTO's FROM
     * location.
     */
    private String fileLocation;
    /**
     * sql/copy-into: COPY INTO's FORMAT_OPTIONS, e.g.
     * formatOptions.header=true&formatOptions.inferSchema=true. This is a multi-value option with
     * prefix: formatOptions. Map keys with characters other than letters, digits and dashes go in
     * brackets: formatOptions[page_size]=10.
     */
    private Map<String, Object> formatOptions;
    /**
     * Send API 1.2 POST operations form-encoded (application/x-www-form-urlencoded) instead of
     * JSON; both are accepted by Databricks.
     */
    private Boolean formEncoding;
    /**
     * Unity Catalog full name, sent as full_name (e.g. main.default).
     */
    private String fullName;
    /**
     * HTTP method of databricks:raw.
     */
    private String httpMethod;
    /**
     * Instance pool id, sent as instance_pool_id.
     */
    private String instancePoolId;
    /**
     * Job id, sent as job_id.
     */
    private Long jobId;
    /**
     * jobs/run-now: the name of the job to run, looked up with jobs/listname= (whole name, ignoring
     * case); no job or several of that name fail the message, naming their ids. Instead of jobId.
     */
    private String jobName;
    /**
     * Secret key name, sent as key.
     */
    private String key;
    /**
     * Language of databricks:command and the language field of API 1.2 contexts/create and
     * commands/execute: scala, python, sql or r. The URI may also call it lang
     * (databricks:commandlang=scala).
     */
    private String language;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can
     * use this to allow CamelContext and routes to startup in situations where a producer may
     * otherwise fail during starting and cause the route to fail being started. By deferring this
     * startup to be lazy then the startup failure can be handled during routing messages via
     * Camel's routing error handlers. Beware that when the first message is processed then creating
     * and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer;
    /**
     * dbfs/read and fs/files/download: local file to write the content to; the body is then that
     * java.io.File. Unset, small files (up to 1 MiB) become byte and larger ones an InputStream
     * over a temporary file deleted on close.
     */
    private String localPath;
    /**
     * The operation's name field or {name} path parameter (Unity Catalog catalogs and volumes,
     * serving endpoints, ...).
     */
    private String name;
    /**
     * Type of the response body: Map or List (default, parsed JSON), String (the raw JSON text),
     * JsonNode, byte, or a fully qualified class name to bind the JSON to.
     */
    private String outputClass;
    /**
     * Overwrite an existing file (dbfs/put, dbfs/create, fs/files/upload), sent as overwrite.
     */
    private Boolean overwrite;
    /**
     * Follow all pages (next_page_token, has_more with offset, or SCIM startIndex) and return all
     * items as one List.
     */
    private Boolean paginate;
    /**
     * Extra request fields passed verbatim: param.page_size=10 sends page_size. They go where the
     * operation expects them: path parameter, query string or JSON body. This is a multi-value
     * option with prefix: param. Map keys with characters other than letters, digits and dashes go
     * in brackets: params[page_size]=10.
     */
    private Map<String, Object> params;
    /**
     * The operation's path field (DBFS, workspace, repos, ...). For databricks:raw, the request
     * path, e.g. /api/2.0/clusters/list.
     */
    private String path;
    /**
     * Pipeline id, sent as pipeline_id.
     */
    private String pipelineId;
    /**
     * Cluster policy id, sent as policy_id.
     */
    private String policyId;
    /**
     * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: when the run ends
     * with failed tasks, repair it (jobs/runs/repair with rerun_all_failed_tasks) and wait again,
     * up to this many times. The DatabricksRunFailedException after the last attempt lists every
     * attempt's failed tasks. Cancelled and skipped runs are not repaired.
     */
    private Integer repairAttempts;
    /**
     * Run id, sent as run_id.
     */
    private Long runId;
    /**
     * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: cancel the run
     * (jobs/runs/cancel) and fail the exchange when it has not ended after this long (each repair
     * gets this long again). 0 waits without limit. A duration: 30s, 5m, PT1H, or milliseconds.
     */
    private Duration runTimeout;
    /**
     * Unity Catalog schema name, sent as schema_name.
     */
    private String schemaName;
    /**
     * Secret scope name, sent as scope.
     */
    private String scope;
    /**
     * clusters/create and clusters/edit: spark_version, or latest-lts / latest to pick the highest
     * (LTS) runtime clusters/spark-versions offers.
     */
    private String sparkVersion;
    /**
     * SQL statement id, sent as statement_id.
     */
    private String statementId;
    /**
     * sql/statements/execute: the server-side wait_timeout of the first request (0s, or 5s to 50s)
     * before the component polls sql/statements/get.
     */
    private String statementWaitTimeout;
    /**
     * Return the items as an Iterator (pages fetched lazily when paginate=true), for use with
     * split(body()).
     */
    private Boolean streamList;
    /**
     * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: wait until the run
     * reaches a terminal state; a run that does not end in SUCCESS fails the exchange with
     * DatabricksRunFailedException. false returns the call's answer at once.
     */
    private Boolean waitForCompletion;
    /**
     * Wait until the call took effect: RUNNING for clusters/create, start, restart, resize and
     * edit; TERMINATED for clusters/delete; INSTALLED for libraries/install; RUNNING for
     * sql/warehouses/create, start and edit; STOPPED for sql/warehouses/stop. Unset returns the
     * call's answer at once.
     */
    private String waitForState;
    /**
     * Longest wait for a cluster or SQL warehouse state (waitForState), libraries to install, a SQL
     * statement or an API 1.2 context to become ready, before the exchange fails with
     * DatabricksTimeoutException. A duration: 30s, 5m, PT1H, or milliseconds.
     */
    private Duration waitTimeout;
    /**
     * SQL warehouse id, sent as warehouse_id.
     */
    private String warehouseId;
    /**
     * sql/statements/execute and databricks:command exactly once per message: a Camel
     * StateRepository (e.g. #myRepo, a FileStateRepository or one in a shared database) that keeps
     * the statement or command each message started. A redelivered message (same
     * CamelDatabricksIdempotencyToken, or same message id) re-attaches to it and gets its result
     * instead of running it again; a restart, or another replica sharing the repository, keeps the
     * record. The option is a org.apache.camel.spi.StateRepository<java.lang.String,
     * java.lang.String> type: a bean reference, #bean:name or #name.
     */
    private StateRepository<String, String> stateRepository;
    /**
     * Whether the calling thread waits for the step and continues the route itself, as Camel's
     * synchronous processing does, instead of being released while the component's worker pool
     * finishes the exchange. Saves a thread hand-off per call for routes that block their caller
     * anyway (a ProducerTemplate request, a timer, a transacted route); a wait of minutes then
     * holds that thread for minutes, so thousands of concurrent waits want the default.
     */
    private Boolean synchronous;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must
     * be marked as autowired) by looking up in the registry to find if there is a single instance
     * of matching type, which then gets configured on the component. This can be used for automatic
     * configuring JDBC data sources, JMS connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled;
    /**
     * Timeout to establish a connection. A duration: 30s, 5m, PT1H, or milliseconds.
     */
    private Duration connectTimeout;
    /**
     * Where the credential chain reads DATABRICKS_ variables and HOME. Defaults to the process
     * environment; embedders and tests can supply their own instead of changing the JVM's. The
     * option is a dev.lakeroute.camel.databricks.auth.DatabricksEnvironment type: a bean reference,
     * #bean:name or #name.
     */
    private DatabricksEnvironment environment;
    /**
     * First backoff delay when the server gives no Retry-After; doubles per retry, with jitter. A
     * duration: 30s, 5m, PT1H, or milliseconds.
     */
    private Duration initialRetryDelay;
    /**
     * Largest delay between two polls of a long-running operation. A duration: 30s, 5m, PT1H, or
     * milliseconds.
     */
    private Duration maxPollInterval;
    /**
     * With rateLimit: the most calls that may wait for their turn per host and operation family;
     * one more fails at once with DatabricksRateLimitQueueFullException instead of waiting. 0 lets
     * every call wait its turn.
     */
    private Integer maxQueuedCalls;
    /**
     * Retries after the first attempt for 429, 503 and connection failures (0 disables retries).
     */
    private Integer maxRetries;
    /**
     * Largest backoff delay between two attempts. A duration: 30s, 5m, PT1H, or milliseconds.
     */
    private Duration maxRetryDelay;
    /**
     * First delay between two polls of a long-running operation (command, run, cluster, statement,
     * library); grows up to maxPollInterval. A duration: 30s, 5m, PT1H, or milliseconds.
     */
    private Duration pollInterval;
    /**
     * Client-side limit in requests per second per host and operation family (clusters, jobs, ...),
     * shared by all endpoints of the component. 0 disables it.
     */
    private Double rateLimit;
    /**
     * Timeout for one HTTP exchange (each attempt). A duration: 30s, 5m, PT1H, or milliseconds.
     */
    private Duration requestTimeout;
    /**
     * Upper bound on the time spent retrying one call, including Retry-After waits. A duration:
     * 30s, 5m, PT1H, or milliseconds.
     */
    private Duration retryTimeout;
    /**
     * How long a wait (run, command, cluster, statement, warehouse, library, context) lasts before
     * it is logged at INFO: once then, on every state change after that and once a minute; shorter
     * waits log at DEBUG only, so many quick commands do not flood the log. 0 logs every wait at
     * INFO. A duration: 30s, 5m, PT1H, or milliseconds.
     */
    private Duration waitLogThreshold;
    /**
     * Thread pool for completions (response mapping, exchange callbacks). Created from Camel's
     * default thread pool profile when not set. The option is a
     * java.util.concurrent.ExecutorService type: a bean reference, #bean:name or #name.
     */
    private ExecutorService workerPool;
    /**
     * Whether the component adds a readiness check per workspace and credentials its endpoints use
     * to Camel's health checks (when the application has them: camel-health, camel.health.enabled).
     */
    private Boolean healthCheckEnabled;
    /**
     * How long a workspace health check reuses its last probe, in milliseconds: however often the
     * health endpoint is asked, each workspace sees at most one probe per interval.
     */
    private Long healthCheckInterval;
    /**
     * Allow plain http:// to hosts other than loopback (credentials then travel unencrypted).
     */
    private Boolean allowInsecureHttp;
    /**
     * Use only this authentication method (the SDKs' auth_type; DATABRICKS_AUTH_TYPE when unset);
     * by default the first one configured, in the SDKs' order.
     */
    private String authType;
    /**
     * Azure AD service principal (application) id. A secret: it has no default; set it from the
     * environment or a vault with a ${...} placeholder rather than in a file under version control.
     * The component never logs it.
     */
    private String azureClientId;
    /**
     * Azure AD service principal secret. A secret: it has no default; set it from the environment
     * or a vault with a ${...} placeholder rather than in a file under version control. The
     * component never logs it.
     */
    private String azureClientSecret;
    /**
     * Azure AD login host (change for sovereign clouds).
     */
    private String azureLoginHost;
    /**
     * Azure instance metadata service token endpoint used for managed identity.
     */
    private String azureMsiEndpoint;
    /**
     * Azure AD tenant id of the service principal.
     */
    private String azureTenantId;
    /**
     * Authenticate as the Azure managed identity of the VM or container (azure-msi); ARM_USE_MSI
     * when unset. azureClientId picks a user-assigned identity.
     */
    private Boolean azureUseMsi;
    /**
     * OAuth machine-to-machine client id (service principal application id). A secret: it has no
     * default; set it from the environment or a vault with a ${...} placeholder rather than in a
     * file under version control. The component never logs it.
     */
    private String clientId;
    /**
     * OAuth machine-to-machine client secret. A secret: it has no default; set it from the
     * environment or a vault with a ${...} placeholder rather than in a file under version control.
     * The component never logs it.
     */
    private String clientSecret;
    /**
     * Path of the Databricks config file; defaults to DATABRICKS_CONFIG_FILE, then /.databrickscfg.
     */
    private String configFile;
    /**
     * Path of the databricks CLI executable (databricks-cli); DATABRICKS_CLI_PATH, then databricks
     * on PATH.
     */
    private String databricksCliPath;
    /**
     * Google service account whose ID token authenticates (google-id, from the GCE metadata server;
     * GCE_METADATA_HOST overrides its host); DATABRICKS_GOOGLE_SERVICE_ACCOUNT when unset.
     */
    private String googleServiceAccount;
    /**
     * Path of the netrc file used as last resort (machine entry for the host, Basic auth); defaults
     * to NETRC, then /.netrc.
     */
    private String netrcFile;
    /**
     * Name of the environment variable holding the workload's OIDC token (env-oidc);
     * DATABRICKS_OIDC_TOKEN_ENV, then DATABRICKS_OIDC_TOKEN.
     */
    private String oidcTokenEnv;
    /**
     * File holding the workload's OIDC token, e.g. a Kubernetes service account token (file-oidc);
     * DATABRICKS_OIDC_TOKEN_FILEPATH when unset.
     */
    private String oidcTokenFilepath;
    /**
     * Password (or token) for HTTP Basic authentication. A secret: it has no default; set it from
     * the environment or a vault with a ${...} placeholder rather than in a file under version
     * control. The component never logs it.
     */
    private String password;
    /**
     * Profile (section) of /.databrickscfg to read host and credentials from;
     * DATABRICKS_CONFIG_PROFILE is used when unset.
     */
    private String profile;
    /**
     * Personal access token or any bearer token. A secret: it has no default; set it from the
     * environment or a vault with a ${...} placeholder rather than in a file under version control.
     * The component never logs it.
     */
    private String token;
    /**
     * Audience to request the workload's OIDC token for (TOKEN_AUDIENCE); by default the account id
     * for account calls, else the workspace token endpoint.
     */
    private String tokenAudience;
    /**
     * Trust store file (PKCS12 or JKS) with the CAs to trust instead of the JVM default ones. TLS
     * verification stays on.
     */
    private String trustStore;
    /**
     * Password of the trust store. A secret: it has no default; set it from the environment or a
     * vault with a ${...} placeholder rather than in a file under version control. The component
     * never logs it.
     */
    private String trustStorePassword;
    /**
     * Trust store type (PKCS12 or JKS); defaults to the JVM's default type.
     */
    private String trustStoreType;
    /**
     * User name for HTTP Basic authentication (API 1.2's documented way). A secret: it has no
     * default; set it from the environment or a vault with a ${...} placeholder rather than in a
     * file under version control. The component never logs it.
     */
    private String username;

    /**
     * The options that were set, by the component's option name (the configuration object first, so that
     * the single options set apply to it); durations as {@link Duration}, which the component's configurer takes.
     */
    public Map<String, Object> componentOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        if (configuration != null) {
            options.put("configuration", configuration);
        }
        if (accountId != null) {
            options.put("accountId", accountId);
        }
        if (accountsHost != null) {
            options.put("accountsHost", accountsHost);
        }
        if (apiVersion != null) {
            options.put("apiVersion", apiVersion);
        }
        if (host != null) {
            options.put("host", host);
        }
        if (table != null) {
            options.put("table", table);
        }
        if (bridgeErrorHandler != null) {
            options.put("bridgeErrorHandler", bridgeErrorHandler);
        }
        if (emitExisting != null) {
            options.put("emitExisting", emitExisting);
        }
        if (eventTypes != null) {
            options.put("eventTypes", eventTypes);
        }
        if (idempotentRepository != null) {
            options.put("idempotentRepository", idempotentRepository);
        }
        if (resultState != null) {
            options.put("resultState", resultState);
        }
        if (since != null) {
            options.put("since", since);
        }
        if (sql != null) {
            options.put("sql", sql);
        }
        if (autoStart != null) {
            options.put("autoStart", autoStart);
        }
        if (businessKey != null) {
            options.put("businessKey", businessKey);
        }
        if (camelTags != null) {
            options.put("camelTags", camelTags);
        }
        if (cancelOnStop != null) {
            options.put("cancelOnStop", cancelOnStop);
        }
        if (cancelOnTimeout != null) {
            options.put("cancelOnTimeout", cancelOnTimeout);
        }
        if (cancelPreviousRuns != null) {
            options.put("cancelPreviousRuns", cancelPreviousRuns);
        }
        if (catalogName != null) {
            options.put("catalogName", catalogName);
        }
        if (clusterId != null) {
            options.put("clusterId", clusterId);
        }
        if (commandId != null) {
            options.put("commandId", commandId);
        }
        if (commandTimeout != null) {
            options.put("commandTimeout", commandTimeout);
        }
        if (contextId != null) {
            options.put("contextId", contextId);
        }
        if (contextPolicy != null) {
            options.put("contextPolicy", contextPolicy);
        }
        if (copyOptions != null) {
            options.put("copyOptions", copyOptions);
        }
        if (definition != null) {
            options.put("definition", definition);
        }
        if (experimentId != null) {
            options.put("experimentId", experimentId);
        }
        if (fetchOutput != null) {
            options.put("fetchOutput", fetchOutput);
        }
        if (fileFormat != null) {
            options.put("fileFormat", fileFormat);
        }
        if (fileLocation != null) {
            options.put("fileLocation", fileLocation);
        }
        if (formatOptions != null) {
            options.put("formatOptions", formatOptions);
        }
        if (formEncoding != null) {
            options.put("formEncoding", formEncoding);
        }
        if (fullName != null) {
            options.put("fullName", fullName);
        }
        if (httpMethod != null) {
            options.put("httpMethod", httpMethod);
        }
        if (instancePoolId != null) {
            options.put("instancePoolId", instancePoolId);
        }
        if (jobId != null) {
            options.put("jobId", jobId);
        }
        if (jobName != null) {
            options.put("jobName", jobName);
        }
        if (key != null) {
            options.put("key", key);
        }
        if (language != null) {
            options.put("language", language);
        }
        if (lazyStartProducer != null) {
            options.put("lazyStartProducer", lazyStartProducer);
        }
        if (localPath != null) {
            options.put("localPath", localPath);
        }
        if (name != null) {
            options.put("name", name);
        }
        if (outputClass != null) {
            options.put("outputClass", outputClass);
        }
        if (overwrite != null) {
            options.put("overwrite", overwrite);
        }
        if (paginate != null) {
            options.put("paginate", paginate);
        }
        if (params != null) {
            options.put("params", params);
        }
        if (path != null) {
            options.put("path", path);
        }
        if (pipelineId != null) {
            options.put("pipelineId", pipelineId);
        }
        if (policyId != null) {
            options.put("policyId", policyId);
        }
        if (repairAttempts != null) {
            options.put("repairAttempts", repairAttempts);
        }
        if (runId != null) {
            options.put("runId", runId);
        }
        if (runTimeout != null) {
            options.put("runTimeout", runTimeout);
        }
        if (schemaName != null) {
            options.put("schemaName", schemaName);
        }
        if (scope != null) {
            options.put("scope", scope);
        }
        if (sparkVersion != null) {
            options.put("sparkVersion", sparkVersion);
        }
        if (statementId != null) {
            options.put("statementId", statementId);
        }
        if (statementWaitTimeout != null) {
            options.put("statementWaitTimeout", statementWaitTimeout);
        }
        if (streamList != null) {
            options.put("streamList", streamList);
        }
        if (waitForCompletion != null) {
            options.put("waitForCompletion", waitForCompletion);
        }
        if (waitForState != null) {
            options.put("waitForState", waitForState);
        }
        if (waitTimeout != null) {
            options.put("waitTimeout", waitTimeout);
        }
        if (warehouseId != null) {
            options.put("warehouseId", warehouseId);
        }
        if (stateRepository != null) {
            options.put("stateRepository", stateRepository);
        }
        if (synchronous != null) {
            options.put("synchronous", synchronous);
        }
        if (autowiredEnabled != null) {
            options.put("autowiredEnabled", autowiredEnabled);
        }
        if (connectTimeout != null) {
            options.put("connectTimeout", connectTimeout);
        }
        if (environment != null) {
            options.put("environment", environment);
        }
        if (initialRetryDelay != null) {
            options.put("initialRetryDelay", initialRetryDelay);
        }
        if (maxPollInterval != null) {
            options.put("maxPollInterval", maxPollInterval);
        }
        if (maxQueuedCalls != null) {
            options.put("maxQueuedCalls", maxQueuedCalls);
        }
        if (maxRetries != null) {
            options.put("maxRetries", maxRetries);
        }
        if (maxRetryDelay != null) {
            options.put("maxRetryDelay", maxRetryDelay);
        }
        if (pollInterval != null) {
            options.put("pollInterval", pollInterval);
        }
        if (rateLimit != null) {
            options.put("rateLimit", rateLimit);
        }
        if (requestTimeout != null) {
            options.put("requestTimeout", requestTimeout);
        }
        if (retryTimeout != null) {
            options.put("retryTimeout", retryTimeout);
        }
        if (waitLogThreshold != null) {
            options.put("waitLogThreshold", waitLogThreshold);
        }
        if (workerPool != null) {
            options.put("workerPool", workerPool);
        }
        if (healthCheckEnabled != null) {
            options.put("healthCheckEnabled", healthCheckEnabled);
        }
        if (healthCheckInterval != null) {
            options.put("healthCheckInterval", healthCheckInterval);
        }
        if (allowInsecureHttp != null) {
            options.put("allowInsecureHttp", allowInsecureHttp);
        }
        if (authType != null) {
            options.put("authType", authType);
        }
        if (azureClientId != null) {
            options.put("azureClientId", azureClientId);
        }
        if (azureClientSecret != null) {
            options.put("azureClientSecret", azureClientSecret);
        }
        if (azureLoginHost != null) {
            options.put("azureLoginHost", azureLoginHost);
        }
        if (azureMsiEndpoint != null) {
            options.put("azureMsiEndpoint", azureMsiEndpoint);
        }
        if (azureTenantId != null) {
            options.put("azureTenantId", azureTenantId);
        }
        if (azureUseMsi != null) {
            options.put("azureUseMsi", azureUseMsi);
        }
        if (clientId != null) {
            options.put("clientId", clientId);
        }
        if (clientSecret != null) {
            options.put("clientSecret", clientSecret);
        }
        if (configFile != null) {
            options.put("configFile", configFile);
        }
        if (databricksCliPath != null) {
            options.put("databricksCliPath", databricksCliPath);
        }
        if (googleServiceAccount != null) {
            options.put("googleServiceAccount", googleServiceAccount);
        }
        if (netrcFile != null) {
            options.put("netrcFile", netrcFile);
        }
        if (oidcTokenEnv != null) {
            options.put("oidcTokenEnv", oidcTokenEnv);
        }
        if (oidcTokenFilepath != null) {
            options.put("oidcTokenFilepath", oidcTokenFilepath);
        }
        if (password != null) {
            options.put("password", password);
        }
        if (profile != null) {
            options.put("profile", profile);
        }
        if (token != null) {
            options.put("token", token);
        }
        if (tokenAudience != null) {
            options.put("tokenAudience", tokenAudience);
        }
        if (trustStore != null) {
            options.put("trustStore", trustStore);
        }
        if (trustStorePassword != null) {
            options.put("trustStorePassword", trustStorePassword);
        }
        if (trustStoreType != null) {
            options.put("trustStoreType", trustStoreType);
        }
        if (username != null) {
            options.put("username", username);
        }
        return options;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getAccountsHost() {
        return accountsHost;
    }

    public void setAccountsHost(String accountsHost) {
        this.accountsHost = accountsHost;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public DatabricksConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(DatabricksConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getEmitExisting() {
        return emitExisting;
    }

    public void setEmitExisting(Boolean emitExisting) {
        this.emitExisting = emitExisting;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getResultState() {
        return resultState;
    }

    public void setResultState(String resultState) {
        this.resultState = resultState;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public String getSql() {
        return sql;
    }

    public void setSql(String sql) {
        this.sql = sql;
    }

    public Boolean getAutoStart() {
        return autoStart;
    }

    public void setAutoStart(Boolean autoStart) {
        this.autoStart = autoStart;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public void setBusinessKey(String businessKey) {
        this.businessKey = businessKey;
    }

    public Boolean getCamelTags() {
        return camelTags;
    }

    public void setCamelTags(Boolean camelTags) {
        this.camelTags = camelTags;
    }

    public Boolean getCancelOnStop() {
        return cancelOnStop;
    }

    public void setCancelOnStop(Boolean cancelOnStop) {
        this.cancelOnStop = cancelOnStop;
    }

    public Boolean getCancelOnTimeout() {
        return cancelOnTimeout;
    }

    public void setCancelOnTimeout(Boolean cancelOnTimeout) {
        this.cancelOnTimeout = cancelOnTimeout;
    }

    public Boolean getCancelPreviousRuns() {
        return cancelPreviousRuns;
    }

    public void setCancelPreviousRuns(Boolean cancelPreviousRuns) {
        this.cancelPreviousRuns = cancelPreviousRuns;
    }

    public String getCatalogName() {
        return catalogName;
    }

    public void setCatalogName(String catalogName) {
        this.catalogName = catalogName;
    }

    public String getClusterId() {
        return clusterId;
    }

    public void setClusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    public String getCommandId() {
        return commandId;
    }

    public void setCommandId(String commandId) {
        this.commandId = commandId;
    }

    public Duration getCommandTimeout() {
        return commandTimeout;
    }

    public void setCommandTimeout(Duration commandTimeout) {
        this.commandTimeout = commandTimeout;
    }

    public String getContextId() {
        return contextId;
    }

    public void setContextId(String contextId) {
        this.contextId = contextId;
    }

    public String getContextPolicy() {
        return contextPolicy;
    }

    public void setContextPolicy(String contextPolicy) {
        this.contextPolicy = contextPolicy;
    }

    public Map<String, Object> getCopyOptions() {
        return copyOptions;
    }

    public void setCopyOptions(Map<String, Object> copyOptions) {
        this.copyOptions = copyOptions;
    }

    public Object getDefinition() {
        return definition;
    }

    public void setDefinition(Object definition) {
        this.definition = definition;
    }

    public String getExperimentId() {
        return experimentId;
    }

    public void setExperimentId(String experimentId) {
        this.experimentId = experimentId;
    }

    public Boolean getFetchOutput() {
        return fetchOutput;
    }

    public void setFetchOutput(Boolean fetchOutput) {
        this.fetchOutput = fetchOutput;
    }

    public String getFileFormat() {
        return fileFormat;
    }

    public void setFileFormat(String fileFormat) {
        this.fileFormat = fileFormat;
    }

    public String getFileLocation() {
        return fileLocation;
    }

    public void setFileLocation(String fileLocation) {
        this.fileLocation = fileLocation;
    }

    public Map<String, Object> getFormatOptions() {
        return formatOptions;
    }

    public void setFormatOptions(Map<String, Object> formatOptions) {
        this.formatOptions = formatOptions;
    }

    public Boolean getFormEncoding() {
        return formEncoding;
    }

    public void setFormEncoding(Boolean formEncoding) {
        this.formEncoding = formEncoding;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getInstancePoolId() {
        return instancePoolId;
    }

    public void setInstancePoolId(String instancePoolId) {
        this.instancePoolId = instancePoolId;
    }

    public Long getJobId() {
        return jobId;
    }

    public void setJobId(Long jobId) {
        this.jobId = jobId;
    }

    public String getJobName() {
        return jobName;
    }

    public void setJobName(String jobName) {
        this.jobName = jobName;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getLocalPath() {
        return localPath;
    }

    public void setLocalPath(String localPath) {
        this.localPath = localPath;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public Boolean getOverwrite() {
        return overwrite;
    }

    public void setOverwrite(Boolean overwrite) {
        this.overwrite = overwrite;
    }

    public Boolean getPaginate() {
        return paginate;
    }

    public void setPaginate(Boolean paginate) {
        this.paginate = paginate;
    }

    public Map<String, Object> getParams() {
        return params;
    }

    public void setParams(Map<String, Object> params) {
        this.params = params;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(String pipelineId) {
        this.pipelineId = pipelineId;
    }

    public String getPolicyId() {
        return policyId;
    }

    public void setPolicyId(String policyId) {
        this.policyId = policyId;
    }

    public Integer getRepairAttempts() {
        return repairAttempts;
    }

    public void setRepairAttempts(Integer repairAttempts) {
        this.repairAttempts = repairAttempts;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public Duration getRunTimeout() {
        return runTimeout;
    }

    public void setRunTimeout(Duration runTimeout) {
        this.runTimeout = runTimeout;
    }

    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getSparkVersion() {
        return sparkVersion;
    }

    public void setSparkVersion(String sparkVersion) {
        this.sparkVersion = sparkVersion;
    }

    public String getStatementId() {
        return statementId;
    }

    public void setStatementId(String statementId) {
        this.statementId = statementId;
    }

    public String getStatementWaitTimeout() {
        return statementWaitTimeout;
    }

    public void setStatementWaitTimeout(String statementWaitTimeout) {
        this.statementWaitTimeout = statementWaitTimeout;
    }

    public Boolean getStreamList() {
        return streamList;
    }

    public void setStreamList(Boolean streamList) {
        this.streamList = streamList;
    }

    public Boolean getWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(Boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public String getWaitForState() {
        return waitForState;
    }

    public void setWaitForState(String waitForState) {
        this.waitForState = waitForState;
    }

    public Duration getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(Duration waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public String getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(String warehouseId) {
        this.warehouseId = warehouseId;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public Boolean getSynchronous() {
        return synchronous;
    }

    public void setSynchronous(Boolean synchronous) {
        this.synchronous = synchronous;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public DatabricksEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(DatabricksEnvironment environment) {
        this.environment = environment;
    }

    public Duration getInitialRetryDelay() {
        return initialRetryDelay;
    }

    public void setInitialRetryDelay(Duration initialRetryDelay) {
        this.initialRetryDelay = initialRetryDelay;
    }

    public Duration getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(Duration maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public Integer getMaxQueuedCalls() {
        return maxQueuedCalls;
    }

    public void setMaxQueuedCalls(Integer maxQueuedCalls) {
        this.maxQueuedCalls = maxQueuedCalls;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Double getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(Double rateLimit) {
        this.rateLimit = rateLimit;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Duration getRetryTimeout() {
        return retryTimeout;
    }

    public void setRetryTimeout(Duration retryTimeout) {
        this.retryTimeout = retryTimeout;
    }

    public Duration getWaitLogThreshold() {
        return waitLogThreshold;
    }

    public void setWaitLogThreshold(Duration waitLogThreshold) {
        this.waitLogThreshold = waitLogThreshold;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public Boolean getHealthCheckEnabled() {
        return healthCheckEnabled;
    }

    public void setHealthCheckEnabled(Boolean healthCheckEnabled) {
        this.healthCheckEnabled = healthCheckEnabled;
    }

    public Long getHealthCheckInterval() {
        return healthCheckInterval;
    }

    public void setHealthCheckInterval(Long healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public String getAuthType() {
        return authType;
    }

    public void setAuthType(String authType) {
        this.authType = authType;
    }

    public String getAzureClientId() {
        return azureClientId;
    }

    public void setAzureClientId(String azureClientId) {
        this.azureClientId = azureClientId;
    }

    public String getAzureClientSecret() {
        return azureClientSecret;
    }

    public void setAzureClientSecret(String azureClientSecret) {
        this.azureClientSecret = azureClientSecret;
    }

    public String getAzureLoginHost() {
        return azureLoginHost;
    }

    public void setAzureLoginHost(String azureLoginHost) {
        this.azureLoginHost = azureLoginHost;
    }

    public String getAzureMsiEndpoint() {
        return azureMsiEndpoint;
    }

    public void setAzureMsiEndpoint(String azureMsiEndpoint) {
        this.azureMsiEndpoint = azureMsiEndpoint;
    }

    public String getAzureTenantId() {
        return azureTenantId;
    }

    public void setAzureTenantId(String azureTenantId) {
        this.azureTenantId = azureTenantId;
    }

    public Boolean getAzureUseMsi() {
        return azureUseMsi;
    }

    public void setAzureUseMsi(Boolean azureUseMsi) {
        this.azureUseMsi = azureUseMsi;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getConfigFile() {
        return configFile;
    }

    public void setConfigFile(String configFile) {
        this.configFile = configFile;
    }

    public String getDatabricksCliPath() {
        return databricksCliPath;
    }

    public void setDatabricksCliPath(String databricksCliPath) {
        this.databricksCliPath = databricksCliPath;
    }

    public String getGoogleServiceAccount() {
        return googleServiceAccount;
    }

    public void setGoogleServiceAccount(String googleServiceAccount) {
        this.googleServiceAccount = googleServiceAccount;
    }

    public String getNetrcFile() {
        return netrcFile;
    }

    public void setNetrcFile(String netrcFile) {
        this.netrcFile = netrcFile;
    }

    public String getOidcTokenEnv() {
        return oidcTokenEnv;
    }

    public void setOidcTokenEnv(String oidcTokenEnv) {
        this.oidcTokenEnv = oidcTokenEnv;
    }

    public String getOidcTokenFilepath() {
        return oidcTokenFilepath;
    }

    public void setOidcTokenFilepath(String oidcTokenFilepath) {
        this.oidcTokenFilepath = oidcTokenFilepath;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getTokenAudience() {
        return tokenAudience;
    }

    public void setTokenAudience(String tokenAudience) {
        this.tokenAudience = tokenAudience;
    }

    public String getTrustStore() {
        return trustStore;
    }

    public void setTrustStore(String trustStore) {
        this.trustStore = trustStore;
    }

    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    public String getTrustStoreType() {
        return trustStoreType;
    }

    public void setTrustStoreType(String trustStoreType) {
        this.trustStoreType = trustStoreType;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
