package dev.lakeroute.camel.databricks.it.reliability;

import java.time.Duration;

/**
 * {@code clusters/start} with {@code waitForState=RUNNING} of a TERMINATED cluster, on the control-plane
 * server (a Spark driver per start would not fit the budget, and the wait is the same). Faults hit the
 * {@code clusters/get} probes; "dropped after response" the start itself.
 */
final class ClusterStartCase extends OperationCase {

    @Override
    String operation() {
        return "clusters/start + waitForState=RUNNING";
    }

    @Override
    Request request(Target target, String tag) {
        return Request.of("clusters/start?clusterId=" + target.fixtures().startClusterId + "&waitForState=RUNNING&waitTimeout=60000", null);
    }

    @Override
    String probePath(Target target, String tag) {
        return "clusters/get";
    }

    @Override
    String workPath(Target target, String tag) {
        return "clusters/start";
    }

    @Override
    boolean controlPlane() {
        return true;
    }

    @Override
    void reset(Target target) {
        Fixtures.terminate(target.admin(), target.fixtures().startClusterId);
    }

    @Override
    Check verify(Target target, Run run) {
        String id = target.fixtures().startClusterId;
        // A start the exchange gave up on may still be on its way to RUNNING.
        String state = Fixtures.poll(Duration.ofSeconds(5), () -> Fixtures.clusterState(target.admin(), id),
                s -> s.equals("RUNNING") || s.equals("TERMINATED") || s.equals("ERROR"));
        boolean running = state.equals("RUNNING");
        String text = "cluster " + (!run.outcome().ok() && running ? "went on (RUNNING)" : state);
        return new Check(null, null, null, Check.truthful(run.outcome(), running), text);
    }
}
