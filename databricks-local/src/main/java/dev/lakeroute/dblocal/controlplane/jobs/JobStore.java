package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;
import dev.lakeroute.dblocal.store.Ids;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Persistent jobs: {@code {job_id, creator_user_name, run_as_user_name, created_time, settings}}. */
final class JobStore {
    private final DocumentCollection jobs;
    private final Clock clock;

    JobStore(DocumentCollection jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    ObjectNode create(ObjectNode settings, String user) {
        long jobId = Ids.numeric();
        ObjectNode job = Json.object()
                .put("job_id", jobId)
                .put("creator_user_name", user)
                .put("run_as_user_name", user)
                .put("created_time", clock.millis());
        job.set("settings", settings);
        jobs.put(Long.toString(jobId), job);
        return job;
    }

    Optional<ObjectNode> find(long jobId) {
        return jobs.get(Long.toString(jobId));
    }

    ObjectNode require(long jobId) {
        return find(jobId).orElseThrow(() -> doesNotExist(jobId));
    }

    ObjectNode updateSettings(long jobId, UnaryOperator<ObjectNode> change) {
        return jobs.update(Long.toString(jobId), job -> {
            job.set("settings", change.apply((ObjectNode) job.get("settings")));
            return job;
        }).orElseThrow(() -> doesNotExist(jobId));
    }

    void delete(long jobId) {
        if (!jobs.remove(Long.toString(jobId))) {
            throw doesNotExist(jobId);
        }
    }

    /** All jobs, oldest first (the order {@code jobs/list} pages through). */
    List<ObjectNode> list() {
        List<ObjectNode> all = jobs.list();
        all.sort(Comparator.<ObjectNode>comparingLong(job -> job.path("created_time").asLong())
                .thenComparingLong(job -> job.path("job_id").asLong()));
        return all;
    }

    static ApiException doesNotExist(long jobId) {
        return ApiException.invalidParameter("Job " + jobId + " does not exist.");
    }
}
