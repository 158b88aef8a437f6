package dev.lakeroute.camel.databricks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import dev.lakeroute.camel.databricks.request.RequestField;

/**
 * Every option of the component. The component holds one instance as defaults; each endpoint works on a
 * {@link #copy()} with its URI options applied. Credentials are {@code secret = true} and their names are
 * ones Camel masks in logged URIs; {@link #toString()} shows no values at all. The options marked
 * {@link RequestField} are request fields, sent under the name the operation uses.
 */
@Configurer
@UriParams
public class DatabricksConfiguration implements Cloneable {

    @UriParam(label = "common", description = "Workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net. A host without scheme gets https://. Plain http:// is accepted only for loopback hosts unless allowInsecureHttp=true. Falls back to the profile's host, then DATABRICKS_HOST.")
    private String host;

    @UriParam(label = "common", defaultValue = "https://accounts.cloud.databricks.com", description = "Accounts console URL used by account-scope operations (accounts/...).")
    private String accountsHost = "https://accounts.cloud.databricks.com";

    @UriParam(label = "common", description = "Databricks account id, required by account-scope operations (fills {account_id}). Falls back to the profile's account_id, then DATABRICKS_ACCOUNT_ID.")
    private String accountId;

    @UriParam(label = "common", description = "API version to call instead of the one the catalogue names: clusters accepts 2.0 or 2.1, jobs 2.0, 2.1 or 2.2; other operations only their catalogue version.")
    private String apiVersion;

    @UriParam(label = "producer", description = "Cluster id, sent as cluster_id (clusterId for API 1.2 operations).")
    @RequestField("cluster_id")
    private String clusterId;

    @UriParam(label = "producer", description = "API 1.2 execution context id (contextId).")
    @RequestField("context_id")
    private String contextId;

    @UriParam(label = "producer", description = "API 1.2 command id (commandId).")
    @RequestField("command_id")
    private String commandId;

    @UriParam(label = "producer", description = "Language of databricks:command and the language field of API 1.2 contexts/create and commands/execute: scala, python, sql or r. The URI may also call it lang (databricks:command?lang=scala).")
    @RequestField(value = "language", alias = "lang")
    private String language;

    @UriParam(label = "producer", description = "Job id, sent as job_id.")
    @RequestField("job_id")
    private Long jobId;

    @UriParam(label = "producer", description = "Run id, sent as run_id.")
    @RequestField("run_id")
    private Long runId;

    @UriParam(label = "producer", description = "The operation's path field (DBFS, workspace, repos, ...). For databricks:raw, the request path, e.g. /api/2.0/clusters/list.")
    @RequestField("path")
    private String path;

    @UriParam(label = "producer", description = "SQL warehouse id, sent as warehouse_id.")
    @RequestField("warehouse_id")
    private String warehouseId;

    @UriParam(label = "producer", description = "SQL statement id, sent as statement_id.")
    @RequestField("statement_id")
    private String statementId;

    @UriParam(label = "producer", description = "The operation's name field or {name} path parameter (Unity Catalog catalogs and volumes, serving endpoints, ...).")
    @RequestField("name")
    private String name;

    @UriParam(label = "producer", description = "Unity Catalog full name, sent as full_name (e.g. main.default).")
    @RequestField("full_name")
    private String fullName;

    @UriParam(label = "producer", description = "Unity Catalog catalog name, sent as catalog_name.")
    @RequestField("catalog_name")
    private String catalogName;

    @UriParam(label = "producer", description = "Unity Catalog schema name, sent as schema_name.")
    @RequestField("schema_name")
    private String schemaName;

    @UriParam(label = "producer", description = "Instance pool id, sent as instance_pool_id.")
    @RequestField("instance_pool_id")
    private String instancePoolId;

    @UriParam(label = "producer", description = "Cluster policy id, sent as policy_id.")
    @RequestField("policy_id")
    private String policyId;

    @UriParam(label = "producer", description = "Pipeline id, sent as pipeline_id.")
    @RequestField("pipeline_id")
    private String pipelineId;

    @UriParam(label = "producer", description = "MLflow experiment id, sent as experiment_id.")
    @RequestField("experiment_id")
    private String experimentId;

    @UriParam(label = "producer", description = "Secret scope name, sent as scope.")
    @RequestField("scope")
    private String scope;

    @UriParam(label = "producer", description = "Secret key name, sent as key.")
    @RequestField("key")
    private String key;

    @UriParam(label = "producer", description = "Extra request fields passed verbatim: param.page_size=10 sends page_size. They go where the operation expects them: path parameter, query string or JSON body.", prefix = "param.", multiValue = true)
    private Map<String, Object> params = new LinkedHashMap<>();

    @UriParam(label = "producer", description = "HTTP method of databricks:raw.", enums = "GET,POST,PUT,PATCH,DELETE,HEAD")
    private String httpMethod;

    @UriParam(label = "producer", defaultValue = "false", description = "Send API 1.2 POST operations form-encoded (application/x-www-form-urlencoded) instead of JSON; both are accepted by Databricks.")
    private boolean formEncoding = false;

    @UriParam(label = "producer", description = "Type of the response body: Map or List (default, parsed JSON), String (the raw JSON text), JsonNode, byte[], or a fully qualified class name to bind the JSON to.")
    private String outputClass;

    @UriParam(label = "producer", defaultValue = "false", description = "Follow all pages (next_page_token, has_more with offset, or SCIM startIndex) and return all items as one List.")
    private boolean paginate = false;

    @UriParam(label = "producer", defaultValue = "false", description = "Return the items as an Iterator (pages fetched lazily when paginate=true), for use with split(body()).")
    private boolean streamList = false;

    @UriParam(label = "advanced", defaultValue = "3", description = "Retries after the first attempt for 429, 503 and connection failures (0 disables retries).")
    private int maxRetries = 3;

    @UriParam(label = "advanced", defaultValue = "300000", description = "Upper bound on the time spent retrying one call, including Retry-After waits.", javaType = "java.time.Duration")
    private long retryTimeout = 300000;

    @UriParam(label = "advanced", defaultValue = "1000", description = "First backoff delay when the server gives no Retry-After; doubles per retry, with jitter.", javaType = "java.time.Duration")
    private long initialRetryDelay = 1000;

    @UriParam(label = "advanced", defaultValue = "10000", description = "Largest backoff delay between two attempts.", javaType = "java.time.Duration")
    private long maxRetryDelay = 10000;

    @UriParam(label = "advanced", defaultValue = "0", description = "Client-side limit in requests per second per host and operation family (clusters, jobs, ...), shared by all endpoints of the component. 0 disables it.")
    private double rateLimit = 0;

    @UriParam(label = "advanced", defaultValue = "0", description = "With rateLimit: the most calls that may wait for their turn per host and operation family; one more fails at once with DatabricksRateLimitQueueFullException instead of waiting. 0 lets every call wait its turn.")
    private int maxQueuedCalls = 0;

    @UriParam(label = "producer,advanced", defaultValue = "false", description = "Whether the calling thread waits for the step and continues the route itself, as Camel's synchronous processing does, instead of being released while the component's worker pool finishes the exchange. Saves a thread hand-off per call for routes that block their caller anyway (a ProducerTemplate request, a timer, a transacted route); a wait of minutes then holds that thread for minutes, so thousands of concurrent waits want the default.")
    private boolean synchronous;

    @UriParam(label = "advanced", defaultValue = "10000", description = "Timeout to establish a connection.", javaType = "java.time.Duration")
    private long connectTimeout = 10000;

    @UriParam(label = "advanced", defaultValue = "60000", description = "Timeout for one HTTP exchange (each attempt).", javaType = "java.time.Duration")
    private long requestTimeout = 60000;

    @UriParam(label = "security", defaultValue = "false", description = "Allow plain http:// to hosts other than loopback (credentials then travel unencrypted).")
    private boolean allowInsecureHttp = false;

    @UriParam(label = "security", description = "Trust store file (PKCS12 or JKS) with the CAs to trust instead of the JVM default ones. TLS verification stays on.")
    private String trustStore;

    @UriParam(label = "security", description = "Password of the trust store.", secret = true)
    private String trustStorePassword;

    @UriParam(label = "security", description = "Trust store type (PKCS12 or JKS); defaults to the JVM's default type.")
    private String trustStoreType;

    @UriParam(label = "security", description = "Personal access token or any bearer token.", secret = true)
    private String token;

    @UriParam(label = "security", description = "User name for HTTP Basic authentication (API 1.2's documented way).", secret = true)
    private String username;

    @UriParam(label = "security", description = "Password (or token) for HTTP Basic authentication.", secret = true)
    private String password;

    @UriParam(label = "security", description = "OAuth machine-to-machine client id (service principal application id).", secret = true)
    private String clientId;

    @UriParam(label = "security", description = "OAuth machine-to-machine client secret.", secret = true)
    private String clientSecret;

    @UriParam(label = "security", description = "Azure AD tenant id of the service principal.")
    private String azureTenantId;

    @UriParam(label = "security", description = "Azure AD service principal (application) id.", secret = true)
    private String azureClientId;

    @UriParam(label = "security", description = "Azure AD service principal secret.", secret = true)
    private String azureClientSecret;

    @UriParam(label = "security", defaultValue = "https://login.microsoftonline.com", description = "Azure AD login host (change for sovereign clouds).")
    private String azureLoginHost = "https://login.microsoftonline.com";

    @UriParam(label = "security", enums = "pat,basic,oauth-m2m,env-oidc,file-oidc,github-oidc,azure-devops-oidc,azure-msi,azure-client-secret,azure-cli,databricks-cli,google-id",
            description = "Use only this authentication method (the SDKs' auth_type; DATABRICKS_AUTH_TYPE when unset); by default the first one configured, in the SDKs' order.")
    private String authType;

    @UriParam(label = "security", description = "Name of the environment variable holding the workload's OIDC token (env-oidc); DATABRICKS_OIDC_TOKEN_ENV, then DATABRICKS_OIDC_TOKEN.")
    private String oidcTokenEnv;

    @UriParam(label = "security", description = "File holding the workload's OIDC token, e.g. a Kubernetes service account token (file-oidc); DATABRICKS_OIDC_TOKEN_FILEPATH when unset.")
    private String oidcTokenFilepath;

    @UriParam(label = "security", description = "Audience to request the workload's OIDC token for (TOKEN_AUDIENCE); by default the account id for account calls, else the workspace token endpoint.")
    private String tokenAudience;

    @UriParam(label = "security", description = "Authenticate as the Azure managed identity of the VM or container (azure-msi); ARM_USE_MSI when unset. azureClientId picks a user-assigned identity.")
    private boolean azureUseMsi;

    @UriParam(label = "security", defaultValue = "http://169.254.169.254/metadata/identity/oauth2/token", description = "Azure instance metadata service token endpoint used for managed identity.")
    private String azureMsiEndpoint = "http://169.254.169.254/metadata/identity/oauth2/token";

    @UriParam(label = "security", description = "Path of the databricks CLI executable (databricks-cli); DATABRICKS_CLI_PATH, then databricks on PATH.")
    private String databricksCliPath;

    @UriParam(label = "security", description = "Google service account whose ID token authenticates (google-id, from the GCE metadata server; GCE_METADATA_HOST overrides its host); DATABRICKS_GOOGLE_SERVICE_ACCOUNT when unset.")
    private String googleServiceAccount;

    @UriParam(label = "security", description = "Profile (section) of ~/.databrickscfg to read host and credentials from; DATABRICKS_CONFIG_PROFILE is used when unset.")
    private String profile;

    @UriParam(label = "security", description = "Path of the Databricks config file; defaults to DATABRICKS_CONFIG_FILE, then ~/.databrickscfg.")
    private String configFile;

    @UriParam(label = "security", description = "Path of the netrc file used as last resort (machine entry for the host, Basic auth); defaults to NETRC, then ~/.netrc.")
    private String netrcFile;

    @UriParam(label = "producer", description = "Overwrite an existing file (dbfs/put, dbfs/create, fs/files/upload), sent as overwrite.")
    @RequestField("overwrite")
    private Boolean overwrite;

    @UriParam(label = "producer", defaultValue = "shared", enums = "shared,perExchange,header", description = "databricks:command: shared = one execution context per endpoint, created lazily, re-created when the cluster lost it and destroyed when the route stops; perExchange = a context created and destroyed around each message; header = the context named by the CamelDatabricksContextId header (the route owns it).")
    private String contextPolicy = "shared";

    @UriParam(label = "producer", defaultValue = "0", description = "databricks:command: cancel the command (commands/cancel) and fail the exchange when it has not finished after this long. 0 waits without limit.", javaType = "java.time.Duration")
    private long commandTimeout;

    @UriParam(label = "producer", defaultValue = "false", description = "databricks:command: start the cluster when it is TERMINATED and wait until it is RUNNING before creating the execution context.")
    private boolean autoStart;

    @UriParam(label = "producer", defaultValue = "true", description = "jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: wait until the run reaches a terminal state; a run that does not end in SUCCESS fails the exchange with DatabricksRunFailedException. false returns the call's answer at once.")
    private boolean waitForCompletion = true;

    @UriParam(label = "producer", defaultValue = "false", description = "jobs/runs/submit, jobs/run-now and jobs/runs/repair: after a successful run, return jobs/runs/get-output as the body (for runs of several tasks, a Map of task_key to that task's output).")
    private boolean fetchOutput;

    @UriParam(label = "producer", defaultValue = "0", description = "jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: cancel the run (jobs/runs/cancel) and fail the exchange when it has not ended after this long (each repair gets this long again). 0 waits without limit.", javaType = "java.time.Duration")
    private long runTimeout;

    @UriParam(label = "producer", defaultValue = "0", description = "jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: when the run ends with failed tasks, repair it (jobs/runs/repair with rerun_all_failed_tasks) and wait again, up to this many times. The DatabricksRunFailedException after the last attempt lists every attempt's failed tasks. Cancelled and skipped runs are not repaired.")
    private int repairAttempts;

    @UriParam(label = "producer", description = "jobs/run-now: the name of the job to run, looked up with jobs/list?name= (whole name, ignoring case); no job or several of that name fail the message, naming their ids. Instead of jobId.")
    private String jobName;

    @UriParam(label = "producer", defaultValue = "false", description = "jobs/run-now and databricks:workflow: first cancel the job's active runs (jobs/runs/cancel-all) and wait until they ended (at most waitTimeout), then start the new run.")
    private boolean cancelPreviousRuns;

    @UriParam(label = "producer", description = "databricks:workflow: the job definition (jobs/create settings: name, tasks with depends_on and run_if, job_clusters ...): a resource (classpath:workflows/nightly.json, file:...) holding its JSON, or a bean (#nightly) that is a Map, a JSON String or a DatabricksWorkflow. Unset, the message body is the definition.")
    private Object definition;

    @UriParam(label = "producer", defaultValue = "true", description = "sql/statements/execute: send the Camel context as query_tags camel_route_id, camel_exchange_id and camel_business_key (the CamelDatabricksBusinessKey header, else the businessKey option); query tags the request already has win. (jobs/runs/submit and jobs/run-now have no tag field; databricks:workflow always tags its job with camel_route_id and camel_definition_hash.)")
    private boolean camelTags = true;

    @UriParam(label = "producer", description = "A business key (order number, batch date ...) sent as the camel_business_key query tag of sql/statements/execute; the CamelDatabricksBusinessKey header overrides it per message.")
    private String businessKey;

    @UriParam(label = "producer", defaultValue = "true", description = "jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: cancel the runs still being waited for when the route stops.")
    private boolean cancelOnStop = true;

    @UriParam(label = "producer", defaultValue = "true", description = "Runs (jobs/runs/submit, jobs/run-now) and SQL statements: when the wait gives up (runTimeout, waitTimeout), cancel the run or statement this exchange started, so nothing keeps running unseen. false leaves it running; the exception and the CamelDatabricksRemoteState header then say RUNNING.")
    private boolean cancelOnTimeout = true;

    @UriParam(label = "producer", enums = "RUNNING,TERMINATED,INSTALLED,STOPPED", description = "Wait until the call took effect: RUNNING for clusters/create, start, restart, resize and edit; TERMINATED for clusters/delete; INSTALLED for libraries/install; RUNNING for sql/warehouses/create, start and edit; STOPPED for sql/warehouses/stop. Unset returns the call's answer at once.")
    private String waitForState;

    @UriParam(label = "producer", description = "clusters/create and clusters/edit: spark_version, or latest-lts / latest to pick the highest (LTS) runtime clusters/spark-versions offers.")
    private String sparkVersion;

    @UriParam(label = "producer", defaultValue = "1200000", description = "Longest wait for a cluster or SQL warehouse state (waitForState), libraries to install, a SQL statement or an API 1.2 context to become ready, before the exchange fails with DatabricksTimeoutException.", javaType = "java.time.Duration")
    private long waitTimeout = 1200000;

    @UriParam(label = "producer", defaultValue = "10s", description = "sql/statements/execute: the server-side wait_timeout of the first request (0s, or 5s to 50s) before the component polls sql/statements/get.")
    private String statementWaitTimeout = "10s";

    @UriParam(label = "producer,advanced", description = "sql/statements/execute and databricks:command exactly once per message: a Camel StateRepository (e.g. #myRepo, a FileStateRepository or one in a shared database) that keeps the statement or command each message started. A redelivered message (same CamelDatabricksIdempotencyToken, or same message id) re-attaches to it and gets its result instead of running it again; a restart, or another replica sharing the repository, keeps the record.")
    private org.apache.camel.spi.StateRepository<String, String> stateRepository;

    @UriParam(label = "producer", description = "dbfs/read and fs/files/download: local file to write the content to; the body is then that java.io.File. Unset, small files (up to 1 MiB) become byte[] and larger ones an InputStream over a temporary file deleted on close.")
    private String localPath;

    @UriParam(label = "advanced", defaultValue = "1000", description = "First delay between two polls of a long-running operation (command, run, cluster, statement, library); grows up to maxPollInterval.", javaType = "java.time.Duration")
    private long pollInterval = 1000;

    @UriParam(label = "advanced", defaultValue = "10000", description = "Largest delay between two polls of a long-running operation.", javaType = "java.time.Duration")
    private long maxPollInterval = 10000;

    @UriParam(label = "advanced", defaultValue = "10000", description = "How long a wait (run, command, cluster, statement, warehouse, library, context) lasts before it is logged at INFO: once then, on every state change after that and once a minute; shorter waits log at DEBUG only, so many quick commands do not flood the log. 0 logs every wait at INFO.", javaType = "java.time.Duration")
    private long waitLogThreshold = 10000;

    // Polling consumers (from("databricks:jobs/runs/list|dbfs/list|fs/directories|clusters/events")).
    @UriParam(label = "consumer", description = "jobs/runs/list consumer: emit only runs whose result state is one of these (comma-separated: SUCCESS, FAILED, TIMEDOUT, CANCELED, SKIPPED, INTERNAL_ERROR, ...). Unset emits every terminal run.")
    private String resultState;

    @UriParam(label = "consumer", description = "Where a consumer remembers what it emitted (run ids, file path+size+modification time, cluster event timestamp+type), so a restart with the same repository does not emit it again: any org.apache.camel.spi.IdempotentRepository (memory, file, JDBC, Kafka ...). Default: an in-memory repository of the consumer's own.")
    private org.apache.camel.spi.IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer", defaultValue = "true", description = "Consumers: also emit what already existed when the consumer started (runs that had ended, files, events). false emits only what happens afterwards.")
    private boolean emitExisting = true;

    @UriParam(label = "consumer", description = "Consumers: emit only what happened at or after this: an ISO-8601 instant (2025-01-31T00:00:00Z) or a duration before the consumer starts (24h, 30m). Compared with a run's end time, a file's modification time, an event's timestamp.")
    private String since;

    @UriParam(label = "consumer", description = "clusters/events consumer: only these event types (comma-separated, e.g. RUNNING,TERMINATING,RESIZING).")
    private String eventTypes;

    // sql/copy-into and the SQL sensors (from("databricks:sql/sensor|sql/partition-sensor|sql/table-version-sensor")).
    @UriParam(label = "common", description = "sql/copy-into: the Delta table to load; sql/partition-sensor and sql/table-version-sensor consumers: the table to watch (catalog.schema.table, or a name the warehouse's current schema resolves).")
    private String table;

    @UriParam(label = "producer", description = "sql/copy-into: where the files are (dbfs:/..., /Volumes/..., s3://...), COPY INTO's FROM location.")
    private String fileLocation;

    @UriParam(label = "producer", enums = "CSV,JSON,PARQUET,AVRO,ORC,TEXT,BINARYFILE", description = "sql/copy-into: the files' format, COPY INTO's FILEFORMAT.")
    private String fileFormat;

    @UriParam(label = "producer", description = "sql/copy-into: COPY INTO's FORMAT_OPTIONS, e.g. formatOptions.header=true&formatOptions.inferSchema=true.", prefix = "formatOptions.", multiValue = true)
    private Map<String, Object> formatOptions = new LinkedHashMap<>();

    @UriParam(label = "producer", description = "sql/copy-into: COPY INTO's COPY_OPTIONS, e.g. copyOptions.force=true (load files again) or copyOptions.mergeSchema=true.", prefix = "copyOptions.", multiValue = true)
    private Map<String, Object> copyOptions = new LinkedHashMap<>();

    @UriParam(label = "consumer", description = "sql/sensor consumer: the query to poll on the warehouse (warehouseId). It emits when the query returns rows, once for each distinct result (a new or changed row set); a query that returns no rows is the condition not holding yet.")
    private String sql;

    public DatabricksConfiguration copy() {
        try {
            DatabricksConfiguration copy = (DatabricksConfiguration) super.clone();
            copy.params = new LinkedHashMap<>(params == null ? Map.of() : params);
            copy.formatOptions = new LinkedHashMap<>(formatOptions == null ? Map.of() : formatOptions);
            copy.copyOptions = new LinkedHashMap<>(copyOptions == null ? Map.of() : copyOptions);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getAccountsHost() {
        return accountsHost;
    }

    public void setAccountsHost(String accountsHost) {
        this.accountsHost = accountsHost;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getClusterId() {
        return clusterId;
    }

    public void setClusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    public String getContextId() {
        return contextId;
    }

    public void setContextId(String contextId) {
        this.contextId = contextId;
    }

    public String getCommandId() {
        return commandId;
    }

    public void setCommandId(String commandId) {
        this.commandId = commandId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getJobId() {
        return jobId;
    }

    public void setJobId(Long jobId) {
        this.jobId = jobId;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(String warehouseId) {
        this.warehouseId = warehouseId;
    }

    public String getStatementId() {
        return statementId;
    }

    public void setStatementId(String statementId) {
        this.statementId = statementId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCatalogName() {
        return catalogName;
    }

    public void setCatalogName(String catalogName) {
        this.catalogName = catalogName;
    }

    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    public String getInstancePoolId() {
        return instancePoolId;
    }

    public void setInstancePoolId(String instancePoolId) {
        this.instancePoolId = instancePoolId;
    }

    public String getPolicyId() {
        return policyId;
    }

    public void setPolicyId(String policyId) {
        this.policyId = policyId;
    }

    public String getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(String pipelineId) {
        this.pipelineId = pipelineId;
    }

    public String getExperimentId() {
        return experimentId;
    }

    public void setExperimentId(String experimentId) {
        this.experimentId = experimentId;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Map<String, Object> getParams() {
        return params;
    }

    public void setParams(Map<String, Object> params) {
        this.params = params;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public boolean isFormEncoding() {
        return formEncoding;
    }

    public void setFormEncoding(boolean formEncoding) {
        this.formEncoding = formEncoding;
    }

    public String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public boolean isPaginate() {
        return paginate;
    }

    public void setPaginate(boolean paginate) {
        this.paginate = paginate;
    }

    public boolean isStreamList() {
        return streamList;
    }

    public void setStreamList(boolean streamList) {
        this.streamList = streamList;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryTimeout() {
        return retryTimeout;
    }

    public void setRetryTimeout(long retryTimeout) {
        this.retryTimeout = retryTimeout;
    }

    public long getInitialRetryDelay() {
        return initialRetryDelay;
    }

    public void setInitialRetryDelay(long initialRetryDelay) {
        this.initialRetryDelay = initialRetryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public double getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(double rateLimit) {
        this.rateLimit = rateLimit;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
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

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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

    public String getAzureTenantId() {
        return azureTenantId;
    }

    public void setAzureTenantId(String azureTenantId) {
        this.azureTenantId = azureTenantId;
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

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getConfigFile() {
        return configFile;
    }

    public void setConfigFile(String configFile) {
        this.configFile = configFile;
    }

    public String getAuthType() {
        return authType;
    }

    public void setAuthType(String authType) {
        this.authType = authType;
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

    public String getTokenAudience() {
        return tokenAudience;
    }

    public void setTokenAudience(String tokenAudience) {
        this.tokenAudience = tokenAudience;
    }

    public boolean isAzureUseMsi() {
        return azureUseMsi;
    }

    public void setAzureUseMsi(boolean azureUseMsi) {
        this.azureUseMsi = azureUseMsi;
    }

    public String getAzureMsiEndpoint() {
        return azureMsiEndpoint;
    }

    public void setAzureMsiEndpoint(String azureMsiEndpoint) {
        this.azureMsiEndpoint = azureMsiEndpoint;
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

    /** The alias of {@link #getLanguage}, as {@code lang} is of {@code language} on a URI. */
    public String getLang() {
        return getLanguage();
    }

    /** The alias of {@link #setLanguage}, as {@code lang} is of {@code language} on a URI. */
    public void setLang(String lang) {
        setLanguage(lang);
    }

    public Boolean getOverwrite() {
        return overwrite;
    }

    public void setOverwrite(Boolean overwrite) {
        this.overwrite = overwrite;
    }

    public String getContextPolicy() {
        return contextPolicy;
    }

    public void setContextPolicy(String contextPolicy) {
        this.contextPolicy = contextPolicy;
    }

    public long getCommandTimeout() {
        return commandTimeout;
    }

    public void setCommandTimeout(long commandTimeout) {
        this.commandTimeout = commandTimeout;
    }

    public boolean isAutoStart() {
        return autoStart;
    }

    public void setAutoStart(boolean autoStart) {
        this.autoStart = autoStart;
    }

    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public boolean isFetchOutput() {
        return fetchOutput;
    }

    public void setFetchOutput(boolean fetchOutput) {
        this.fetchOutput = fetchOutput;
    }

    public long getRunTimeout() {
        return runTimeout;
    }

    public void setRunTimeout(long runTimeout) {
        this.runTimeout = runTimeout;
    }

    public boolean isCancelOnStop() {
        return cancelOnStop;
    }

    public void setCancelOnStop(boolean cancelOnStop) {
        this.cancelOnStop = cancelOnStop;
    }

    public int getRepairAttempts() {
        return repairAttempts;
    }

    public void setRepairAttempts(int repairAttempts) {
        this.repairAttempts = repairAttempts;
    }

    public String getJobName() {
        return jobName;
    }

    public void setJobName(String jobName) {
        this.jobName = jobName;
    }

    public boolean isCancelPreviousRuns() {
        return cancelPreviousRuns;
    }

    public void setCancelPreviousRuns(boolean cancelPreviousRuns) {
        this.cancelPreviousRuns = cancelPreviousRuns;
    }

    public Object getDefinition() {
        return definition;
    }

    public void setDefinition(Object definition) {
        this.definition = definition;
    }

    public boolean isCamelTags() {
        return camelTags;
    }

    public void setCamelTags(boolean camelTags) {
        this.camelTags = camelTags;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public void setBusinessKey(String businessKey) {
        this.businessKey = businessKey;
    }

    public String getWaitForState() {
        return waitForState;
    }

    public void setWaitForState(String waitForState) {
        this.waitForState = waitForState;
    }

    public String getSparkVersion() {
        return sparkVersion;
    }

    public void setSparkVersion(String sparkVersion) {
        this.sparkVersion = sparkVersion;
    }

    public long getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(long waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public org.apache.camel.spi.StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(org.apache.camel.spi.StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStatementWaitTimeout() {
        return statementWaitTimeout;
    }

    public void setStatementWaitTimeout(String statementWaitTimeout) {
        this.statementWaitTimeout = statementWaitTimeout;
    }

    public String getLocalPath() {
        return localPath;
    }

    public void setLocalPath(String localPath) {
        this.localPath = localPath;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public long getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(long maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public long getWaitLogThreshold() {
        return waitLogThreshold;
    }

    public void setWaitLogThreshold(long waitLogThreshold) {
        this.waitLogThreshold = waitLogThreshold;
    }

    public String getResultState() {
        return resultState;
    }

    public void setResultState(String resultState) {
        this.resultState = resultState;
    }

    public org.apache.camel.spi.IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(org.apache.camel.spi.IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public boolean isEmitExisting() {
        return emitExisting;
    }

    public void setEmitExisting(boolean emitExisting) {
        this.emitExisting = emitExisting;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public String getFileLocation() {
        return fileLocation;
    }

    public void setFileLocation(String fileLocation) {
        this.fileLocation = fileLocation;
    }

    public String getFileFormat() {
        return fileFormat;
    }

    public void setFileFormat(String fileFormat) {
        this.fileFormat = fileFormat;
    }

    public Map<String, Object> getFormatOptions() {
        return formatOptions;
    }

    public void setFormatOptions(Map<String, Object> formatOptions) {
        this.formatOptions = formatOptions;
    }

    public Map<String, Object> getCopyOptions() {
        return copyOptions;
    }

    public void setCopyOptions(Map<String, Object> copyOptions) {
        this.copyOptions = copyOptions;
    }

    public String getSql() {
        return sql;
    }

    public void setSql(String sql) {
        this.sql = sql;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    @Override
    public String toString() {
        return "DatabricksConfiguration[host=" + host + "]";
    }

    public boolean isCancelOnTimeout() {
        return cancelOnTimeout;
    }

    public void setCancelOnTimeout(boolean cancelOnTimeout) {
        this.cancelOnTimeout = cancelOnTimeout;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public int getMaxQueuedCalls() {
        return maxQueuedCalls;
    }

    public void setMaxQueuedCalls(int maxQueuedCalls) {
        this.maxQueuedCalls = maxQueuedCalls;
    }
}
