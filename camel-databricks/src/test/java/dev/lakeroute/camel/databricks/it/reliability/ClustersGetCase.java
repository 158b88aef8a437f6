package dev.lakeroute.camel.databricks.it.reliability;

/** {@code clusters/get}: a read; any failure is truthful, a success must describe the cluster asked for. */
final class ClustersGetCase extends OperationCase {

    @Override
    String operation() {
        return "clusters/get";
    }

    @Override
    Request request(Target target, String tag) {
        return Request.of("clusters/get?clusterId=" + target.fixtures().clusterId, null);
    }

    @Override
    String probePath(Target target, String tag) {
        return "clusters/get";
    }

    @Override
    String workPath(Target target, String tag) {
        return "clusters/get";
    }

    @Override
    boolean sentWhileDown() {
        return true;
    }

    @Override
    Check verify(Target target, Run run) {
        boolean right = run.outcome().ok() && run.outcome().body() != null && run.outcome().body().contains(target.fixtures().clusterId);
        return new Check(null, null, null, !run.outcome().ok() || right, run.outcome().ok() ? (right ? "read" : "wrong body") : "read only");
    }
}
