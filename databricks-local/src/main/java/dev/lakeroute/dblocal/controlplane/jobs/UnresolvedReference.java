package dev.lakeroute.dblocal.controlplane.jobs;

/**
 * A task's parameters name a task value that its run does not have; Databricks fails such a task before it
 * runs, and so does the engine (the message becomes the task's state message).
 */
final class UnresolvedReference extends RuntimeException {

    UnresolvedReference(String message) {
        super(message, null, false, false);
    }
}
