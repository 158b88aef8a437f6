package dev.lakeroute.examples.workflows;

import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

/** Workflows that need Spark: one Spark-backed server, one cluster and one SQL warehouse for the whole JVM. */
abstract class SparkWorkflowTestSupport extends WorkflowTestSupport {

    @RegisterExtension
    static final DatabricksLocalExtension SPARK = DatabricksLocalExtension.perJvmWithSpark();

    private static String clusterId;
    private static String warehouseId;

    @Override
    protected DatabricksLocalExtension local() {
        return SPARK;
    }

    protected synchronized String cluster() {
        if (clusterId == null) {
            clusterId = (String) call("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
                    Map.of("cluster_name", "workflows", "node_type_id", "i3.xlarge", "num_workers", 0,
                            "autotermination_minutes", 30)).get("cluster_id");
        }
        return clusterId;
    }

    protected synchronized String warehouse() {
        if (warehouseId == null) {
            warehouseId = (String) call("databricks:sql/warehouses/create",
                    Map.of("name", "workflows", "cluster_size", "2X-Small", "auto_stop_mins", 30)).get("id");
        }
        return warehouseId;
    }
}
