package dev.lakeroute.camel.databricks.it.reliability;

/** {@code jobs/run-now} of the fixtures' job (the 3 s python task) and its wait; the job's runs of the cell are counted. */
final class RunNowCase extends OperationCase {

    @Override
    String operation() {
        return "jobs/run-now + wait";
    }

    @Override
    Request request(Target target, String tag) {
        return Request.of("jobs/run-now?jobId=" + target.fixtures().jobId + "&runTimeout=90000", null);
    }

    @Override
    String probePath(Target target, String tag) {
        return "jobs/runs/get";
    }

    @Override
    String workPath(Target target, String tag) {
        return "jobs/run-now";
    }

    @Override
    void reset(Target target) {
        target.fixtures().ensureRunning(target.admin());
    }

    @Override
    Check verify(Target target, Run run) {
        long jobId = target.fixtures().jobId;
        return Runs.check(target.admin(), Runs.since(target.admin(), run.startMillis() - 500,
                r -> r.path("job_id").asLong() == jobId), run.outcome());
    }
}
