package dev.lakeroute.dblocal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Waits until a task's {@code libraries} are installed on its cluster. The run engine asks the libraries
 * family to install them; on a RUNNING cluster that happens in the background, so a JAR task must not
 * create its context (whose classpath is fixed when it starts) before its JARs are INSTALLED.
 */
final class TaskLibraries {
    private static final Duration CHECK_EVERY = Duration.ofMillis(50);
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private TaskLibraries() {
    }

    /** Completes with null when all are INSTALLED, or with the failure messages of those that FAILED. */
    static CompletableFuture<String> await(LibraryRegistry registry, ScheduledExecutorService scheduler, String clusterId,
                                           JsonNode libraries) {
        CompletableFuture<String> result = new CompletableFuture<>();
        if (!libraries.isArray() || libraries.isEmpty()) {
            result.complete(null);
            return result;
        }
        check(registry, scheduler, clusterId, libraries, System.currentTimeMillis() + LIMIT.toMillis(), result);
        return result;
    }

    private static void check(LibraryRegistry registry, ScheduledExecutorService scheduler, String clusterId, JsonNode libraries,
                              long deadline, CompletableFuture<String> result) {
        if (result.isDone()) {
            return;
        }
        List<String> failures = new ArrayList<>();
        boolean allInstalled = true;
        try {
            JsonNode statuses = registry.clusterStatus(clusterId).path("library_statuses");
            for (JsonNode library : libraries) {
                String status = statusOf(statuses, library);
                if ("FAILED".equals(status)) {
                    failures.add(library + ": " + messagesOf(statuses, library));
                } else if (!"INSTALLED".equals(status)) {
                    allInstalled = false;
                }
            }
        } catch (RuntimeException e) {
            result.complete("Cannot read the library status of cluster " + clusterId + ": " + e.getMessage());
            return;
        }
        if (!failures.isEmpty()) {
            result.complete("Library installation failed: " + String.join("; ", failures));
        } else if (allInstalled) {
            result.complete(null);
        } else if (System.currentTimeMillis() > deadline) {
            result.complete("The task's libraries were not installed on cluster " + clusterId + " within " + LIMIT.toSeconds() + " s");
        } else {
            try {
                scheduler.schedule(() -> check(registry, scheduler, clusterId, libraries, deadline, result),
                        CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                result.completeExceptionally(closing);
            }
        }
    }

    private static String statusOf(JsonNode statuses, JsonNode library) {
        for (JsonNode status : statuses) {
            if (status.path("library").equals(library)) {
                return status.path("status").asText();
            }
        }
        return "";
    }

    private static String messagesOf(JsonNode statuses, JsonNode library) {
        for (JsonNode status : statuses) {
            if (status.path("library").equals(library)) {
                List<String> messages = new ArrayList<>();
                status.path("messages").forEach(message -> messages.add(message.asText()));
                return String.join(" ", messages);
            }
        }
        return "";
    }
}
