package dev.lakeroute.camel.databricks.sql;

import org.apache.camel.spi.StateRepository;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * Which statement each message started, kept in the user's {@code statementRepository} so a redelivered
 * message re-attaches to it instead of running it again. A message is marked {@link #SENDING} before its
 * statement is sent and gets the statement id as soon as Databricks answers; a mark without an id means
 * the component stopped (or crashed) in between, and the statement may have run: such a message is refused,
 * never run a second time.
 */
final class StatementRecord {

    static final String SENDING = "sending";

    private final StateRepository<String, String> repository;

    StatementRecord(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    private static String key(String messageKey) {
        return "sql/statements/execute:" + messageKey;
    }

    /** The statement this message started, or null when it has not started one. */
    String statementOf(String messageKey, String operation) {
        String state = repository.getState(key(messageKey));
        if (state == null || state.isEmpty()) {
            return null;
        }
        if (SENDING.equals(state)) {
            throw new DatabricksStateException(operation, "(none recorded)", "UNKNOWN", java.util.List.of(
                    "an earlier delivery of this message sent its statement but stopped before Databricks answered,"
                    + " so it may have run; it is not run again. To run it anyway, remove the key " + key(messageKey)
                    + " from the statementRepository, or give the message a new CamelDatabricksIdempotencyToken"));
        }
        return state;
    }

    void sending(String messageKey) {
        repository.setState(key(messageKey), SENDING);
    }

    void started(String messageKey, String statementId) {
        repository.setState(key(messageKey), statementId);
    }

    boolean isRecorded(String messageKey) {
        String state = repository.getState(key(messageKey));
        return state != null && !state.isEmpty() && !SENDING.equals(state);
    }

    /** Camel's StateRepository cannot remove a key: an empty value means none. */
    void forget(String messageKey) {
        repository.setState(key(messageKey), "");
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
