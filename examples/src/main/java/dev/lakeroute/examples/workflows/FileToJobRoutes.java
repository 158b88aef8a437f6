package dev.lakeroute.examples.workflows;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;

/**
 * routes/file-to-job.yaml: a dropped file → dbfs/put → jobs/runs/submit of a Scala notebook counting its lines
 * → the file moves to done/ (or failed/). The notebook is imported at startup.
 */
public class FileToJobRoutes extends RouteBuilder {

    static final String NOTEBOOK = "{{file-to-job.notebook:/Shared/camel-databricks-count-lines}}";
    static final String SOURCE = """
            // Databricks notebook source
            val input = dbutils.widgets.get("input")
            val lines = spark.read.text(input).count()
            println("lines in " + input + ": " + lines)
            dbutils.notebook.exit(lines.toString)
            """;

    @Override
    public void configure() {
        from("timer:file-to-job-notebook?repeatCount=1&delay=0").routeId("file-to-job-notebook")
                // The API wants the notebook base64-encoded: a byte[] in a Map is sent as base64 JSON.
                .setBody(constant(Map.of("content", SOURCE.getBytes(StandardCharsets.UTF_8))))
                .to("databricks:workspace/import?param.path=" + NOTEBOOK
                    + "&param.format=SOURCE&param.language=SCALA&param.overwrite=true")
                .log("Notebook " + NOTEBOOK + " imported");

        from("file:{{file-to-job.inbox:target/inbox}}?move=done&moveFailed=failed&initialDelay=2000").routeId("file-to-job")
                .setProperty("dbfsPath", simple("{{file-to-job.dbfs-dir:/landing}}/${file:name}"))
                .setBody(simple("${body.file}"))
                .toD("databricks:dbfs/put?overwrite=true&path=${exchangeProperty.dbfsPath}")
                .setBody(simple("{\"run_name\": \"file-to-job ${file:name}\", \"tasks\": [{\"task_key\": \"ingest\", "
                                + "\"existing_cluster_id\": \"{{databricks.cluster-id}}\", \"notebook_task\": {\"notebook_path\": \""
                                + NOTEBOOK + "\", \"base_parameters\": {\"input\": \"dbfs:${exchangeProperty.dbfsPath}\"} } } ] }"))
                .to("databricks:jobs/runs/submit?fetchOutput=true&runTimeout={{file-to-job.timeout:30m}}")
                .log("${file:name}: run ${header.CamelDatabricksRunId} ${header.CamelDatabricksRunResultState}, "
                     + "${body[notebook_output][result]} lines");
    }
}
