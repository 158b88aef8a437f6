package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;

/**
 * What differs between scala, sql and python contexts. {@link #start()}, {@link #execute} and
 * {@link #close()} all run on the context's own thread, one at a time; {@link #cancel} comes from
 * another thread while {@link #execute} runs.
 */
public interface LanguageContext {

    String language();

    /** The slow part of contexts/create (an interpreter, a process); the context is Pending until it returns. */
    void start() throws Exception;

    /**
     * Runs one command. A failure of the user's code is a result ({@code resultType: error}), not an
     * exception; an exception means the context itself is broken and ends the command in status Error.
     */
    CommandResult execute(Command command) throws Exception;

    /** Language-specific cancel on top of the Spark job group and thread interrupt (e.g. SIGINT to python). */
    default void cancel(Command command) {
    }

    /** Values for {@code dbutils.widgets.get}, as a notebook job's parameters; runs on the context's thread. */
    default void setWidgets(Map<String, String> widgets) throws Exception {
    }

    /** The job task run this context serves, for {@code dbutils.jobs.taskValues}; runs on the context's thread. */
    default void bindTaskRun(TaskRun taskRun) throws Exception {
    }

    /** The task values the context's code set with {@code dbutils.jobs.taskValues.set}, by key. */
    default Map<String, JsonNode> taskValues() {
        return Map.of();
    }

    /** A remark for contexts/status, e.g. that python runs without Spark. */
    default Optional<String> note() {
        return Optional.empty();
    }

    void close();
}
