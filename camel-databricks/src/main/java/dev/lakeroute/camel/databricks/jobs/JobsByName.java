package dev.lakeroute.camel.databricks.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.StepContext;

/**
 * Jobs found by their name through {@code jobs/list?name=} (Databricks matches the whole name, ignoring case),
 * every page of them: the {@code jobName} of {@code jobs/run-now} and the job of {@code databricks:workflow}.
 */
public final class JobsByName {

    /** The most jobs/list gives per page. */
    private static final int PAGE = 100;

    private final Calls calls;

    public JobsByName(Calls calls) {
        this.calls = calls;
    }

    /** Every job of that name, as jobs/list describes it (settings without tasks). */
    public CompletableFuture<List<JsonNode>> find(StepContext context, String name) {
        return page(context, name, null, new ArrayList<>());
    }

    private CompletableFuture<List<JsonNode>> page(StepContext context, String name, String token, List<JsonNode> found) {
        ObjectNode fields = calls.fields().put("name", name).put("limit", PAGE);
        if (token != null) {
            fields.put("page_token", token);
        }
        return calls.json(context, "jobs/list", fields).thenCompose(answer -> {
            for (JsonNode job : answer.path("jobs")) {
                // The server filters by name already; checked again so a server that ignores the filter cannot mislead.
                if (name.equalsIgnoreCase(Calls.text(job.path("settings"), "name"))) {
                    found.add(job);
                }
            }
            String next = Calls.text(answer, "next_page_token");
            return answer.path("has_more").asBoolean(false) && next != null && !next.isEmpty()
                    ? page(context, name, next, found) : CompletableFuture.completedFuture(found);
        });
    }

    /** The id of the one job named {@code name}; none or several fail the message, naming the ids found. */
    public CompletableFuture<Long> resolve(StepContext context, String name) {
        String operation = context.request().operation().name();
        return find(context, name).thenApply(jobs -> {
            if (jobs.size() == 1) {
                return jobs.get(0).path("job_id").asLong();
            }
            if (jobs.isEmpty()) {
                throw new DatabricksInvalidRequestException(operation, "jobName", "'" + name + "' names no job (jobs/list?name= found none)",
                        "the name of an existing job, or jobId");
            }
            throw new DatabricksInvalidRequestException(operation, "jobName", "'" + name + "' names " + jobs.size() + " jobs: "
                    + jobs.stream().map(j -> j.path("job_id").asText()).collect(Collectors.joining(", ")),
                    "a name only one job has, or jobId=<one of them>");
        });
    }
}
