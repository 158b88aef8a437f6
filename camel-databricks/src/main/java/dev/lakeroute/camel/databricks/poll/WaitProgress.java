package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.WaitedFor;

/**
 * INFO lines for a long wait: one once it has lasted {@code waitLogThreshold} (10 s by default), then one on every state change and
 * one a minute while the state stays the same, never one per poll, so a thousand waits do not flood the log.
 */
public final class WaitProgress {

    private static final Logger LOG = LoggerFactory.getLogger("dev.lakeroute.camel.databricks.Wait");
    static final Duration REMINDER = Duration.ofMinutes(1);
    /** Waits shorter than this are not worth an INFO line (the default {@code waitLogThreshold}). */
    static final Duration QUIET = Duration.ofSeconds(10);

    private final String operation;
    private final String what;
    private final String id;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private final long quietNanos;
    private String lastState;
    private long lastLogNanos;
    private boolean announced;
    private volatile String pageUrl;

    /**
     * @param what the kind of thing waited for (run, command, cluster, statement, context)
     * @param id   its id
     */
    public WaitProgress(String operation, String what, String id) {
        this(operation, what, id, QUIET);
    }

    /** @param quiet how long the wait stays at DEBUG before its first INFO line */
    public WaitProgress(String operation, String what, String id, Duration quiet) {
        this(operation, what, id, quiet, System::nanoTime);
    }

    WaitProgress(String operation, String what, String id, LongSupplier nanoTime) {
        this(operation, what, id, QUIET, nanoTime);
    }

    WaitProgress(String operation, String what, String id, Duration quiet, LongSupplier nanoTime) {
        this.operation = operation;
        this.what = what;
        this.id = id;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.quietNanos = quiet.toNanos();
        this.lastLogNanos = startNanos;
    }

    /**
     * Notes the state a probe saw. A wait that ends within its quiet time logs at DEBUG only, so a thousand
     * quick commands print nothing at INFO; once it has lasted that long, one INFO line, then one on every
     * state change and one a minute while the state stays the same — never one per poll.
     *
     * @return whether an INFO line was logged
     */
    public synchronized boolean observe(String state) {
        long now = nanoTime.getAsLong();
        boolean changed = !state.equals(lastState);
        lastState = state;
        if (now - startNanos < quietNanos) {
            if (changed) {
                LOG.debug("{} {} {}: {} after {} ms", operation, what, id, state, elapsed().toMillis());
            }
            return false;
        }
        if (announced && !changed && now - lastLogNanos < REMINDER.toNanos()) {
            return false;
        }
        boolean first = !announced;
        announced = true;
        lastLogNanos = now;
        LOG.info("{} {} {}: {}{} after {} s{}", operation, what, id, changed || first ? "" : "still ", state,
                elapsed().toSeconds(), pageUrl == null ? "" : " (" + pageUrl + ")");
        return true;
    }

    public Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - startNanos);
    }

    public synchronized String lastState() {
        return lastState;
    }

    public String operation() {
        return operation;
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }

    /** The page of what is waited for (a run's run_page_url), once a probe told it. */
    public void pageUrl(String url) {
        if (url != null && !url.isBlank()) {
            pageUrl = url;
        }
    }

    public String pageUrl() {
        return pageUrl;
    }

    /** What this wait waits for, with what became of it. */
    public WaitedFor waitedFor(WaitedFor.RemoteState remote) {
        return new WaitedFor(what, id, pageUrl, remote);
    }
}
