package dev.lakeroute.camel.databricks;

import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.clusters.ClusterStep;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.step.BoundStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The composite steps' options are checked when the endpoint is created, naming the option and what it accepts. */
class CompositeOptionsTest extends CamelTestSupport {

    private static final String HOST = "host=https://adb-1.azuredatabricks.net&token=dapi-x&";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("databricks", TestComponents.isolated());
        context.getRegistry().bind("records", new org.apache.camel.support.processor.state.MemoryStateRepository());
        return context;
    }

    static Stream<Arguments> wrong() {
        return Stream.of(
                arguments("command?clusterId=c&lang=java", "lang", "scala, python, sql or r"),
                arguments("jobs/runs/submit?stateRepository=#records", "stateRepository", "only with sql/statements/execute and databricks:command"),
                arguments("command?clusterId=c&language=cobol", "language", "scala, python, sql or r"),
                arguments("command?lang=scala", "clusterId", "cluster"),
                arguments("command?clusterId=c", "lang", "scala, python, sql or r"),
                arguments("command?clusterId=c&lang=scala&contextPolicy=pool", "contextPolicy", "shared, perExchange, header"),
                arguments("command?clusterId=c&lang=scala&language=python", "lang", "one of lang or language"),
                arguments("clusters/get?clusterId=c&lang=scala", "lang", "databricks:command"),
                arguments("clusters/delete?clusterId=c&waitForState=RUNNING", "waitForState", "TERMINATED"),
                arguments("clusters/start?clusterId=c&waitForState=INSTALLED", "waitForState", "RUNNING"),
                arguments("dbfs/list?path=/&waitForState=RUNNING", "waitForState", "libraries/install (INSTALLED)"),
                arguments("jobs/list?fetchOutput=true", "fetchOutput", "jobs/runs/submit, jobs/run-now, jobs/runs/repair"),
                arguments("jobs/list?repairAttempts=2", "repairAttempts", "jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow"),
                arguments("jobs/run-now?repairAttempts=-1", "repairAttempts", "0 (no repair) to 100"),
                arguments("jobs/runs/submit?jobName=nightly", "jobName", "only with jobs/run-now"),
                arguments("jobs/run-now?jobName=nightly&jobId=3", "jobName", "either jobName or jobId"),
                arguments("jobs/runs/submit?cancelPreviousRuns=true", "cancelPreviousRuns", "jobs/run-now and databricks:workflow"),
                arguments("clusters/get?clusterId=c&definition=classpath:a.json", "definition", "databricks:workflow"),
                arguments("workflow?fetchOutput=true", "fetchOutput", "always returns each task's output"),
                arguments("jobs/list?businessKey=order-1", "businessKey", "sql/statements/execute"),
                arguments("sql/warehouses/stop?param.id=w&waitForState=RUNNING", "waitForState", "STOPPED"),
                arguments("clusters/get?clusterId=c&sparkVersion=latest-lts", "sparkVersion", "clusters/create"),
                arguments("sql/statements/execute?statementWaitTimeout=60s", "statementWaitTimeout", "0s, or 5s to 50s"),
                arguments("jobs/run-now?pollInterval=5000&maxPollInterval=1000", "maxPollInterval", ">= pollInterval"),
                arguments("dbfs/list?path=/&localPath=/tmp/x", "localPath", "dbfs/read and fs/files/download"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrong")
    void wrongOptionFailsAtEndpointCreation(String uri, String option, String allowed) {
        String full = "databricks:" + uri + (uri.contains("?") ? "&" : "?") + HOST.substring(0, HOST.length() - 1);
        assertThatThrownBy(() -> context.getEndpoint(full))
                .rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .satisfies(e -> {
                    DatabricksConfigurationException c = (DatabricksConfigurationException) e;
                    assertThat(c.getOption()).isEqualTo(option);
                    assertThat(c.getAllowed()).contains(allowed);
                });
    }

    @Test
    void validCompositeOptionsAreAccepted() {
        for (String uri : new String[] {
            "command?clusterId=c&language=python&contextPolicy=perExchange&commandTimeout=30s&autoStart=true",
            "jobs/run-now?jobId=1&fetchOutput=true&runTimeout=1h&cancelOnStop=false",
            "clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
            "clusters/delete?clusterId=c&waitForState=TERMINATED",
            "libraries/install?clusterId=c&waitForState=INSTALLED",
            "sql/statements/execute?warehouseId=w&statementWaitTimeout=0s&streamList=true",
            "dbfs/read?path=/a&localPath=/tmp/a",
            "jobs/run-now?jobName=nightly&cancelPreviousRuns=true&repairAttempts=2",
            "jobs/runs/repair?runId=1&repairAttempts=1",
            "workflow?definition=classpath:a.json&repairAttempts=1&cancelPreviousRuns=true",
            "sql/warehouses/start?param.id=w&waitForState=RUNNING",
            "sql/warehouses/stop?param.id=w&waitForState=STOPPED",
            "sql/statements/execute?warehouseId=w&businessKey=order-1&camelTags=false" }) {
            assertThat(context.getEndpoint("databricks:" + uri + "&" + HOST.substring(0, HOST.length() - 1))).as(uri).isNotNull();
        }
    }

    @Test
    void langIsLanguageUnderItsShortName() {
        DatabricksEndpoint command = (DatabricksEndpoint) context.getEndpoint("databricks:command?clusterId=c&lang=python&"
                                                                            + HOST.substring(0, HOST.length() - 1));
        assertThat(command.getConfiguration().getLanguage()).isEqualTo("python");
        assertThat(context.getEndpoint("databricks:contexts/create?clusterId=c&lang=scala&" + HOST.substring(0, HOST.length() - 1)))
                .as("lang is the language field wherever an operation has one").isNotNull();
        assertThatThrownBy(() -> context.getEndpoint("databricks:jobs/list?lang=scala&" + HOST.substring(0, HOST.length() - 1)))
                .rootCause().hasMessageContaining("Invalid option lang")
                .hasMessageContaining("databricks:command, commands/execute, contexts/create, workspace/import");
    }

    @Test
    void componentDefaultsAreIgnoredByOperationsWithoutAUseForThem() {
        DatabricksComponent component = context.getComponent("databricks", DatabricksComponent.class);
        component.getConfiguration().setCommandTimeout(600000);
        component.getConfiguration().setRunTimeout(3600000);
        component.getConfiguration().setWaitForState("RUNNING");
        component.getConfiguration().setLang("scala");
        try {
            DatabricksEndpoint delete = (DatabricksEndpoint) context.getEndpoint("databricks:clusters/delete?clusterId=c&"
                                                                               + HOST.substring(0, HOST.length() - 1));
            assertThat(waitForState(delete)).as("RUNNING does not fit clusters/delete").isNull();
            DatabricksEndpoint start = (DatabricksEndpoint) context.getEndpoint("databricks:clusters/start?clusterId=c&"
                                                                              + HOST.substring(0, HOST.length() - 1));
            assertThat(waitForState(start)).isEqualTo("RUNNING");
            assertThat(context.getEndpoint("databricks:dbfs/list?path=/&" + HOST.substring(0, HOST.length() - 1))).isNotNull();
        } finally {
            component.setConfiguration(new DatabricksConfiguration());
        }
    }

    /** The state the endpoint's cluster step waits for (the configuration stays as it was given). */
    private static String waitForState(DatabricksEndpoint endpoint) {
        return ((ClusterStep.Options) ((BoundStep<?>) endpoint.step()).options()).waitForState();
    }
}
