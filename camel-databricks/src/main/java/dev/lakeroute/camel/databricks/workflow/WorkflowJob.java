package dev.lakeroute.camel.databricks.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.jobs.JobsByName;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.StepContext;

/**
 * The one job of a workflow: found again by its name and its camel_route_id tag; created when there is none;
 * reset ({@code jobs/reset}, same job id) when its camel_definition_hash differs from the definition's. Two
 * messages of one workflow never create two jobs: lookups of the same name and route wait for each other.
 */
final class WorkflowJob {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowJob.class);

    private final Calls calls;
    private final JobsByName jobs;
    /** The last lookup of each name and route: the next waits for it. */
    private final Map<String, CompletableFuture<Long>> last = new ConcurrentHashMap<>();

    WorkflowJob(Calls calls) {
        this.calls = calls;
        this.jobs = new JobsByName(calls);
    }

    /** The job id, after creating or resetting the job as needed. */
    CompletableFuture<Long> ensure(StepContext context, WorkflowDefinition definition, String name, String routeId) {
        String key = routeId + "\u0000" + name;
        CompletableFuture<Long> mine = new CompletableFuture<>();
        CompletableFuture<Long> before = last.put(key, mine);
        CompletableFuture<Long> after = before == null ? CompletableFuture.completedFuture(null) : before.handle((id, failure) -> id);
        after.thenCompose(ignored -> findOrMake(context, definition, name, routeId)).whenComplete((id, failure) -> {
            last.remove(key, mine);
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                mine.complete(id);
            }
        });
        return mine;
    }

    private CompletableFuture<Long> findOrMake(StepContext context, WorkflowDefinition definition, String name, String routeId) {
        return jobs.find(context, name).thenCompose(found -> {
            List<JsonNode> ours = found.stream()
                    .filter(job -> routeId.equals(Calls.text(job.path("settings").path("tags"), WorkflowDefinition.ROUTE_TAG))).toList();
            if (ours.size() > 1) {
                throw new DatabricksInvalidRequestException(WorkflowStep.NAME, "definition", "names job '" + name + "', which "
                        + ours.size() + " jobs tagged " + WorkflowDefinition.ROUTE_TAG + "=" + routeId + " have: "
                        + ours.stream().map(j -> j.path("job_id").asText()).collect(Collectors.joining(", ")),
                        "one job per workflow: delete all but one of them");
            }
            if (ours.isEmpty()) {
                return calls.json(context, "jobs/create", definition.jobSettings(name, routeId)).thenApply(created -> {
                    long id = created.path("job_id").asLong();
                    LOG.info("workflow {} of route {}: created job {}", name, routeId, id);
                    return id;
                });
            }
            JsonNode job = ours.get(0);
            long id = job.path("job_id").asLong();
            if (definition.hash().equals(Calls.text(job.path("settings").path("tags"), WorkflowDefinition.HASH_TAG))) {
                return CompletableFuture.completedFuture(id);
            }
            LOG.info("workflow {} of route {}: the definition changed, resetting job {}", name, routeId, id);
            return calls.json(context, "jobs/reset", calls.fields().put("job_id", id)
                    .set("new_settings", definition.jobSettings(name, routeId))).thenApply(reset -> id);
        });
    }
}
