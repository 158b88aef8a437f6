package dev.lakeroute.camel.databricks.error;

import java.util.Objects;

/**
 * What a failed wait was waiting for, and what became of it: the run, cluster, statement or command,
 * its page when Databricks gave one, and whether the remote work is still running, was cancelled or
 * ended. Carried by the {@link DatabricksException} the wait failed with and copied into the
 * exchange's headers, so a route can re-attach to a run that goes on, or report the one that ended.
 *
 * @param kind    run, cluster, statement, command or context
 * @param id      its id
 * @param pageUrl the run page URL, null when none is known
 */
public record WaitedFor(String kind, String id, String pageUrl, RemoteState remote) {

    public WaitedFor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(remote, "remote");
    }

    /** What became of the remote work when the wait failed. */
    public enum RemoteState {
        /** The wait gave up, the work goes on (no cancel was asked for). */
        RUNNING("is still running"),
        /** The wait gave up and cancelled the work. */
        CANCELLED("was cancelled"),
        /** The work reached its end (a run that FAILED, a cluster in ERROR): the failure is its outcome. */
        ENDED("ended"),
        /** The state could not be read (the server refused the probe, a cancel failed): it may still be running. */
        UNKNOWN("may still be running: its state could not be read");

        private final String phrase;

        RemoteState(String phrase) {
            this.phrase = phrase;
        }

        public String phrase() {
            return phrase;
        }
    }

    /** "run 12 is still running (https://…/#job/3/run/12)". */
    public String describe() {
        return kind + " " + id + " " + remote.phrase() + (pageUrl == null ? "" : " (" + pageUrl + ")");
    }
}
