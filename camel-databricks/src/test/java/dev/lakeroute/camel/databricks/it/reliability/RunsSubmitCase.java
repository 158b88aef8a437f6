package dev.lakeroute.camel.databricks.it.reliability;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code jobs/runs/submit} and its wait: a short python run; the runs named after the cell are counted. */
final class RunsSubmitCase extends OperationCase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    String operation() {
        return "jobs/runs/submit + wait";
    }

    @Override
    @SuppressWarnings("unchecked")
    Request request(Target target, String tag) {
        Map<String, Object> task = JSON.convertValue(Fixtures.task(target.fixtures().clusterId), Map.class);
        return Request.of("jobs/runs/submit?runTimeout=90000", Map.of("run_name", tag, "tasks", List.of(task)));
    }

    @Override
    String probePath(Target target, String tag) {
        return "jobs/runs/get";
    }

    @Override
    String workPath(Target target, String tag) {
        return "jobs/runs/submit";
    }

    @Override
    void reset(Target target) {
        target.fixtures().ensureRunning(target.admin());
    }

    @Override
    Check verify(Target target, Run run) {
        return Runs.check(target.admin(), Runs.since(target.admin(), run.startMillis() - 500,
                r -> run.tag().equals(r.path("run_name").asText())), run.outcome());
    }
}
