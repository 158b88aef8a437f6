package dev.lakeroute.camel.databricks.it.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** The runs a cell started, read from {@code jobs/runs/list}, and their end. */
final class Runs {

    private Runs() {
    }

    /** Runs started since {@code fromMillis} that {@code mine} picks, every page. */
    static List<JsonNode> since(LocalAdmin admin, long fromMillis, Predicate<JsonNode> mine) {
        List<JsonNode> found = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = admin.get("/api/2.1/jobs/runs/list?limit=25&start_time_from=" + fromMillis
                                      + (token == null ? "" : "&page_token=" + LocalAdmin.query(token)));
            page.path("runs").forEach(run -> {
                if (mine.test(run)) {
                    found.add(run);
                }
            });
            token = page.path("has_more").asBoolean(false) ? page.path("next_page_token").asText(null) : null;
        } while (token != null);
        return found;
    }

    /** The run once it ended (or as it is after {@code timeout}): a run the exchange gave up on may still be going. */
    static JsonNode ended(LocalAdmin admin, long runId, Duration timeout) {
        return Fixtures.poll(timeout, () -> admin.get("/api/2.1/jobs/runs/get?run_id=" + runId),
                run -> RunEnd.TERMINAL.contains(run.path("state").path("life_cycle_state").asText()));
    }

    /** The checks of both run rows: one run at most, and the exchange's verdict matches the run's result. */
    static Check check(LocalAdmin admin, List<JsonNode> runs, Outcome outcome) {
        if (runs.isEmpty()) {
            return new Check(true, null, null, Check.truthful(outcome, false), "no run");
        }
        List<String> states = new ArrayList<>();
        boolean anySuccess = false;
        for (JsonNode run : runs) {
            JsonNode ended = ended(admin, run.path("run_id").asLong(), Duration.ofSeconds(30));
            String result = ended.path("state").path("result_state").asText(ended.path("state").path("life_cycle_state").asText());
            boolean success = "SUCCESS".equals(result);
            anySuccess |= success;
            // A run that succeeded after its exchange failed "went on": the case the table must make visible.
            states.add("run " + run.path("run_id").asLong() + (!outcome.ok() && success ? " went on (SUCCESS)" : " " + result));
        }
        String state = (runs.size() > 1 ? runs.size() + " runs: " : "") + String.join(", ", states);
        return new Check(runs.size() == 1, null, null, Check.truthful(outcome, anySuccess), state);
    }

    /** Terminal life-cycle states. */
    static final class RunEnd {
        static final java.util.Set<String> TERMINAL = java.util.Set.of("TERMINATED", "SKIPPED", "INTERNAL_ERROR");

        private RunEnd() {
        }
    }
}
