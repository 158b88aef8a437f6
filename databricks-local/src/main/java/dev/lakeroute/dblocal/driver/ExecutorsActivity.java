package dev.lakeroute.dblocal.driver;

import java.util.List;

/**
 * What a driver's executors are doing ({@code GET /executors} of the driver protocol): per executor its
 * running tasks and how long it has been idle, and the tasks of active stages no executor runs yet.
 */
public record ExecutorsActivity(String applicationId, List<Executor> executors, int runningTasks, int pendingTasks) {

    /** {@code idleMillis} is 0 while the executor runs a task. */
    public record Executor(String id, int runningTasks, long idleMillis) {
    }

    public ExecutorsActivity {
        executors = executors == null ? List.of() : List.copyOf(executors);
    }
}
