package dev.lakeroute.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Drives calls from a fixed number of client threads and times them. */
final class Load {
    private Load() {
    }

    /** Runs {@code total} calls over {@code threads} threads; returns the wall time in milliseconds. */
    static double fixedCalls(int threads, int total, Callable<?> call) throws Exception {
        AtomicInteger remaining = new AtomicInteger(total);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        call.call();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return (System.nanoTime() - start) / 1e6;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Calls as fast as {@code threads} threads can for {@code millis}; returns calls per second. */
    static double throughput(int threads, long millis, Callable<?> call) throws Exception {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + millis * 1_000_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        call.call();
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return done.get() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
