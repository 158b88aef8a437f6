package dev.lakeroute.dblocal.sparkdriver;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.Map;

/** The driver's one SparkSession, configured like a Databricks cluster's driver where that matters. */
final class SparkBootstrap {
    /** Where REPL-compiled classes go when executors run in other JVMs (Spark's own key). */
    static final String REPL_OUTPUT_DIR = "spark.repl.class.outputDir";

    private SparkBootstrap() {
    }

    static SparkSession start(DriverOptions options, Path workDir) {
        SparkConf conf = new SparkConf()
                .setMaster(options.master())
                .setAppName("databricks-local " + options.clusterId())
                .set("spark.hadoop.fs." + DbfsFileSystem.SCHEME + ".impl", DbfsFileSystem.class.getName())
                .set("spark.hadoop." + DbfsFileSystem.ROOT_KEY, options.dbfsRoot().toString())
                // Managed tables live in DBFS, as on Databricks.
                .set("spark.sql.warehouse.dir", "dbfs:/user/hive/warehouse")
                // There is no Hive here: CREATE TABLE without USING makes a data source table, as on Databricks.
                .set("spark.sql.legacy.createHiveTableByDefault", "false")
                // Tables are Delta tables, as on Databricks: CREATE TABLE and spark.read.load default to Delta,
                // DESCRIBE HISTORY, versions and time travel work.
                .set("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .set("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .set("spark.sql.sources.default", "delta")
                // Delta's default log store needs a Hadoop AbstractFileSystem for the scheme; dbfs: has only a
                // FileSystem. The local store commits with a rename, which is atomic on the local disk below DBFS.
                .set("spark.delta.logStore." + DbfsFileSystem.SCHEME + ".impl", "io.delta.storage.LocalLogStore")
                .set("spark.local.dir", workDir.resolve("spark-local").toString())
                // No one browses a per-cluster UI here; it costs start-up time and a port.
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                // 200 shuffle partitions on a few local cores make every small query slow; AQE still coalesces.
                .set("spark.sql.shuffle.partitions", "8")
                .set("spark.databricks.clusterUsageTags.clusterId", options.clusterId());
        for (Map.Entry<String, String> entry : options.sparkConf().entrySet()) {
            conf.set(entry.getKey(), entry.getValue());
        }
        if (!options.master().startsWith("local")) {
            // Executors in other JVMs load the REPL's classes from the driver: Spark serves this directory
            // (spark.repl.class.uri) when it is set before the SparkContext starts, as spark-shell does.
            Path replClasses = workDir.resolve("repl-classes");
            try {
                java.nio.file.Files.createDirectories(replClasses);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot create the REPL class directory " + replClasses, e);
            }
            conf.setIfMissing(REPL_OUTPUT_DIR, replClasses.toString());
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        // Ready means Spark answers: one tiny job also warms the scheduler for the first command.
        spark.sparkContext().parallelize(scala.collection.JavaConverters.asScalaBuffer(java.util.List.of(1)).toSeq(), 1,
                scala.reflect.ClassTag$.MODULE$.apply(Integer.class)).count();
        return spark;
    }
}
