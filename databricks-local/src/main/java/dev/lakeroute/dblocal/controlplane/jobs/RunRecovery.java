package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.Optional;

/**
 * What a restart does to runs: those active when the server stopped cannot continue (their tasks'
 * processes are gone), so they end INTERNAL_ERROR saying why, and stay listed.
 */
final class RunRecovery {
    static final String RESTART_MESSAGE = "databricks-local restarted while the run was active";

    private RunRecovery() {
    }

    static void recover(RunStore runs, Clock clock) {
        long now = clock.millis();
        for (long runId : runs.ids(Optional.empty(), run -> RunStates.ACTIVE.contains(RunStates.lifeCycle(run)))) {
            runs.update(runId, doc -> {
                doc.put("end_time", now).put("run_duration", now - doc.path("start_time").asLong(now));
                for (JsonNode task : doc.path("tasks")) {
                    if (!RunStates.isFinal(task)) {
                        ((ObjectNode) task).put("end_time", now);
                        RunStates.set((ObjectNode) task, RunStates.state(RunStates.INTERNAL_ERROR, "FAILED", RESTART_MESSAGE, false));
                    }
                }
                RunStates.set(doc, RunStates.state(RunStates.INTERNAL_ERROR, "FAILED", RESTART_MESSAGE, false));
                RunRepair.closeEntry(doc, now);
                return doc;
            });
        }
    }
}
