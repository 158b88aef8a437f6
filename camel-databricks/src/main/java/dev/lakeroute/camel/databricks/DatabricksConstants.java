package dev.lakeroute.camel.databricks;

import org.apache.camel.spi.Metadata;

/** Message headers the component reads and sets. */
public final class DatabricksConstants {

    @Metadata(label = "producer", description = "Operation to call for this message instead of the endpoint's,"
                                                 + " e.g. clusters/get. Options the new operation does not know are ignored.",
              javaType = "String")
    public static final String OPERATION = "CamelDatabricksOperation";

    @Metadata(label = "producer", description = "HTTP status of the (last) answer.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelDatabricksHttpStatus";

    @Metadata(label = "producer", description = "Request id the server gave the answer (x-request-id), for support cases.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelDatabricksRequestId";

    @Metadata(label = "producer", description = "Cluster id of the request or the answer (cluster_id / clusterId).",
              javaType = "String")
    public static final String CLUSTER_ID = "CamelDatabricksClusterId";

    @Metadata(label = "producer", description = "Job id of the request or the answer (job_id).", javaType = "Object")
    public static final String JOB_ID = "CamelDatabricksJobId";

    @Metadata(label = "producer", description = "Run id of the request or the answer (run_id).", javaType = "Object")
    public static final String RUN_ID = "CamelDatabricksRunId";

    @Metadata(label = "producer", description = "Run page URL from the answer (run_page_url).", javaType = "String")
    public static final String RUN_PAGE_URL = "CamelDatabricksRunPageUrl";

    @Metadata(label = "producer", description = "SQL statement id (statement_id).", javaType = "String")
    public static final String STATEMENT_ID = "CamelDatabricksStatementId";

    @Metadata(label = "producer", description = "True when sql/statements/execute or databricks:command with a stateRepository found the"
                                                 + " statement or command this message started on an earlier delivery and returned its result"
                                                 + " instead of running it again.", javaType = "Boolean")
    public static final String REATTACHED = "CamelDatabricksReattached";

    @Metadata(label = "producer", description = "API 1.2 execution context id (contextId, or id of contexts/*); (in) the"
                                                 + " context databricks:command uses with contextPolicy=header.",
              javaType = "String")
    public static final String CONTEXT_ID = "CamelDatabricksContextId";

    @Metadata(label = "producer", description = "API 1.2 command id (commandId, or id of commands/*).", javaType = "String")
    public static final String COMMAND_ID = "CamelDatabricksCommandId";

    @Metadata(label = "producer", description = "next_page_token of a single page answer (absent with paginate=true"
                                                 + " once all pages were read).",
              javaType = "String")
    public static final String NEXT_PAGE_TOKEN = "CamelDatabricksNextPageToken";

    @Metadata(label = "producer", description = "(in) Idempotency token for jobs/runs/submit and jobs/run-now; without it"
                                                 + " the token is derived from the message id and the endpoint, so a redelivered"
                                                 + " message gets the run its first delivery started.",
              javaType = "String")
    public static final String IDEMPOTENCY_TOKEN = "CamelDatabricksIdempotencyToken";

    @Metadata(label = "producer", description = "(in) Request-field options for this message only, by URI option name"
                                                 + " (jobId, clusterId, param.notebook_params, ...), applied as if they were on the"
                                                 + " endpoint URI. toD sets it, so one endpoint serves every job or cluster id.",
              javaType = "Map<String, Object>")
    public static final String REQUEST_FIELDS = "CamelDatabricksRequestFields";

    @Metadata(label = "producer", description = "Number of pages read with paginate=true.", javaType = "Integer")
    public static final String PAGE_COUNT = "CamelDatabricksPageCount";

    @Metadata(label = "producer", description = "Number of HTTP attempts the (last) call took, retries included.",
              javaType = "Integer")
    public static final String ATTEMPTS = "CamelDatabricksAttempts";

    @Metadata(label = "producer", description = "Result state of a run waited for (SUCCESS; failures raise DatabricksRunFailedException).",
              javaType = "String")
    public static final String RUN_RESULT_STATE = "CamelDatabricksRunResultState";

    @Metadata(label = "producer", description = "Set when a wait fails (timeout, run failed, refused probe, route stop): what became"
                                                + " of the run, statement, command or cluster waited for — RUNNING (left running),"
                                                + " CANCELLED, ENDED (its own failure) or UNKNOWN (its state could not be read). The"
                                                + " failed exchange also carries its id header (CamelDatabricksRunId, ...ClusterId,"
                                                + " ...StatementId, ...CommandId) and CamelDatabricksRunPageUrl when known.",
              javaType = "String")
    public static final String REMOTE_STATE = "CamelDatabricksRemoteState";

    @Metadata(label = "producer", description = "Cluster state reached with waitForState (RUNNING, TERMINATED).", javaType = "String")
    public static final String CLUSTER_STATE = "CamelDatabricksClusterState";

    @Metadata(label = "producer", description = "SQL warehouse id waited for with waitForState.", javaType = "String")
    public static final String WAREHOUSE_ID = "CamelDatabricksWarehouseId";

    @Metadata(label = "producer", description = "SQL warehouse state reached with waitForState (RUNNING, STOPPED).", javaType = "String")
    public static final String WAREHOUSE_STATE = "CamelDatabricksWarehouseState";

    @Metadata(label = "producer", description = "(in) sql/statements/execute: a business key (order number, batch date ...) sent as the"
                                                + " camel_business_key query tag; overrides the businessKey option.", javaType = "String")
    public static final String BUSINESS_KEY = "CamelDatabricksBusinessKey";

    @Metadata(label = "producer", description = "databricks:command: final status of the command (Finished).", javaType = "String")
    public static final String COMMAND_STATUS = "CamelDatabricksCommandStatus";

    @Metadata(label = "producer", description = "databricks:command: resultType of the command (text, table, images).",
              javaType = "String")
    public static final String RESULT_TYPE = "CamelDatabricksResultType";

    @Metadata(label = "producer", description = "Columns of a table result (databricks:command) or statement result"
                                                 + " (sql/statements/execute): a List of Maps with name and type.",
              javaType = "java.util.List")
    public static final String RESULT_SCHEMA = "CamelDatabricksResultSchema";

    @Metadata(label = "producer", description = "Whether the server truncated the result rows.", javaType = "Boolean")
    public static final String RESULT_TRUNCATED = "CamelDatabricksResultTruncated";

    @Metadata(label = "producer", description = "sql/statements/execute: total number of rows (from the manifest).",
              javaType = "Long")
    public static final String ROW_COUNT = "CamelDatabricksRowCount";

    @Metadata(label = "producer", description = "dbfs/put, dbfs/read, fs/files/upload, fs/files/download: bytes transferred.",
              javaType = "Long")
    public static final String BYTES = "CamelDatabricksBytes";

    @Metadata(label = "consumer", description = "dbfs/list and fs/directories sensors: the file's path.", javaType = "String")
    public static final String FILE_PATH = "CamelDatabricksFilePath";

    @Metadata(label = "consumer", description = "dbfs/list and fs/directories sensors: the file's size in bytes.", javaType = "Long")
    public static final String FILE_SIZE = "CamelDatabricksFileSize";

    @Metadata(label = "consumer", description = "dbfs/list and fs/directories sensors: the file's modification time (epoch ms).",
              javaType = "Long")
    public static final String FILE_MODIFICATION_TIME = "CamelDatabricksFileModificationTime";

    @Metadata(label = "consumer", description = "clusters/events sensor: the event type (CREATING, RUNNING, RESIZING, TERMINATING ...).",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelDatabricksEventType";

    @Metadata(label = "consumer", description = "clusters/events sensor: the event's timestamp (epoch ms).", javaType = "Long")
    public static final String EVENT_TIMESTAMP = "CamelDatabricksEventTimestamp";

    @Metadata(label = "consumer", description = "Every sensor: the key under which the emitted item is remembered in the idempotent repository.",
              javaType = "String")
    public static final String SENSOR_KEY = "CamelDatabricksSensorKey";

    @Metadata(label = "consumer", description = "sql/partition-sensor and sql/table-version-sensor: the table watched.", javaType = "String")
    public static final String TABLE = "CamelDatabricksTable";

    @Metadata(label = "consumer", description = "sql/table-version-sensor: the Delta table version that was committed.", javaType = "Long")
    public static final String TABLE_VERSION = "CamelDatabricksTableVersion";

    @Metadata(label = "consumer", description = "sql/table-version-sensor: the version's operation (WRITE, MERGE, COPY INTO, OPTIMIZE ...).", javaType = "String")
    public static final String TABLE_OPERATION = "CamelDatabricksTableOperation";

    @Metadata(label = "consumer", description = "sql/table-version-sensor: when the version was committed.", javaType = "java.time.Instant")
    public static final String TABLE_TIMESTAMP = "CamelDatabricksTableTimestamp";

    @Metadata(label = "consumer", description = "sql/partition-sensor: the partition that appeared, as Databricks writes it (day=2026-12-01/country=FR).", javaType = "String")
    public static final String PARTITION = "CamelDatabricksPartition";

    private DatabricksConstants() {
    }
}
