package dev.lakeroute.dblocal.sparkdriver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One submitted command and where it is in its life. Status and result change together (one atomic
 * snapshot), states only move forward, and a cancel wins over a result that arrives after it, so a
 * cancelled command never reports {@code Finished}.
 */
public final class Command {
    private static final CommandResult CANCELLED =
            CommandResult.error("Command cancelled", "The command was cancelled by commands/cancel");

    /** What commands/status reports, read in one piece. */
    public record Snapshot(CommandStatus status, CommandResult result) {
    }

    private final String id;
    private final String code;
    private final AtomicReference<Snapshot> state = new AtomicReference<>(new Snapshot(CommandStatus.Queued, null));
    private final CompletableFuture<Snapshot> done = new CompletableFuture<>();
    private volatile Thread runner;

    public Command(String id, String code) {
        this.id = id;
        this.code = code;
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Snapshot snapshot() {
        return state.get();
    }

    /** Completes with the final snapshot; lets status requests wait instead of polling. */
    public CompletableFuture<Snapshot> done() {
        return done;
    }

    public CommandStatus status() {
        return state.get().status();
    }

    /** The job group its Spark jobs run under, so that cancel reaches exactly this command's jobs. */
    public String jobGroup() {
        return "lakeroute-command-" + id;
    }

    /** Queued → Running on the context's thread; false when it was cancelled while waiting. */
    boolean start(Thread thread) {
        runner = thread;
        return move(CommandStatus.Queued, new Snapshot(CommandStatus.Running, null));
    }

    /** Records the outcome, or Cancelled when a cancel arrived while it ran. */
    void finish(CommandResult outcome) {
        if (!move(CommandStatus.Running, new Snapshot(CommandStatus.Finished, outcome))) {
            move(CommandStatus.Cancelling, new Snapshot(CommandStatus.Cancelled, CANCELLED));
        }
    }

    /** The runtime failed (not the user's code): status Error, unless a cancel asked for it. */
    void fail(String summary, String cause) {
        if (!move(CommandStatus.Running, new Snapshot(CommandStatus.Error, CommandResult.error(summary, cause)))) {
            move(CommandStatus.Cancelling, new Snapshot(CommandStatus.Cancelled, CANCELLED));
            move(CommandStatus.Queued, new Snapshot(CommandStatus.Error, CommandResult.error(summary, cause)));
        }
    }

    /** Queued → Cancelled at once; Running → Cancelling until the runner returns (then true). */
    boolean cancel() {
        move(CommandStatus.Queued, new Snapshot(CommandStatus.Cancelled, CANCELLED));
        return move(CommandStatus.Running, new Snapshot(CommandStatus.Cancelling, null));
    }

    /** Interrupts the runner only while it still runs this command, never the next one. */
    synchronized void interruptRunner() {
        if (runner != null) {
            runner.interrupt();
        }
    }

    synchronized void detachRunner() {
        runner = null;
    }

    boolean isCancelling() {
        return status() == CommandStatus.Cancelling;
    }

    private boolean move(CommandStatus from, Snapshot to) {
        Snapshot current = state.get();
        if (current.status() != from || !state.compareAndSet(current, to)) {
            return false;
        }
        if (to.status().isTerminal()) {
            done.complete(to);
        }
        return true;
    }
}
