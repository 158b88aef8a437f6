package dev.lakeroute.dblocal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCollectionTest {
    private static final int THREADS = 8;
    private static final int INCREMENTS = 200;

    @Test
    void concurrentUpdatesOfOneDocumentLoseNothingOnDiskOrInMemory(@TempDir Path dir) throws Exception {
        DocumentCollection counters = new StateStore(dir).collection("counters");
        counters.put("c", Json.object().put("n", 0));
        concurrently(thread -> counters.update("c", doc -> doc.put("n", doc.path("n").asInt() + 1)));

        assertThat(counters.get("c").orElseThrow().path("n").asInt()).isEqualTo(THREADS * INCREMENTS);
        assertThat(new StateStore(dir).collection("counters").get("c").orElseThrow().path("n").asInt())
                .as("the file holds the newest version, never an older one written late").isEqualTo(THREADS * INCREMENTS);
        assertThat(leftoverTempFiles(dir)).isEmpty();
    }

    @Test
    void concurrentUpdatesOfManyDocumentsEachEndWithTheirOwnLastVersion(@TempDir Path dir) throws Exception {
        DocumentCollection docs = new StateStore(dir).collection("docs");
        concurrently(thread -> {
            for (int doc = 0; doc < 5; doc++) {
                String id = thread + "/" + doc;
                if (!docs.contains(id)) {
                    docs.put(id, Json.object().put("n", 0).put("owner", thread));
                }
                docs.update(id, current -> current.put("n", current.path("n").asInt() + 1));
            }
        });

        DocumentCollection reloaded = new StateStore(dir).collection("docs");
        assertThat(reloaded.size()).isEqualTo(THREADS * 5);
        reloaded.scan((id, doc) -> assertThat(doc.path("n").asInt()).as(id).isEqualTo(INCREMENTS));
    }

    @Test
    void deferredChangesAreVisibleAtOnceAndReachTheDiskWithTheNextFlushOrUpdate(@TempDir Path dir) {
        DocumentCollection runs = new StateStore(dir).collection("runs");
        runs.put("r", Json.object().put("state", "PENDING"));

        runs.updateDeferred("r", doc -> doc.put("state", "RUNNING"));
        assertThat(runs.get("r").orElseThrow().path("state").asText()).isEqualTo("RUNNING");
        assertThat(stateOnDisk(dir)).isEqualTo("PENDING");

        runs.flush("r");
        assertThat(stateOnDisk(dir)).isEqualTo("RUNNING");

        runs.updateDeferred("r", doc -> doc.put("state", "TERMINATED"));
        runs.update("r", doc -> doc);
        assertThat(stateOnDisk(dir)).as("an update writes the deferred change even when it changes nothing itself")
                .isEqualTo("TERMINATED");
    }

    @Test
    void theChangeCountGrowsWithEveryChangeOfADocumentAndOnlyThen(@TempDir Path dir) {
        DocumentCollection clusters = new StateStore(dir).collection("clusters");
        long start = clusters.changes();

        clusters.put("a", Json.object().put("state", "PENDING"));
        long afterPut = clusters.changes();
        clusters.get("a");
        clusters.update("a", doc -> doc);
        clusters.flush("a");
        assertThat(clusters.changes()).as("reads and updates that change nothing").isEqualTo(afterPut);

        clusters.updateDeferred("a", doc -> doc.put("state", "RUNNING"));
        long afterDeferred = clusters.changes();
        clusters.remove("a");

        assertThat(afterPut).isGreaterThan(start);
        assertThat(afterDeferred).isGreaterThan(afterPut);
        assertThat(clusters.changes()).isGreaterThan(afterDeferred);
    }

    @Test
    void aRemovedAndRecreatedDocumentKeepsOnlyItsNewVersion(@TempDir Path dir) throws Exception {
        DocumentCollection docs = new StateStore(dir).collection("docs");
        concurrently(thread -> {
            docs.put("shared", Json.object().put("by", thread));
            docs.remove("shared");
            docs.put("shared", Json.object().put("by", thread));
        });
        ObjectNode inMemory = docs.get("shared").orElseThrow();
        assertThat(new StateStore(dir).collection("docs").get("shared")).contains(inMemory);
    }

    private interface Work {
        void run(int thread) throws Exception;
    }

    /** Runs {@code work} {@value #INCREMENTS} times on each of {@value #THREADS} threads released together. */
    private static void concurrently(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < INCREMENTS; i++) {
                        work.run(thread);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String stateOnDisk(Path dir) {
        return new StateStore(dir).collection("runs").get("r").orElseThrow().path("state").asText();
    }

    private static List<Path> leftoverTempFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
