package org.fieldbook.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.sync.folder.FolderSyncReport;
import org.fieldbook.sync.folder.FolderTransport;
import org.fieldbook.sync.folder.WrongPassphraseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sync", description = "Exchanges changes once with the team's shared folder or sync server.")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "The team's shared folder (network share, Dropbox, OneDrive, Syncthing).")
    Path folder;

    @Option(names = "--server", paramLabel = "URL", description = "The team's PostgreSQL sync server: "
            + "jdbc:postgresql://HOST[:PORT]/DATABASE[?sslmode=verify-full]. Exit code 1 when it cannot be reached.")
    String server;

    @Option(names = "--user", paramLabel = "LOGIN", description = "Your own login on the sync server.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is your server password (else it is asked for).")
    Path passwordFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "A file whose first line is the team passphrase (for an encrypted team folder).")
    Path passphraseFile;

    @Override
    public Integer call() throws IOException {
        if ((folder == null) == (server == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --folder DIR or --server URL");
        }
        if (server != null) {
            return new ServerSyncCall(spec, parent, server, user, passwordFile).call();
        }
        char[] passphrase = passphraseFile == null ? null : readPassphrase();
        try (AppContext context = parent.openContext()) {
            FolderSyncReport report = new FolderTransport(folder, passphrase)
                    .exchange(context.sync(), context.deviceName());
            var out = spec.commandLine().getOut();
            out.printf("pushed %d changes in %d segments, pulled %d, %d waiting, %d conflicts%n", report.pushed(),
                    report.segmentsWritten(), report.pulled(), report.waiting(), report.conflicts());
            report.problems().forEach(problem -> out.println("note: " + problem));
            report.clockWarnings().forEach(w -> out.printf("note: the clock of device %s looks %d minutes ahead%n",
                    w.deviceId(), w.millisAhead() / 60_000));
            out.flush();
            return 0;
        } catch (WrongPassphraseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot sync with " + folder + ": " + e.getMessage(), e);
        }
    }

    private char[] readPassphrase() {
        try {
            String first = Files.readAllLines(passphraseFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            return first.strip().toCharArray();
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot read the passphrase file " + passphraseFile + ": " + e.getMessage());
        }
    }
}
