package dev.lakeroute.camel.databricks.error;

import java.util.List;

/**
 * One attempt of a job run that failed: the first run ({@code repairId} null) or one of its repairs.
 *
 * @param number      1 for the run itself, 2 for its first repair ...
 * @param repairId    the repair_id jobs/runs/repair answered; null for the run itself
 * @param resultState the run's result state at the end of this attempt (null when it got none)
 * @param failedTasks the tasks that did not succeed in this attempt, in the run's task order
 */
public record RunAttempt(int number, Long repairId, String resultState, List<FailedTask> failedTasks) {

    public RunAttempt {
        failedTasks = List.copyOf(failedTasks);
    }
}
