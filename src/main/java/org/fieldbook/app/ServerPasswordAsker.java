package org.fieldbook.app;

import java.util.Arrays;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.team.ServerSettings;
import org.fieldbook.sync.team.TeamSync;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.PasswordPrompt;

/**
 * When the sync server's password is not at hand (no keychain, or the server refused the saved one), asks for it
 * in a dialog over the window, at most once at a time; after a Cancel it does not ask again this session (the
 * Sync screen still can). The answer goes to the sync off the FX thread and lives in memory as the vault decides.
 */
final class ServerPasswordAsker {
    private final TeamSync teamSync;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final ErrorReporter errors;
    private final Supplier<Window> owner;
    private boolean asking;
    private boolean declined;

    ServerPasswordAsker(TeamSync teamSync, BackgroundRunner runner, Messages messages, ErrorReporter errors,
                        Supplier<Window> owner) {
        this.teamSync = teamSync;
        this.runner = runner;
        this.messages = messages;
        this.errors = errors;
        this.owner = owner;
    }

    /** Listens to the sync from now on. */
    void attach() {
        teamSync.addListener(status -> {
            if (status.state() == SyncStatus.State.NEEDS_PASSWORD) {
                Platform.runLater(() -> ask(status));
            }
        });
    }

    private void ask(SyncStatus status) {
        if (asking || declined) {
            return;
        }
        asking = true;
        runner.run(() -> teamSync.target() == TeamSync.Target.SERVER ? teamSync.server().orElse(null) : null,
                server -> prompt(server, status), failure -> {
            asking = false;
            errors.report(failure);
        });
    }

    private void prompt(ServerSettings server, SyncStatus status) {
        if (server == null) {
            asking = false;
            return;
        }
        String hint = "WRONG_LOGIN".equals(status.problemKind())
                ? messages.get("sync.server.problem.WRONG_LOGIN") : messages.get("sync.server.password.promptHint");
        var typed = PasswordPrompt.ask(owner.get(), messages, messages.get("sync.server.password.promptTitle"),
                messages.get("sync.server.password.prompt", server.user(), server.url()), hint);
        asking = false;
        if (typed.isEmpty()) {
            declined = true;
            return;
        }
        char[] password = typed.get();
        runner.run(() -> {
            teamSync.unlockServer(password);
            return null;
        }, done -> Arrays.fill(password, '\0'), failure -> {
            Arrays.fill(password, '\0');
            errors.report(failure);
        });
    }
}
