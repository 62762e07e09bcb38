package org.fieldbook.app;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.sync.server.ServerAccount;
import org.fieldbook.sync.server.ServerOfflineException;
import org.fieldbook.sync.server.ServerRefusedException;
import org.fieldbook.sync.server.ServerSyncReport;
import org.fieldbook.sync.server.ServerTransport;
import picocli.CommandLine;

/**
 * {@code sync --server}: one exchange with the sync server. The password comes from {@code --password-file}, else
 * from what the Sync screen saved for the same server and login (encrypted, key in the keychain), else from the
 * terminal; this command never stores it.
 */
final class ServerSyncCall {
    static final int OFFLINE = 1;

    private final CommandLine.Model.CommandSpec spec;
    private final FieldbookCommand parent;
    private final String url;
    private final String user;
    private final Path passwordFile;

    ServerSyncCall(CommandLine.Model.CommandSpec spec, FieldbookCommand parent, String url, String user,
                   Path passwordFile) {
        this.spec = spec;
        this.parent = parent;
        this.url = url;
        this.user = user;
        this.passwordFile = passwordFile;
    }

    int call() {
        if (user == null || user.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--server needs --user LOGIN");
        }
        ServerAccount account;
        try {
            account = new ServerAccount(url, user, null);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (AppContext context = parent.openContext()) {
            // a password file wins; else the one the Sync screen saved for this server and login; else ask
            char[] password = passwordFile != null ? password(spec, passwordFile, null)
                    : context.teamSync().storedServerPassword(url, user)
                    .orElseGet(() -> password(spec, null, "Password for " + user + ": "));
            account = new ServerAccount(url, user, password);
            java.util.Arrays.fill(password, '\0');
            ServerSyncReport report = new ServerTransport(account).exchange(context.store(), context.sync(),
                    context.deviceName());
            var out = spec.commandLine().getOut();
            out.printf("team %s: %spushed %d changes, pulled %d, %d waiting, %d conflicts%n", report.team(),
                    report.joined() ? "joined from a snapshot, " : "", report.pushed(), report.pulled(),
                    report.waiting(), report.conflicts());
            report.problems().forEach(problem -> out.println("note: " + problem));
            report.clockWarnings().forEach(w -> out.printf("note: the clock of device %s looks %d minutes ahead%n",
                    w.deviceId(), w.millisAhead() / 60_000));
            out.flush();
            return 0;
        } catch (ServerOfflineException e) {
            spec.commandLine().getErr().println("fieldbook: " + e.getMessage() + "; nothing was lost, sync again "
                    + "later");
            return OFFLINE;
        } catch (ServerRefusedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } finally {
            account.clear();
        }
    }

    /** The first line of {@code file}, or asked at the terminal; a usage error when neither can be had. */
    static char[] password(CommandLine.Model.CommandSpec spec, Path file, String prompt) {
        if (file != null) {
            try {
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                if (first.isBlank()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "the password file " + file
                            + " is empty");
                }
                return first.strip().toCharArray();
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "cannot read the password file " + file + ": " + e.getMessage());
            }
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword(prompt);
        if (typed == null || typed.length == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no password: give --password-file FILE (there is no terminal to ask at)");
        }
        return typed;
    }
}
