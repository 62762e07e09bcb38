package org.fieldbook.sync.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.fieldbook.store.Store;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this device in sync with its team folder by itself: on start, every few minutes, and shortly after a
 * local edit; with growing pauses while the folder cannot be reached. Exchanges run one at a time on their own
 * thread, never on the window's. The folder is a setting of this installation; the passphrase is held in
 * memory only.
 */
public final class TeamFolderSync implements AutoCloseable {
    static final String FOLDER_SETTING = "sync.folder";
    static final Duration EVERY = Duration.ofMinutes(5);
    static final Duration AFTER_EDIT = Duration.ofSeconds(10);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(TeamFolderSync.class);

    private final Store store;
    private final SyncEngine engine;
    private final Supplier<String> deviceName;
    private final Clock clock;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "fieldbook-sync");
        thread.setDaemon(true);
        return thread;
    });
    private volatile char[] passphrase;
    private volatile SyncStatus status;
    private volatile long publishedUpTo = -1;
    private volatile boolean started;
    private final Object exchangeLock = new Object();
    private boolean running;
    private Duration requestedWhileRunning;
    private ScheduledFuture<?> next;
    private Duration backoff = Duration.ofSeconds(30);

    public TeamFolderSync(Store store, SyncEngine engine, Supplier<String> deviceName) {
        this.store = store;
        this.engine = engine;
        this.deviceName = deviceName;
        this.clock = store.clock();
        this.status = SyncStatus.notSetUp(0);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        store.onLocalChanges(count -> localChange());
    }

    public Optional<Path> folder() {
        return store.read(tx -> tx.settings().get(FOLDER_SETTING)).map(Path::of);
    }

    /** Chooses the team folder (and its passphrase, or null) and syncs with it at once. */
    public void useFolder(Path folder, char[] newPassphrase) {
        store.writeVoid(tx -> tx.settings().put(FOLDER_SETTING, folder.toAbsolutePath().toString()));
        passphrase = newPassphrase == null ? null : newPassphrase.clone();
        publishedUpTo = -1;
        syncSoon(Duration.ZERO);
    }

    /** Gives the passphrase of an encrypted team folder for this session. */
    public void unlock(char[] newPassphrase) {
        passphrase = newPassphrase.clone();
        syncSoon(Duration.ZERO);
    }

    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    public SyncStatus status() {
        return status;
    }

    /** Starts syncing by itself: now, then every few minutes. Until then, only {@link #exchangeNow} syncs. */
    public void start() {
        started = true;
        syncSoon(Duration.ZERO);
    }

    /** Something changed locally: sync shortly, so teammates see it soon, without a sync per keystroke. */
    public void localChange() {
        syncSoon(AFTER_EDIT);
    }

    /**
     * Asks for an exchange within {@code delay}. Never waits for a running exchange: a request made while one
     * runs is kept and served right after it.
     */
    public synchronized void syncSoon(Duration delay) {
        if (!started || executor.isShutdown()) {
            return;
        }
        if (running) {
            requestedWhileRunning = requestedWhileRunning == null || delay.compareTo(requestedWhileRunning) < 0
                    ? delay : requestedWhileRunning;
            return;
        }
        if (next != null && next.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
            return; // one is due sooner anyway
        }
        if (next != null) {
            next.cancel(false);
        }
        next = executor.schedule(this::exchangeAndReschedule, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void exchangeAndReschedule() {
        synchronized (this) {
            next = null;
            running = true;
        }
        SyncStatus result = exchangeNow();
        Duration again;
        synchronized (this) {
            running = false;
            again = requestedWhileRunning;
            requestedWhileRunning = null;
        }
        syncSoon(again != null ? again : result.state() == State.OFFLINE ? nextBackoff() : EVERY);
    }

    private synchronized Duration nextBackoff() {
        Duration wait = backoff;
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        return wait;
    }

    /** One exchange, on the calling thread; returns and announces the resulting status. */
    public SyncStatus exchangeNow() {
        synchronized (exchangeLock) {
            return exchangeOnce();
        }
    }

    private SyncStatus exchangeOnce() {
        Optional<Path> folder = folder();
        long ownSeq = engine.lastOwnSeq();
        if (folder.isEmpty()) {
            return announce(SyncStatus.notSetUp(ownSeq));
        }
        FolderTransport transport = new FolderTransport(folder.get(), passphrase);
        if (!transport.reachable()) {
            return announce(new SyncStatus(State.OFFLINE, status.lastSyncedAt(), pending(ownSeq),
                    status.waiting(), engine.conflictCount(), 0, null));
        }
        announce(status.with(State.SYNCING, null));
        try {
            FolderSyncReport report = transport.exchange(engine, deviceName.get());
            publishedUpTo = report.publishedUpTo();
            synchronized (this) {
                backoff = Duration.ofSeconds(30);
            }
            return announce(new SyncStatus(State.SYNCED, clock.instant(), pending(engine.lastOwnSeq()),
                    report.waiting(), report.conflicts(), report.pulled(), report.problems().isEmpty() ? null
                    : report.problems().get(0)));
        } catch (WrongPassphraseException e) {
            return announce(status.with(State.NEEDS_PASSPHRASE, e.getMessage()));
        } catch (IOException e) {
            LOG.info("team folder not reachable: {}", e.getMessage());
            return announce(status.with(State.OFFLINE, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("sync failed", e);
            return announce(status.with(State.FAILED, e.getMessage()));
        }
    }

    private long pending(long ownSeq) {
        return publishedUpTo < 0 ? ownSeq : Math.max(0, ownSeq - publishedUpTo);
    }

    private SyncStatus announce(SyncStatus newStatus) {
        status = newStatus;
        listeners.forEach(listener -> listener.accept(newStatus));
        return newStatus;
    }

    /**
     * Stops syncing by itself. An exchange under way may finish (up to {@link #CLOSE_WAIT}) rather than be
     * interrupted, so the database is not closed under it and its files are not cut off half-written.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
