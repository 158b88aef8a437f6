package dev.lakeroute.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Samples, in the JVM it runs in, the live heap (used right after a full GC, so garbage does not count) and the
 * number of live threads that match, keeping the peaks. One daemon thread, stopped by {@link #close()}.
 */
final class Sampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Predicate<Thread> threadFilter;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakThreads = new AtomicLong();
    private final long baselineHeap;
    private final Thread thread;
    private volatile boolean running = true;

    Sampler(Predicate<Thread> threadFilter, long periodMillis) {
        this.threadFilter = threadFilter;
        this.baselineHeap = liveHeap();
        this.thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long liveHeap() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    void sample() {
        peakHeap.accumulateAndGet(liveHeap(), Math::max);
        peakThreads.accumulateAndGet(threads(), Math::max);
    }

    long threads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && threadFilter.test(t)).count();
    }

    long baselineHeap() {
        return baselineHeap;
    }

    long peakHeap() {
        return peakHeap.get();
    }

    long peakThreads() {
        return peakThreads.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        sample();
    }
}
