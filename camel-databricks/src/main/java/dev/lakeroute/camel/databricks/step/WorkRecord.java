package dev.lakeroute.camel.databricks.step;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.spi.StateRepository;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * Which statement or command each message started, kept in the user's {@code stateRepository} so a redelivered
 * message re-attaches to it instead of running it again. A message is marked {@link #SENDING} before its work
 * is sent and gets the work's id as soon as Databricks answers; a mark without an id means the component stopped
 * (or crashed) in between, and the work may have run: such a message is refused, never run a second time.
 */
public final class WorkRecord {

    static final String SENDING = "sending";

    private final StateRepository<String, String> repository;
    private final String kind;

    /** @param kind what the ids are of, and the prefix of the keys: sql/statements/execute, command */
    public WorkRecord(StateRepository<String, String> repository, String kind) {
        this.repository = repository;
        this.kind = kind;
    }

    private String key(String messageKey) {
        return kind + ":" + messageKey;
    }

    /** The id of the work this message started, or null when it has not started any. */
    public String startedBy(String messageKey, String operation) {
        String state = repository.getState(key(messageKey));
        if (state == null || state.isEmpty()) {
            return null;
        }
        if (SENDING.equals(state)) {
            throw new DatabricksStateException(operation, "(none recorded)", "UNKNOWN", java.util.List.of(
                    "an earlier delivery of this message sent its " + (kind.equals("command") ? "command" : "statement")
                    + " but stopped before Databricks answered,"
                    + " so it may have run; it is not run again. To run it anyway, remove the key " + key(messageKey)
                    + " from the stateRepository, or give the message a new CamelDatabricksIdempotencyToken"));
        }
        return state;
    }

    public void sending(String messageKey) {
        repository.setState(key(messageKey), SENDING);
    }

    public void started(String messageKey, String id) {
        repository.setState(key(messageKey), id);
    }

    private boolean isRecorded(String messageKey) {
        String state = repository.getState(key(messageKey));
        return state != null && !state.isEmpty() && !SENDING.equals(state);
    }

    /** Camel's StateRepository cannot remove a key: an empty value means none. */
    private void forget(String messageKey) {
        repository.setState(key(messageKey), "");
    }

    /**
     * When {@code work} fails before Databricks recorded anything ({@link #certainlyNotStarted}), forgets the
     * message's mark, so a redelivery sends the work after all.
     */
    public void forgetUnlessStarted(String messageKey, CompletableFuture<?> work) {
        work.whenComplete((done, failure) -> {
            if (failure != null && !isRecorded(messageKey) && certainlyNotStarted(failure)) {
                forget(messageKey);
            }
        });
    }

    /**
     * The server refused the request (4xx, or 503: it did not act on it), or no attempt reached it. Any other
     * failure (a 500, a dropped connection) may have come after the statement was created.
     */
    static boolean certainlyNotStarted(Throwable failure) {
        Throwable cause = Failures.unwrap(failure);
        if (cause instanceof DatabricksTransportException transport) {
            return !transport.mayHaveReachedServer();
        }
        if (cause instanceof DatabricksException known) {
            int status = known.getHttpStatus();
            return status >= 400 && status < 500 || status == 503;
        }
        return false;
    }
}
