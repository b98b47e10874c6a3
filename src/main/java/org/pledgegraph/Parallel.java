package org.pledgegraph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs independent jobs (one per file) on a few worker threads and hands their results back on
 * the calling thread, in input order, at most a few jobs ahead so that memory stays bounded.
 */
public final class Parallel {
    private Parallel() {
    }

    /** Worker threads to use by default: one per available processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Applies {@code work} to each item on {@code threads} workers and gives each item with its
     * result to {@code sink}, in the order of {@code items}, on the calling thread. The
     * supplier's {@code get()} returns the result or rethrows what {@code work} threw (unchecked
     * exceptions as they were), so the sink decides what a failed item means. If the sink
     * throws, the remaining jobs are cancelled and the exception propagates.
     */
    public static <I, O> void ordered(List<I> items, int threads, Function<I, O> work, BiConsumer<I, Supplier<O>> sink) {
        if (threads <= 1 || items.size() <= 1) {
            items.forEach(item -> sink.accept(item, outcome(() -> work.apply(item))));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        try {
            Deque<Future<O>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < items.size(); i++) {
                while (next < items.size() && ahead.size() < 2 * threads) {
                    I item = items.get(next++);
                    ahead.add(pool.submit(() -> work.apply(item)));
                }
                Future<O> f = ahead.poll();
                sink.accept(items.get(i), () -> get(f));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> Supplier<O> outcome(Supplier<O> job) {
        try {
            O o = job.get();
            return () -> o;
        } catch (RuntimeException | Error e) {
            return () -> {
                throw e;
            };
        }
    }

    private static <O> O get(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "pledgegraph-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
