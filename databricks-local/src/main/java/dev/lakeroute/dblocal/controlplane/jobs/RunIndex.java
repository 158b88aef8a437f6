package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.Comparator;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The order {@code jobs/runs/list} pages through — newest start first, then highest run id — over all runs
 * and per job, so a page costs what it shows rather than what is stored. Holds only what never changes
 * after a run is created (ids, start time); anything else is read from the run when a page is built.
 */
final class RunIndex {
    /** One run's place in the listing. */
    record Entry(long runId, long jobId, long startTime) {
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(Entry::startTime).reversed()
            .thenComparing(Comparator.comparingLong(Entry::runId).reversed());

    private final NavigableSet<Entry> all = new ConcurrentSkipListSet<>(NEWEST_FIRST);
    private final ConcurrentMap<Long, NavigableSet<Entry>> byJob = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Entry> byRun = new ConcurrentHashMap<>();

    void add(JsonNode run) {
        Entry entry = new Entry(run.path("run_id").asLong(), run.path("job_id").asLong(), run.path("start_time").asLong());
        if (byRun.putIfAbsent(entry.runId(), entry) == null) {
            all.add(entry);
            byJob.computeIfAbsent(entry.jobId(), key -> new ConcurrentSkipListSet<>(NEWEST_FIRST)).add(entry);
        }
    }

    void remove(long runId) {
        Entry entry = byRun.remove(runId);
        if (entry != null) {
            all.remove(entry);
            NavigableSet<Entry> ofJob = byJob.get(entry.jobId());
            if (ofJob != null) {
                ofJob.remove(entry);
            }
        }
    }

    /** Runs of {@code jobId} (or of all jobs) that started within [{@code from}, {@code to}], newest first. */
    NavigableSet<Entry> newestFirst(Optional<Long> jobId, long from, long to) {
        NavigableSet<Entry> runs = jobId.isPresent() ? byJob.get(jobId.get()) : all;
        if (runs == null || from > to) {
            return Collections.emptyNavigableSet();
        }
        return runs.subSet(new Entry(Long.MAX_VALUE, 0, to), true, new Entry(Long.MIN_VALUE, 0, from), true);
    }
}
