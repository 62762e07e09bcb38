package org.fieldbook.sync.team;

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
import org.fieldbook.sync.Backoff;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.State;
import org.fieldbook.sync.folder.FolderSyncReport;
import org.fieldbook.sync.folder.FolderTransport;
import org.fieldbook.sync.folder.WrongPassphraseException;
import org.fieldbook.sync.server.ServerOfflineException;
import org.fieldbook.sync.server.ServerRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this device in sync with its team by itself, through the team folder or the sync server (whichever is
 * chosen): on start, every few minutes, and shortly after a local edit; while the team cannot be reached, again
 * after growing pauses ({@link Backoff}) that "sync now" cuts short. Exchanges run one at a time on their own
 * thread, never on the window's. The choice, the folder and the server are settings of this installation; the
 * folder's passphrase is held in memory only, the server's password by the {@link PasswordVault}.
 */
public final class TeamSync implements AutoCloseable {
    /** Where this installation syncs. */
    public enum Target { FOLDER, SERVER }

    static final String FOLDER_SETTING = "sync.folder";
    static final String TARGET_SETTING = "sync.target";
    static final Duration EVERY = Duration.ofMinutes(5);
    static final Duration AFTER_EDIT = Duration.ofSeconds(10);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration MAX_RETRY = Duration.ofMinutes(5);
    static final double JITTER = 0.2;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(TeamSync.class);

    private final Store store;
    private final SyncEngine engine;
    private final Supplier<String> deviceName;
    private final Clock clock;
    private final Backoff backoff;
    private final PasswordVault vault;
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

    public TeamSync(Store store, SyncEngine engine, Supplier<String> deviceName) {
        this(store, engine, deviceName, new DetectedKeychain(),
                new Backoff(FIRST_RETRY, MAX_RETRY, JITTER, Math::random));
    }

    /** With the keychain and the back-off's randomness given: tests. */
    public TeamSync(Store store, SyncEngine engine, Supplier<String> deviceName, Keychain keychain, Backoff backoff) {
        this.store = store;
        this.engine = engine;
        this.deviceName = deviceName;
        this.clock = store.clock();
        this.backoff = backoff;
        this.vault = new PasswordVault(store, keychain, engine::deviceId);
        this.status = SyncStatus.notSetUp(0);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        store.onLocalChanges(count -> localChange());
    }

    public Target target() {
        return store.read(tx -> tx.settings().get(TARGET_SETTING)).map(Target::valueOf).orElse(Target.FOLDER);
    }

    /** Syncs through {@code chosen} from now on (its folder or server may still have to be set up). */
    public void useTarget(Target chosen) {
        if (chosen != target()) {
            store.writeVoid(tx -> tx.settings().put(TARGET_SETTING, chosen.name()));
            publishedUpTo = -1;
            backoff.reset();
            syncSoon(Duration.ZERO);
        }
    }

    public Optional<Path> folder() {
        return store.read(tx -> tx.settings().get(FOLDER_SETTING)).map(Path::of);
    }

    /** Chooses the team folder (and its passphrase, or null), syncs through it, and at once. */
    public void useFolder(Path folder, char[] newPassphrase) {
        store.writeVoid(tx -> {
            tx.settings().put(FOLDER_SETTING, folder.toAbsolutePath().toString());
            tx.settings().put(TARGET_SETTING, Target.FOLDER.name());
        });
        passphrase = newPassphrase == null ? null : newPassphrase.clone();
        publishedUpTo = -1;
        backoff.reset();
        syncSoon(Duration.ZERO);
    }

    /** Gives the passphrase of an encrypted team folder for this session. */
    public void unlock(char[] newPassphrase) {
        passphrase = newPassphrase.clone();
        syncSoon(Duration.ZERO);
    }

    public Optional<ServerSettings> server() {
        return store.read(tx -> ServerSettings.load(tx.settings()));
    }

    /**
     * Chooses the sync server and its password, syncs through it, and at once. Returns whether the password is
     * kept across sessions (encrypted, its key in the keychain) or only for this one.
     */
    public boolean useServer(ServerSettings server, char[] password) {
        Optional<ServerSettings> before = server();
        store.writeVoid(tx -> {
            server.save(tx.settings());
            tx.settings().put(TARGET_SETTING, Target.SERVER.name());
        });
        if (before.isEmpty() || !before.get().account().equals(server.account())) {
            publishedUpTo = -1;
        }
        char[] toKeep = password != null ? password
                : before.flatMap(old -> vault.password(old.account())).orElse(null);
        boolean kept = toKeep != null && vault.save(server.account(), toKeep); // sealed anew for the new settings
        if (password == null && toKeep != null) {
            java.util.Arrays.fill(toKeep, '\0');
        }
        backoff.reset();
        syncSoon(Duration.ZERO);
        return kept;
    }

    /** Gives the saved server's password for this session (kept as the vault can) and syncs with it now. */
    public void unlockServer(char[] password) {
        server().ifPresent(settings -> vault.save(settings.account(), password));
        backoff.reset();
        syncSoon(Duration.ZERO);
    }

    /** Whether the server's password is at hand without asking (in memory, or stored for the saved server). */
    public boolean hasServerPassword() {
        return server().flatMap(settings -> vault.password(settings.account())).map(password -> {
            java.util.Arrays.fill(password, '\0');
            return true;
        }).orElse(false);
    }

    /** Whether a saved password outlives this session here: a keychain holds its key. */
    public boolean keepsServerPassword() {
        return vault.keepsAcrossSessions();
    }

    /** The password saved for {@code url} and {@code user}, if those are the saved server's: the command line. */
    public Optional<char[]> storedServerPassword(String url, String user) {
        return server().filter(settings -> settings.matches(url, user))
                .flatMap(settings -> vault.password(settings.account()));
    }

    /**
     * Tries the server with these settings and password without syncing or saving anything; returns the team's
     * name. Runs on the caller's thread (a background one: it may wait for the network).
     */
    public String checkServer(ServerSettings server, char[] password)
            throws ServerOfflineException, ServerRefusedException {
        return ServerExchange.check(server, password);
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
     * runs is kept and served right after it. A request sooner than the one planned (a retry while offline, the
     * next round) takes its place: "sync now" does not wait out a back-off.
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
        Duration retry = result.state() == State.OFFLINE && result.retryAt() != null
                ? Duration.between(clock.instant(), result.retryAt()) : EVERY;
        syncSoon(again != null && again.compareTo(retry) < 0 ? again : retry.isNegative() ? Duration.ZERO : retry);
    }

    /** One exchange, on the calling thread; returns and announces the resulting status. */
    public SyncStatus exchangeNow() {
        synchronized (exchangeLock) {
            try {
                return target() == Target.SERVER ? exchangeWithServer() : exchangeWithFolder();
            } catch (RuntimeException e) {
                LOG.error("sync failed", e);
                return announce(status.with(State.FAILED, e.getMessage()));
            }
        }
    }

    private SyncStatus exchangeWithFolder() {
        Optional<Path> folder = folder();
        long ownSeq = engine.lastOwnSeq();
        if (folder.isEmpty()) {
            return announce(SyncStatus.notSetUp(ownSeq));
        }
        FolderTransport transport = new FolderTransport(folder.get(), passphrase);
        if (!transport.reachable()) {
            return offline(null, null, new SyncStatus(State.OFFLINE, status.lastSyncedAt(), pending(ownSeq),
                    status.waiting(), engine.conflictCount(), 0, null));
        }
        announce(status.with(State.SYNCING, null));
        try {
            FolderSyncReport report = transport.exchange(engine, deviceName.get());
            publishedUpTo = report.publishedUpTo();
            return synced(report.waiting(), report.conflicts(), report.pulled(), report.problems());
        } catch (WrongPassphraseException e) {
            return announce(status.with(State.NEEDS_PASSPHRASE, e.getMessage()));
        } catch (IOException e) {
            LOG.info("team folder not reachable: {}", e.getMessage());
            return offline(e.getMessage(), null, status);
        }
    }

    private SyncStatus exchangeWithServer() {
        Optional<ServerSettings> server = server();
        long ownSeq = engine.lastOwnSeq();
        if (server.isEmpty()) {
            return announce(SyncStatus.notSetUp(ownSeq));
        }
        Optional<char[]> password = vault.password(server.get().account());
        if (password.isEmpty()) {
            return announce(new SyncStatus(State.NEEDS_PASSWORD, status.lastSyncedAt(), pending(ownSeq),
                    status.waiting(), engine.conflictCount(), 0, "the server password is needed for this session"));
        }
        announce(status.with(State.SYNCING, null));
        ServerExchange.Outcome outcome = ServerExchange.run(server.get(), password.get(), store, engine,
                deviceName.get());
        return switch (outcome.kind()) {
            case SYNCED -> {
                publishedUpTo = ownSeq;
                yield synced(outcome.report().waiting(), outcome.report().conflicts(), outcome.report().pulled(),
                        outcome.report().problems());
            }
            case OFFLINE -> {
                LOG.info("sync server not reachable: {}", outcome.message());
                yield offline(outcome.message(), outcome.problem().name(), status);
            }
            case WRONG_PASSWORD -> {
                vault.forget();
                yield announce(status.with(State.NEEDS_PASSWORD, outcome.message(), outcome.problem().name()));
            }
            case REFUSED -> {
                LOG.warn("sync server refused: {}", outcome.message());
                yield announce(status.with(State.FAILED, outcome.message(), outcome.problem().name()));
            }
        };
    }

    private SyncStatus synced(int waiting, int conflicts, int pulled, List<String> problems) {
        backoff.reset();
        return announce(new SyncStatus(State.SYNCED, clock.instant(), pending(engine.lastOwnSeq()), waiting,
                conflicts, pulled, problems.isEmpty() ? null : problems.get(0)));
    }

    private SyncStatus offline(String problem, String kind, SyncStatus from) {
        return announce(from.offline(problem, kind, from.pending(), clock.instant().plus(backoff.next())));
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
