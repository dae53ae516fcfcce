package io.apigwsim.internal.lambda;

import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads of one gateway's Lambda service, all created when first needed and all stopped by {@link #close()}:
 *
 * <ul>
 *   <li>function threads ({@value #THREAD_NAME_PREFIX}function-N), which run handlers so that the thread waiting for
 *       one can stop waiting at its timeout whatever the handler does; an idle one is reused by the next call and
 *       ends after a while;
 *   <li>at most {@value #ASYNC_CONCURRENCY} asynchronous invocation threads ({@value #THREAD_NAME_PREFIX}async-N),
 *       each running one queued event at a time, as Lambda's queue feeds a function within its concurrency
 *       (docs/behavior.md#asynchronous-invocation-queue);
 *   <li>one timer thread ({@value #THREAD_NAME_PREFIX}timer), only once a handler outlives the integration timeout:
 *       it interrupts the handler at its function timeout.
 * </ul>
 *
 * <p>Nothing here is shared between gateways, and a throwable in one call or timer task ends neither the thread nor
 * the service: the executors isolate their tasks, and a function thread catches whatever its handler throws.
 */
final class FunctionThreads implements AutoCloseable {

    /** The name every thread of apigw-sim starts with. */
    static final String THREAD_NAME_PREFIX = "apigw-sim-";

    /** How many asynchronous invocations run at once; later events wait in the queue. */
    static final int ASYNC_CONCURRENCY = 8;

    /** How long {@link #close()} waits for the threads to end. */
    static final long CLOSE_GRACE_MILLIS = 2_000;

    /** How long an idle thread waits for work before it ends. */
    static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Deque<FunctionWorker> idle = new ConcurrentLinkedDeque<>();
    private final Set<FunctionWorker> workers = ConcurrentHashMap.newKeySet();
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();
    private final AtomicInteger workerNumbers = new AtomicInteger();
    private final long keepAliveNanos;
    private final ThreadPoolExecutor async;
    private final Object timerLock = new Object();
    private ScheduledThreadPoolExecutor timer;
    private volatile boolean closed;

    FunctionThreads() {
        this(KEEP_ALIVE_NANOS);
    }

    /**
     * @param keepAliveNanos how long an idle thread waits for work before it ends
     */
    FunctionThreads(long keepAliveNanos) {
        this.keepAliveNanos = keepAliveNanos;
        AtomicInteger asyncNumbers = new AtomicInteger();
        async = new ThreadPoolExecutor(
                ASYNC_CONCURRENCY,
                ASYNC_CONCURRENCY,
                keepAliveNanos,
                TimeUnit.NANOSECONDS,
                new LinkedBlockingQueue<>(),
                factory(() -> "async-" + asyncNumbers.incrementAndGet()));
        async.allowCoreThreadTimeOut(true);
    }

    /** Run the call on an idle function thread, or on a new one. */
    void start(HandlerCall call) {
        FunctionWorker worker;
        while ((worker = idle.pollFirst()) != null) {
            call.handedTo(worker.callWaits());
            if (worker.assign(call)) {
                return;
            }
        }
        worker = new FunctionWorker(this, THREAD_NAME_PREFIX + "function-" + workerNumbers.incrementAndGet(), call);
        call.handedTo(worker.callWaits());
        workers.add(worker);
        track(worker.thread());
        try {
            worker.thread().start();
        } catch (Throwable t) {
            workers.remove(worker);
            throw t;
        }
    }

    /**
     * Queue an asynchronous invocation.
     *
     * @return false when the service is closed, which accepts nothing
     */
    boolean submitAsync(Runnable invocation) {
        try {
            async.execute(invocation);
            return true;
        } catch (RejectedExecutionException closedService) {
            return false;
        }
    }

    /**
     * Run a task on the timer thread after a delay; the timer thread starts with the first task.
     *
     * @return the scheduled task, or {@code null} once the service is closed
     */
    Future<?> schedule(Runnable task, long delayNanos) {
        synchronized (timerLock) {
            if (closed) {
                return null;
            }
            if (timer == null) {
                timer = new ScheduledThreadPoolExecutor(1, factory(() -> "timer"));
                timer.setRemoveOnCancelPolicy(true);
            }
            return timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    boolean isClosed() {
        return closed;
    }

    long keepAliveNanos() {
        return keepAliveNanos;
    }

    void idle(FunctionWorker worker) {
        idle.offerFirst(worker);
    }

    void retired(FunctionWorker worker) {
        idle.remove(worker);
    }

    void ended(FunctionWorker worker) {
        workers.remove(worker);
    }

    /**
     * Stop every thread: queued asynchronous invocations are dropped, running handlers interrupted, idle threads
     * ended. Waits up to {@value #CLOSE_GRACE_MILLIS} ms for the threads to end; a handler that ignores its interrupt
     * keeps its daemon thread until it returns.
     */
    @Override
    public void close() {
        ScheduledThreadPoolExecutor stoppedTimer;
        synchronized (timerLock) {
            closed = true;
            stoppedTimer = timer;
        }
        async.shutdownNow();
        if (stoppedTimer != null) {
            stoppedTimer.shutdownNow();
        }
        for (FunctionWorker worker : workers) {
            HandlerCall.interruptQuietly(worker.thread());
        }
        awaitEnd(List.copyOf(started));
    }

    /** The threads started so far that are still alive; for tests. */
    List<Thread> liveThreads() {
        return started.stream().filter(Thread::isAlive).toList();
    }

    private static void awaitEnd(List<Thread> threads) {
        long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_GRACE_MILLIS);
        boolean interrupted = false;
        try {
            for (Thread thread : threads) {
                long left = TimeUnit.NANOSECONDS.toMillis(giveUp - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                thread.join(left);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ThreadFactory factory(Supplier<String> names) {
        return runnable -> {
            Thread thread = new Thread(runnable, THREAD_NAME_PREFIX + names.get());
            thread.setDaemon(true);
            track(thread);
            return thread;
        };
    }

    // Every thread is kept until it has ended, so that close() can wait for it.
    private void track(Thread thread) {
        started.removeIf(earlier -> earlier.getState() == Thread.State.TERMINATED);
        started.add(thread);
    }

    @Override
    public String toString() {
        return "function threads, " + liveThreads().size() + " alive" + (closed ? ", closed" : "");
    }
}
