package dev.lakeroute.camel.databricks.command;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.catalogue.Scope;
import dev.lakeroute.camel.databricks.clusters.ClusterWaiter;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.OptionCheck;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;
import dev.lakeroute.camel.databricks.step.WorkRecord;

/**
 * {@code databricks:command}: runs the message body as an API 1.2 command through a
 * {@link CommandLifecycle}. Not a catalogue operation but a step over contexts/* and commands/*; its
 * pseudo-operation only lists the fields its options may set.
 */
public final class CommandStep implements CompositeStep<CommandStep.Options> {

    public static final String NAME = "command";

    /** The pseudo-operation of databricks:command: the fields of commands/execute, sent by the lifecycle. */
    public static final Operation OPERATION = new Operation(NAME, "POST", "/api/1.2/commands/execute", "1.2", Scope.WORKSPACE,
            List.of(), Set.of(), Set.of("clusterId", "contextId", "language", "command"), false);

    public static final Set<String> LANGUAGES = Set.of("scala", "python", "sql", "r");
    private static final String USERS = "databricks:command";

    private final Calls calls;
    private final ClusterWaiter clusters;
    private final CommandResults results;

    /**
     * @param ready   the waits for the execution context (and with autoStart the cluster), limited by waitTimeout
     * @param command the polls of commands/status, limited by commandTimeout
     * @param record  the stateRepository's record of each message's command; null without one
     */
    public record Options(String language, ContextPolicy policy, boolean autoStart, WaitSettings ready, WaitSettings command,
                          WorkRecord record) {
    }

    public CommandStep(Calls calls, ClusterWaiter clusters, ObjectMapper mapper) {
        this.calls = calls;
        this.clusters = clusters;
        this.results = new CommandResults(mapper);
    }

    @Override
    public Set<String> operations() {
        return Set.of(NAME);
    }

    @Override
    public List<Operation> ownOperations() {
        return List.of(OPERATION);
    }

    @Override
    public void validate(OptionCheck check) {
        DatabricksConfiguration c = check.config();
        OptionCheck.notNegative("commandTimeout", c.getCommandTimeout());
        if (!serves(check.operation())) {
            check.onlyFor("contextPolicy", !"shared".equals(c.getContextPolicy()), USERS);
            check.onlyFor("commandTimeout", c.getCommandTimeout() > 0, USERS);
            check.onlyFor("autoStart", c.isAutoStart(), USERS);
            return;
        }
        if (c.getClusterId() == null || c.getClusterId().isBlank()) {
            throw new DatabricksConfigurationException("clusterId", "is required by databricks:command",
                    "the id of the cluster to run the command on");
        }
        if (c.getLanguage() == null) {
            throw new DatabricksConfigurationException("lang", "is required by databricks:command",
                    "scala, python, sql or r (as lang or language)");
        }
        if (ContextPolicy.parse(c.getContextPolicy()) == null) {
            throw new DatabricksConfigurationException("contextPolicy", "is '" + c.getContextPolicy() + "'",
                    ContextPolicy.allowed());
        }
    }

    @Override
    public Options options(DatabricksConfiguration config, Operation operation) {
        return new Options(config.getLanguage(),
                ContextPolicy.parse(config.getContextPolicy()), config.isAutoStart(),
                WaitSettings.of(config, config.getWaitTimeout()), WaitSettings.of(config, config.getCommandTimeout()),
                config.getStateRepository() == null ? null : new WorkRecord(config.getStateRepository(), NAME));
    }

    @Override
    public boolean readsBody(Object body) {
        return true;
    }

    static boolean isFile(Object body) {
        return body instanceof File || body instanceof Path || body instanceof InputStream;
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        return new CommandLifecycle(context, options, calls, clusters, results).run();
    }
}
