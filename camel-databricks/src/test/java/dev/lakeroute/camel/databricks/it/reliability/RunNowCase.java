package dev.lakeroute.camel.databricks.it.reliability;

/**
 * {@code jobs/run-now} of the fixtures' job (the short python task) and its wait; the job's runs of the cell are
 * counted. On the control-plane server (python tasks need no Spark there), so that its {@code jobs/runs/get} probe
 * is not the one of {@link RunsSubmitCase} and both rows take their faults at the same time.
 */
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
    boolean controlPlane() {
        return true;
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
