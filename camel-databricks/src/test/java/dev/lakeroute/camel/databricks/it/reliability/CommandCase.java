package dev.lakeroute.camel.databricks.it.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code databricks:command}: Scala {@code 1+1}. In this JVM in the endpoint's shared execution context
 * ({@code contextPolicy=shared}), created once before the first column, so a cell measures the command and not
 * a Scala REPL starting; a context beyond that one afterwards is a leak. In the child component JVM in a context
 * of its own ({@code contextPolicy=perExchange}): a shared one would live as long as the JVM, which the column
 * kills. {@code 1+1} always finishes: once the server received {@code commands/execute}, the work succeeded.
 */
final class CommandCase extends OperationCase {

    /** waitTimeout bounds the context start, which on a busy two-core machine can take a minute. */
    private static final String COMMON = "&lang=scala&commandTimeout=60000&waitTimeout=180000";

    @Override
    String operation() {
        return "databricks:command (Scala 1+1)";
    }

    @Override
    Request request(Target target, String tag) {
        return Request.of("command?clusterId=" + target.fixtures().clusterId + "&contextPolicy=shared" + COMMON, "1+1");
    }

    @Override
    Request redeliveredRequest(Target target, String tag) {
        return Request.of("command?clusterId=" + target.fixtures().clusterId + "&contextPolicy=perExchange" + COMMON, "1+1");
    }

    @Override
    String probePath(Target target, String tag) {
        return "commands/status";
    }

    @Override
    String workPath(Target target, String tag) {
        return "commands/execute";
    }

    /** In the child JVM the context is the exchange's first work: the kill lands while it starts or runs. */
    @Override
    String startedPath(Target target, String tag) {
        return "contexts/create";
    }

    @Override
    List<String> countedPaths(Target target, String tag) {
        return List.of("commands/execute", "contexts/create", "contexts/destroy");
    }

    @Override
    boolean needsSpark() {
        return true;
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
            // A context the killed JVM had created is nobody's to destroy: the next JVM never learnt its id.
            int orphaned = orphanedByTheKill(run.callsAtKill());
            int after = Fixtures.poll(Duration.ofSeconds(3), () -> target.contexts().getAsInt(), n -> n <= before + orphaned);
            noLeak = after <= before + orphaned;
            contexts = after <= before ? ", no context left" : noLeak ? ", " + (after - before) + " context(s) orphaned by the kill"
                    : ", " + (after - before) + " context(s) left";
        }
        Integer executed = run.calls().get("commands/execute");
        boolean ran = executed == null ? run.outcome().ok() : executed > 0;
        boolean rightAnswer = run.outcome().ok() && run.outcome().body() != null && run.outcome().body().contains("2");
        boolean truthful = run.outcome().ok() ? rightAnswer : Check.truthful(run.outcome(), ran);
        String state = executed == null ? "command state unknown" : executed == 0 ? "no command ran"
                : executed == 1 ? (run.outcome().ok() ? "command ran" : "command ran (Finished)") : executed + " commands ran";
        return new Check(null, noLeak, null, truthful, state + contexts);
    }

    private static int orphanedByTheKill(Map<String, Integer> callsAtKill) {
        int created = callsAtKill.getOrDefault("contexts/create", 0);
        int destroyed = callsAtKill.getOrDefault("contexts/destroy", 0);
        return Math.max(0, created - destroyed);
    }
}
