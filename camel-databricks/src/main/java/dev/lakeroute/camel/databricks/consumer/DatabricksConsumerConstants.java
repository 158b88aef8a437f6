package dev.lakeroute.camel.databricks.consumer;

import org.apache.camel.spi.Metadata;

/**
 * Headers the polling consumers set besides the component's own ({@code CamelDatabricksRunId},
 * {@code CamelDatabricksJobId}, {@code CamelDatabricksRunPageUrl}, {@code CamelDatabricksRunResultState},
 * {@code CamelDatabricksClusterId}).
 */
public final class DatabricksConsumerConstants {

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

    private DatabricksConsumerConstants() {
    }
}
