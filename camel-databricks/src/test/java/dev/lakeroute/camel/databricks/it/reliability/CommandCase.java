package dev.lakeroute.camel.databricks.it.reliability;

import java.time.Duration;
import java.util.List;

/**
 * {@code databricks:command}: Scala {@code 1+1} in a context of its own ({@code contextPolicy=perExchange}),
 * so a context still on the cluster afterwards is a leak. {@code 1+1} always finishes: once the server
 * received {@code commands/execute}, the work succeeded.
 */
final class CommandCase extends OperationCase {

    @Override
    String operation() {
        return "databricks:command (Scala 1+1)";
    }

    @Override
    Request request(Target target, String tag) {
        return Request.of("command?clusterId=" + target.fixtures().clusterId
                          + "&lang=scala&contextPolicy=perExchange&commandTimeout=60000&waitTimeout=60000", "1+1");
    }

    @Override
    String probePath(Target target, String tag) {
        return "commands/status";
    }

    @Override
    String workPath(Target target, String tag) {
        return "commands/execute";
    }

    @Override
    List<String> countedPaths(Target target, String tag) {
        return List.of("commands/execute");
    }

    @Override
    boolean needsSpark() {
        return true;
    }

    @Override
    long killAfterMillis() {
        return 300;
    }

    @Override
    Object before(Target target, String tag) {
        return target.contexts() == null ? null : target.contexts().getAsInt();
    }

    @Override
    Check verify(Target target, Run run) {
        Boolean noLeak = null;
        String contexts = "";
        if (run.before() != null) {
            int before = (Integer) run.before();
            // The exchange's clean-up destroys its context before the exchange completes; a kill leaves it to nobody.
            int after = Fixtures.poll(Duration.ofSeconds(3), () -> target.contexts().getAsInt(), n -> n <= before);
            noLeak = after <= before;
            contexts = noLeak ? ", context destroyed" : ", " + (after - before) + " context(s) left";
        }
        Integer executed = run.calls().get("commands/execute");
        boolean ran = executed == null ? run.outcome().ok() : executed > 0;
        boolean rightAnswer = run.outcome().ok() && run.outcome().body() != null && run.outcome().body().contains("2");
        boolean truthful = run.outcome().ok() ? rightAnswer : Check.truthful(run.outcome(), ran);
        String state = executed == null ? "command state unknown" : executed == 0 ? "no command ran"
                : executed == 1 ? (run.outcome().ok() ? "command ran" : "command ran (Finished)") : executed + " commands ran";
        return new Check(null, noLeak, null, truthful, state + contexts);
    }
}
