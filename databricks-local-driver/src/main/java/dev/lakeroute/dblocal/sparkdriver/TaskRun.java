package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The job task run a context serves, as databricks-local gives it at contexts/create: the task's key and
 * the task values its upstream tasks set (every upstream task, directly or through others, by task key;
 * one that set nothing maps to no values). A context created without one runs outside a job.
 */
public record TaskRun(String taskKey, Map<String, Map<String, JsonNode>> upstreamValues) {

    public TaskRun {
        upstreamValues = Map.copyOf(upstreamValues);
    }
}
