package dev.lakeroute.dblocal.controlplane.statements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One statement's state machine: PENDING (waiting for its warehouse or a free slot on it) → RUNNING
 * (on the warehouse's driver) → SUCCEEDED, FAILED or CANCELED. The first terminal state wins, so a
 * cancel that overtakes the result sticks, and a result arriving after a cancel is dropped.
 */
final class Statement {
    enum State {
        PENDING, RUNNING, SUCCEEDED, FAILED, CANCELED, CLOSED;

        boolean terminal() {
            return this != PENDING && this != RUNNING;
        }
    }

    private final String id;
    private final StatementRequest request;
    private final String userName;
    private final long startMillis;
    private final Consumer<Statement> onEnd;
    private final CompletableFuture<State> finished = new CompletableFuture<>();
    private State state = State.PENDING;
    private StatementError error;
    private StatementResult result;
    private Long endMillis;
    private Runnable canceller = () -> { };

    /** @param onEnd told of the terminal state before anyone waiting on {@link #finished()} is, so readers see it recorded */
    Statement(String id, StatementRequest request, String userName, long startMillis, Consumer<Statement> onEnd) {
        this.id = id;
        this.request = request;
        this.userName = userName;
        this.startMillis = startMillis;
        this.onEnd = onEnd;
    }

    /** Runs {@code action} only while the statement is not terminal, holding off its end meanwhile. */
    synchronized void whileActive(Runnable action) {
        if (!state.terminal()) {
            action.run();
        }
    }

    String id() {
        return id;
    }

    StatementRequest request() {
        return request;
    }

    String userName() {
        return userName;
    }

    long startMillis() {
        return startMillis;
    }

    synchronized State state() {
        return state;
    }

    synchronized StatementError error() {
        return error;
    }

    synchronized StatementResult result() {
        return result;
    }

    synchronized Long endMillis() {
        return endMillis;
    }

    /** Completes with the terminal state. */
    CompletableFuture<State> finished() {
        return finished;
    }

    /** PENDING → RUNNING; false if it was cancelled meanwhile. */
    synchronized boolean markRunning(Runnable cancelWork) {
        if (state != State.PENDING) {
            return false;
        }
        state = State.RUNNING;
        canceller = cancelWork;
        return true;
    }

    boolean succeed(StatementResult value, long now) {
        return end(State.SUCCEEDED, null, value, now);
    }

    boolean fail(StatementError failure, long now) {
        return end(State.FAILED, failure, null, now);
    }

    /** Ends the statement CANCELED at once and stops its work on the driver (the Spark jobs) in the background. */
    boolean cancel(long now) {
        Runnable work;
        synchronized (this) {
            work = canceller;
        }
        boolean cancelled = end(State.CANCELED, null, null, now);
        if (cancelled) {
            work.run();
        }
        return cancelled;
    }

    private boolean end(State terminal, StatementError failure, StatementResult value, long now) {
        synchronized (this) {
            if (state.terminal()) {
                return false;
            }
            state = terminal;
            error = failure;
            result = value;
            endMillis = now;
        }
        onEnd.accept(this);
        finished.complete(terminal);
        return true;
    }

    /** The {@code StatementResponse}: status always; manifest and the first chunk once SUCCEEDED. */
    synchronized ObjectNode view() {
        ObjectNode view = Json.object().put("statement_id", id);
        ObjectNode status = view.putObject("status").put("state", state.name());
        if (error != null) {
            status.putObject("error").put("error_code", error.errorCode()).put("message", error.message());
        }
        if (state == State.SUCCEEDED && result != null) {
            view.set("manifest", result.manifest());
            if (result.chunkCount() > 0) {
                view.set("result", result.chunk(0));
            }
        }
        return view;
    }
}
