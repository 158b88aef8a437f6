package dev.lakeroute.camel.databricks;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;

/**
 * Counts one CamelContext's component threads while a test runs, sampling every few milliseconds: its
 * Databricks pools (worker and scheduler, named "Camel (name) thread #n - Databricks...") plus the HTTP
 * client's selector thread. JDK HTTP client selector threads of earlier contexts (and of databricks-local's
 * own clients) live until garbage collection, so only new ones are counted, and ours counts as one.
 */
public final class ComponentThreads implements AutoCloseable {

    private final String poolPrefix;
    private final long selectorsBefore;
    private final AtomicInteger max = new AtomicInteger();
    private final Set<String> seenAtMax = new TreeSet<>();
    private final Thread sampler;

    private ComponentThreads(CamelContext context) {
        this.poolPrefix = "Camel (" + context.getName() + ") ";
        this.selectorsBefore = selectors();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampleOnce();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "thread-sampler");
        sampler.setDaemon(true);
    }

    public static ComponentThreads sample(CamelContext context) {
        ComponentThreads threads = new ComponentThreads(context);
        threads.sampler.start();
        return threads;
    }

    private void sampleOnce() {
        Set<String> pools = new TreeSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(poolPrefix) && t.getName().contains("Databricks")) {
                pools.add(t.getName());
            }
        }
        int count = pools.size() + (int) Math.max(0, selectors() - selectorsBefore) + 1;
        synchronized (seenAtMax) {
            if (count > max.get()) {
                max.set(count);
                seenAtMax.clear();
                seenAtMax.addAll(pools);
            }
        }
    }

    /** The HTTP clients' own I/O threads: the JDK client's selector and HttpCore's dispatcher (named by HttpCore). */
    private static long selectors() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().matches("HttpClient-\\d+-SelectorManager") || t.getName().matches("requester-dispatch-\\d+"))
                .count();
    }

    /** The most component threads alive at once so far. */
    public int max() {
        return max.get();
    }

    @Override
    public String toString() {
        synchronized (seenAtMax) {
            return max.get() + " threads, pools: " + seenAtMax;
        }
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
