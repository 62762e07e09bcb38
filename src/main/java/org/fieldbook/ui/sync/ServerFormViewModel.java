package org.fieldbook.ui.sync;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.server.ServerProblem;
import org.fieldbook.sync.team.ServerSettings;
import org.fieldbook.sync.team.TeamSync;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SyncFeed;

/**
 * The Sync screen's choice of folder or server, and the server's form: URL, login, password, TLS mode, team;
 * "Test connection" says in one sentence what is wrong; "Use this server" saves it and syncs. The password is
 * held in the field only until it is handed to the sync, which keeps it as {@code PasswordVault} decides.
 */
public final class ServerFormViewModel {
    private final TeamSync teamSync;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Announcer announcer;

    private final BooleanProperty server = new SimpleBooleanProperty(this, "server");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty sslMode = new SimpleStringProperty(this, "sslMode", ServerSettings.DEFAULT_SSL_MODE);
    private final StringProperty team = new SimpleStringProperty(this, "team", "");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checkFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper needsPassword = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper passwordHint = new ReadOnlyStringWrapper("");
    private boolean loading;

    /** What one read of the settings gives the form. */
    private record Reading(TeamSync.Target target, Optional<ServerSettings> server, boolean hasPassword,
                           boolean keeps) {
    }

    public ServerFormViewModel(TeamSync teamSync, SyncFeed feed, BackgroundRunner runner, ErrorReporter errors,
                               Messages messages, Announcer announcer) {
        this.teamSync = teamSync;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.announcer = announcer;
        server.addListener((obs, was, now) -> {
            if (!loading) {
                chooseTarget(now ? TeamSync.Target.SERVER : TeamSync.Target.FOLDER);
            }
        });
        url.addListener((obs, old, typed) -> urlError.set(""));
        user.addListener((obs, old, typed) -> userError.set(""));
        password.addListener((obs, old, typed) -> passwordError.set(""));
        feed.statusProperty().addListener((obs, old, status) -> statusChanged(status));
        statusChanged(feed.statusProperty().get());
    }

    private void statusChanged(SyncStatus status) {
        if (status.state() != SyncStatus.State.SYNCING) {
            needsPassword.set(status.state() == SyncStatus.State.NEEDS_PASSWORD);
        }
        if (needsPassword.get()) {
            passwordHint.set(ServerProblem.WRONG_LOGIN.name().equals(status.problemKind())
                    ? problemText(ServerProblem.WRONG_LOGIN, status.problem())
                    : messages.get("sync.server.password.needed"));
        }
    }

    /** Reads the saved choice and server into the form (the password field stays empty). */
    public void load() {
        runner.run(() -> new Reading(teamSync.target(), teamSync.server(), teamSync.hasServerPassword(),
                teamSync.keepsServerPassword()), this::show, errors::report);
    }

    private void show(Reading reading) {
        loading = true;
        try {
            server.set(reading.target() == TeamSync.Target.SERVER);
        } finally {
            loading = false;
        }
        reading.server().ifPresent(settings -> {
            url.set(settings.url());
            user.set(settings.user());
            sslMode.set(settings.sslMode());
            team.set(settings.team());
        });
        saved.set(reading.server().isPresent());
        if (!needsPassword.get()) {
            passwordHint.set(hint(reading.keeps(), reading.server().isPresent() && reading.hasPassword()));
        }
    }

    private String hint(boolean keeps, boolean held) {
        if (keeps) {
            return messages.get(held ? "sync.server.password.stored" : "sync.server.password.willStore");
        }
        return messages.get(held ? "sync.server.password.session" : "sync.server.password.noKeychain");
    }

    private void chooseTarget(TeamSync.Target target) {
        runner.run(() -> {
            teamSync.useTarget(target);
            return null;
        }, done -> announcer.announce(messages.get(target == TeamSync.Target.SERVER
                ? "sync.target.serverChosen" : "sync.target.folderChosen")), errors::report);
    }

    /** Tries the server as typed, without saving or syncing; the outcome is one sentence under the buttons. */
    public void testConnection() {
        Optional<ServerSettings> settings = settings();
        char[] secret = typedPassword();
        if (settings.isEmpty() || busy.get()) {
            return;
        }
        if (secret == null && !saved.get()) {
            passwordError.set(messages.get("sync.server.password.missing"));
            return;
        }
        busy.set(true);
        checkMessage.set(messages.get("sync.server.checking"));
        checkFailed.set(false);
        runner.run(() -> {
            char[] toTry = secret != null ? secret : teamSync.storedServerPassword(settings.get().url(),
                    settings.get().user()).orElse(new char[0]);
            try {
                return teamSync.checkServer(settings.get(), toTry);
            } finally {
                Arrays.fill(toTry, '\0');
            }
        }, teamName -> {
            busy.set(false);
            checkMessage.set(messages.get("sync.server.connected", settings.get().user(), teamName));
            if (team.get() == null || team.get().isBlank()) {
                team.set(teamName);
            }
        }, failure -> {
            busy.set(false);
            checkFailed.set(true);
            checkMessage.set(problemText(ServerProblem.of(failure), failure.getMessage()));
        });
    }

    /** Saves the server (and the typed password) and syncs through it now. */
    public void useServer() {
        Optional<ServerSettings> settings = settings();
        char[] secret = typedPassword();
        if (settings.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            if (secret == null && teamSync.storedServerPassword(settings.get().url(), settings.get().user())
                    .isEmpty()) {
                return null;
            }
            return teamSync.useServer(settings.get(), secret);
        }, kept -> {
            busy.set(false);
            if (secret != null) {
                Arrays.fill(secret, '\0');
                password.set("");
            }
            if (kept == null) {
                passwordError.set(messages.get("sync.server.password.missing"));
                return;
            }
            saved.set(true);
            loading = true;
            server.set(true);
            loading = false;
            passwordHint.set(hint(kept, true)); // kept: sealed at rest, its key in the keychain
            checkFailed.set(false);
            checkMessage.set("");
            announcer.announce(messages.get("sync.server.chosen", settings.get().url()));
        }, failure -> {
            busy.set(false);
            errors.report(failure);
        });
    }

    private Optional<ServerSettings> settings() {
        try {
            return Optional.of(new ServerSettings(url.get(), user.get(), sslMode.get(), team.get()));
        } catch (ServerSettings.InvalidSetting e) {
            (e.field() == ServerSettings.Field.URL ? urlError : userError).set(messages.get(
                    e.field() == ServerSettings.Field.URL ? (url.get() == null || url.get().isBlank()
                            ? "sync.server.url.missing" : "sync.server.url.invalid") : "sync.server.user.missing"));
            return Optional.empty();
        }
    }

    private char[] typedPassword() {
        String typed = password.get();
        return typed == null || typed.isEmpty() ? null : typed.toCharArray();
    }

    /** The sentence for a kind of server trouble; the English detail only where there is no better one. */
    String problemText(ServerProblem problem, String detail) {
        return problem == ServerProblem.OTHER ? messages.get("sync.server.problem.OTHER", detail == null ? "" : detail)
                : messages.get("sync.server.problem." + problem.name());
    }

    public List<String> sslModes() {
        return ServerSettings.SSL_MODES;
    }

    /** True when the team syncs through the server, false for the folder; setting it saves the choice. */
    public BooleanProperty serverProperty() {
        return server;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The password field's text; emptied once handed to the sync. */
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty sslModeProperty() {
        return sslMode;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userErrorProperty() {
        return userError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkMessageProperty() {
        return checkMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkFailedProperty() {
        return checkFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether a server is saved, so "Sync now" has somewhere to go. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsPasswordProperty() {
        return needsPassword.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordHintProperty() {
        return passwordHint.getReadOnlyProperty();
    }
}
