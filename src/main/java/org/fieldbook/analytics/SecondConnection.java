package org.fieldbook.analytics;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A read on a second connection while the calling thread reads on its own: H2 runs a statement in the
 * thread that sends it, so two independent reads use two cores. One daemon thread, kept 30 s after its last
 * job; reads queue behind each other if two recomputes overlap.
 */
final class SecondConnection {
    private static final ThreadPoolExecutor THREAD = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), work -> {
                Thread thread = new Thread(work, "fieldbook-analytics");
                thread.setDaemon(true);
                return thread;
            });

    static {
        THREAD.allowCoreThreadTimeOut(true);
    }

    private SecondConnection() {
    }

    static <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, THREAD);
    }

    /** The read's result; its failure rethrown as it was thrown. */
    static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
