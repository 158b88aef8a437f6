package dev.lakeroute.camel.databricks.consumer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.DatabricksConstants;

/**
 * {@code databricks:jobs/runs/list}: runs that reached a terminal state (jobs/runs/list with
 * {@code completed_only=true}, newest first, 25 a page). Paging stops after a page whose runs are all
 * known (or older than the floor), so a steady poll reads one page. Every terminal run is remembered,
 * also those the {@code resultState} filter does not emit, so the history is read once.
 */
final class RunsSensor implements Sensor {

    static final String OPERATION = "jobs/runs/list";
    private static final int PAGE_SIZE = 25;

    private final SensorCalls calls;
    private final Long jobId;
    private final Set<String> resultStates;
    private final TimeFloor floor;

    RunsSensor(SensorCalls calls, Long jobId, Set<String> resultStates, TimeFloor floor) {
        this.calls = calls;
        this.jobId = jobId;
        this.resultStates = Set.copyOf(resultStates);
        this.floor = floor;
    }

    static String key(long runId) {
        return OPERATION + ":" + runId;
    }

    @Override
    public List<SensorItem> poll(Predicate<String> known) throws Exception {
        List<SensorItem> found = new ArrayList<>();
        String pageToken = null;
        while (true) {
            ObjectNode fields = calls.fields();
            if (jobId != null) {
                fields.put("job_id", jobId);
            }
            fields.put("completed_only", true);
            fields.put("limit", PAGE_SIZE);
            if (pageToken != null) {
                fields.put("page_token", pageToken);
            }
            JsonNode page = calls.call(OPERATION, fields);
            boolean anythingNew = false;
            for (JsonNode run : page.path("runs")) {
                long runId = run.path("run_id").asLong();
                String key = key(runId);
                long endTime = run.path("end_time").asLong(0);
                if (known.test(key) || !floor.admits(endTime)) {
                    continue;
                }
                anythingNew = true;
                String resultState = resultState(run);
                if (resultStates.isEmpty() || resultStates.contains(resultState)) {
                    found.add(SensorItem.emit(key, endTime, calls.java(run), headers(run, resultState)));
                } else {
                    found.add(SensorItem.rememberOnly(key, endTime));
                }
            }
            String next = page.path("next_page_token").asText("");
            if (!anythingNew || next.isEmpty() || !page.path("has_more").asBoolean(true)) {
                break;
            }
            pageToken = next;
        }
        found.sort(Comparator.comparingLong(SensorItem::time));
        return found;
    }

    /** result_state when the run has one, else the terminal life-cycle state (SKIPPED, INTERNAL_ERROR). */
    static String resultState(JsonNode run) {
        JsonNode state = run.path("state");
        String result = state.path("result_state").asText("");
        return result.isEmpty() ? state.path("life_cycle_state").asText("") : result;
    }

    private static Map<String, Object> headers(JsonNode run, String resultState) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(DatabricksConstants.RUN_ID, run.path("run_id").asLong());
        if (run.hasNonNull("job_id")) {
            headers.put(DatabricksConstants.JOB_ID, run.path("job_id").asLong());
        }
        if (run.hasNonNull("run_page_url")) {
            headers.put(DatabricksConstants.RUN_PAGE_URL, run.path("run_page_url").asText());
        }
        headers.put(DatabricksConstants.RUN_RESULT_STATE, resultState);
        return headers;
    }
}
