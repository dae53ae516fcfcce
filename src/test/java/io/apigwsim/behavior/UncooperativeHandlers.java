package io.apigwsim.behavior;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.spi.AbstractInterruptibleChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Handlers that do not stop when the simulator interrupts them, each in its own way, and stay blocked until the test
 * calls {@link #release()}; one instance per test. Whether the handler is still running when {@code send()} returns
 * is then a fact, not a race: it cannot end before the release.
 */
final class UncooperativeHandlers {

    /** The ways a handler keeps running past an interrupt. */
    enum Kind {
        /** Spins in a loop that never checks the interrupt. */
        BUSY_LOOP,
        /** Waits to enter a monitor that another thread holds. */
        MONITOR,
        /** Reads from a socket that never sends anything; a socket read ignores interrupts. */
        SOCKET_READ,
        /** Catches the interrupt and goes back to sleep. */
        SWALLOWS_INTERRUPT,
        /** Parks again and again until released, whatever wakes it. */
        NEVER_RETURNS
    }

    private final AtomicBoolean released = new AtomicBoolean();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch exited = new CountDownLatch(1);
    private final AtomicReference<Thread> handlerThread = new AtomicReference<>();
    private final Object monitor = new Object();
    private final CountDownLatch monitorHeld = new CountDownLatch(1);
    private final CountDownLatch releaseMonitor = new CountDownLatch(1);
    private final AtomicReference<ServerSocket> server = new AtomicReference<>();
    private final CountDownLatch interrupted = new CountDownLatch(1);

    /** A handler of the given kind, answering {@code {"statusCode":200}} once released. */
    RequestStreamHandler handler(Kind kind) {
        if (kind == Kind.MONITOR) {
            holdMonitorOnAnotherThread();
        }
        if (kind == Kind.SOCKET_READ) {
            openServer();
        }
        return (input, output, context) -> {
            handlerThread.set(Thread.currentThread());
            started.countDown();
            try {
                switch (kind) {
                    case BUSY_LOOP -> busyLoop();
                    case MONITOR -> enterMonitor();
                    case SOCKET_READ -> readSocket();
                    case SWALLOWS_INTERRUPT -> sleepSwallowingInterrupts();
                    case NEVER_RETURNS -> parkUntilReleased();
                }
                output.write("{\"statusCode\":200}".getBytes(StandardCharsets.UTF_8));
            } finally {
                exited.countDown();
            }
        };
    }

    /**
     * A handler blocked in an interruptible channel whose close, which an interrupt runs on the interrupting thread,
     * throws {@code OutOfMemoryError}; it counts down {@link #interrupted()} when the interrupt reaches it.
     */
    RequestStreamHandler blockedInChannelThatFailsToClose() {
        return (input, output, context) -> {
            handlerThread.set(Thread.currentThread());
            started.countDown();
            try {
                new ChannelThatFailsToClose().block();
            } finally {
                exited.countDown();
            }
        };
    }

    /** Whether the handler has not returned yet. */
    boolean stillRunning() {
        return exited.getCount() > 0;
    }

    /** Counted down once the channel handler sees an interrupt before its release. */
    CountDownLatch interrupted() {
        return interrupted;
    }

    /** Release the handler and wait until it has returned. */
    void release() throws InterruptedException {
        released.set(true);
        releaseMonitor.countDown();
        ServerSocket socket = server.get();
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Thread thread = handlerThread.get();
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.interrupt();
            } catch (OutOfMemoryError thrownByTheChannelHandlersClose) {
                // The interrupt is delivered all the same.
            }
        }
        if (started.getCount() == 0 && !exited.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the released handler did not return");
        }
    }

    private void busyLoop() {
        while (!released.get()) {
            Thread.onSpinWait();
        }
    }

    private void enterMonitor() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    private void readSocket() throws IOException {
        ServerSocket listening = server.get();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listening.getLocalPort())) {
            socket.getInputStream().read();
        } catch (IOException closedByTheTest) {
            if (!released.get()) {
                throw closedByTheTest;
            }
        }
    }

    private void sleepSwallowingInterrupts() {
        while (!released.get()) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException swallowed) {
                // Carries on sleeping, as a careless handler does.
            }
        }
    }

    private void parkUntilReleased() {
        while (!released.get()) {
            LockSupport.park(this);
        }
        Thread.interrupted();
    }

    private void holdMonitorOnAnotherThread() {
        Thread holder = new Thread(
                () -> {
                    synchronized (monitor) {
                        monitorHeld.countDown();
                        awaitUninterruptibly(releaseMonitor);
                    }
                },
                "test-monitor-holder");
        holder.setDaemon(true);
        holder.start();
        awaitUninterruptibly(monitorHeld);
    }

    private void openServer() {
        try {
            server.set(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interruptedWhileWaiting = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interruptedWhileWaiting = true;
            }
        }
        if (interruptedWhileWaiting) {
            Thread.currentThread().interrupt();
        }
    }

    /** Blocks until interrupted or released; its close, run by whoever interrupts it, throws OutOfMemoryError. */
    private final class ChannelThatFailsToClose extends AbstractInterruptibleChannel {

        void block() throws IOException {
            begin();
            try {
                while (!released.get() && !Thread.currentThread().isInterrupted()) {
                    LockSupport.park(this);
                }
                if (!released.get()) {
                    interrupted.countDown();
                }
            } finally {
                end(true);
            }
        }

        @Override
        protected void implCloseChannel() {
            throw new OutOfMemoryError("thrown by the handler's channel while it is closed by an interrupt");
        }
    }
}
