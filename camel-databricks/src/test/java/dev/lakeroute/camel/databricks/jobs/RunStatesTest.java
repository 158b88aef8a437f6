package dev.lakeroute.camel.databricks.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.error.FailedTask;

import static org.assertj.core.api.Assertions.assertThat;

/** The judging of jobs/runs/get answers, for every life-cycle and result state Databricks documents. */
class RunStatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static RunStates.Judgement state(String lifeCycle, String result) {
        return RunStates.judge(run("{'state':{'life_cycle_state':'" + lifeCycle + "'" + (result == null ? "" : ",'result_state':'" + result + "'")
                                   + ",'state_message':'why'}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUEUED", "PENDING", "RUNNING", "TERMINATING", "BLOCKED", "WAITING_FOR_RETRY"})
    void activeLifeCycleStatesKeepTheWaitGoing(String lifeCycle) {
        assertThat(state(lifeCycle, null)).isEqualTo(new RunStates.Active(lifeCycle));
    }

    @Test
    void onlyTerminatedSuccessIsSuccess() {
        assertThat(state("TERMINATED", "SUCCESS")).isInstanceOf(RunStates.Succeeded.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAILED", "TIMEDOUT", "CANCELED", "MAXIMUM_CONCURRENT_RUNS_REACHED", "UPSTREAM_FAILED",
            "UPSTREAM_CANCELED", "EXCLUDED", "SUCCESS_WITH_FAILURES", "DISABLED"})
    void everyOtherResultOfATerminatedRunIsAFailureCarryingIt(String result) {
        assertThat(state("TERMINATED", result)).isEqualTo(new RunStates.Failed("TERMINATED", result, "why"));
    }

    @Test
    void skippedAndInternalErrorEndTheRunAsFailuresEvenWithoutAResult() {
        assertThat(state("SKIPPED", null)).isEqualTo(new RunStates.Failed("SKIPPED", null, "why"));
        assertThat(state("SKIPPED", "MAXIMUM_CONCURRENT_RUNS_REACHED"))
                .isEqualTo(new RunStates.Failed("SKIPPED", "MAXIMUM_CONCURRENT_RUNS_REACHED", "why"));
        assertThat(state("INTERNAL_ERROR", "FAILED")).isEqualTo(new RunStates.Failed("INTERNAL_ERROR", "FAILED", "why"));
        assertThat(state("INTERNAL_ERROR", "SUCCESS")).isInstanceOf(RunStates.Failed.class);
    }

    @Test
    void aLifeCycleStateNotKnownYetIsWaitedThrough() {
        assertThat(state("WARMING_UP", null)).isEqualTo(new RunStates.Active("WARMING_UP"));
        assertThat(RunStates.judge(run("{}"))).isEqualTo(new RunStates.Active("UNKNOWN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUEUED", "PENDING", "RUNNING", "TERMINATING", "BLOCKED", "WAITING"})
    void theStatusObjectAloneIsJudgedToo(String state) {
        assertThat(RunStates.judge(run("{'status':{'state':'" + state + "'}}"))).isEqualTo(new RunStates.Active(state));
    }

    @Test
    void aTerminatedStatusSucceedsOnlyWithTheSuccessTerminationCode() {
        assertThat(RunStates.judge(run("{'status':{'state':'TERMINATED','termination_details':{'code':'SUCCESS','type':'SUCCESS'}}}")))
                .isInstanceOf(RunStates.Succeeded.class);
        assertThat(RunStates.judge(run("{'status':{'state':'TERMINATED','termination_details':{'code':'USER_CANCELED','message':'by Ann'}}}")))
                .isEqualTo(new RunStates.Failed("TERMINATED", "USER_CANCELED", "by Ann"));
        assertThat(RunStates.judge(run("{'status':{'state':'TERMINATED','termination_details':{'code':'RUN_EXECUTION_ERROR','message':'boom'}}}")))
                .isEqualTo(new RunStates.Failed("TERMINATED", "RUN_EXECUTION_ERROR", "boom"));
    }

    @Test
    void stateWinsOverStatusAndStatusFillsAMissingMessage() {
        JsonNode run = run("{'state':{'life_cycle_state':'TERMINATED','result_state':'FAILED','state_message':''},"
                           + "'status':{'state':'TERMINATED','termination_details':{'code':'RUN_EXECUTION_ERROR','message':'Task a failed'}}}");
        assertThat(RunStates.judge(run)).isEqualTo(new RunStates.Failed("TERMINATED", "FAILED", "Task a failed"));
        JsonNode active = run("{'state':{'life_cycle_state':'RUNNING'},'status':{'state':'TERMINATED'}}");
        assertThat(RunStates.judge(active)).isEqualTo(new RunStates.Active("RUNNING"));
    }

    @Test
    void failedTasksAreTheTasksThatNeitherSucceededNorWereLeftOutOnPurpose() {
        JsonNode run = run("{'tasks':["
                           + "{'task_key':'a','run_id':1,'state':{'life_cycle_state':'TERMINATED','result_state':'SUCCESS'}},"
                           + "{'task_key':'b','run_id':2,'run_page_url':'u2','state':{'life_cycle_state':'TERMINATED','result_state':'FAILED','state_message':'1/0'}},"
                           + "{'task_key':'c','run_id':3,'state':{'life_cycle_state':'SKIPPED','result_state':'UPSTREAM_FAILED','state_message':'b failed'}},"
                           + "{'task_key':'d','run_id':4,'state':{'life_cycle_state':'SKIPPED','result_state':'EXCLUDED'}}]}");
        assertThat(RunStates.failedTasks(run)).containsExactly(
                new FailedTask("b", 2, "TERMINATED", "FAILED", "1/0", "u2"),
                new FailedTask("c", 3, "SKIPPED", "UPSTREAM_FAILED", "b failed", null));
    }
}
