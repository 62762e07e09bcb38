package org.fieldbook.app;

import java.io.Console;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fieldbook.store.DatabaseBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Replaces the data with a backup file, after backing up the current data "
        + "into the data folder's backups/.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "F", description = "The backup file.")
    Path file;

    @Option(names = "--yes", description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    @Override
    public Integer call() {
        Path folder = parent.dataFolder();
        if (!yes) {
            Console console = System.console();
            if (console == null) {
                spec.commandLine().getErr().println("fieldbook: restore replaces the data in " + folder
                        + "; confirm with --yes");
                return FieldbookCommand.USAGE_ERROR;
            }
            String answer = console.readLine("Replace the data in %s with %s? The current data is backed up first. "
                    + "Type yes: ", folder, file);
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).equals("yes")) {
                spec.commandLine().getErr().println("fieldbook: nothing restored");
                return FieldbookCommand.USAGE_ERROR;
            }
        }
        char[] passphrase = org.fieldbook.store.Database.isEncrypted(folder) || DatabaseBackups.encrypted(file)
                ? parent.givenPassphrase(folder) : null;
        java.util.Optional<Path> saved;
        try {
            saved = DatabaseBackups.restore(folder, file, passphrase);
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
        saved.ifPresent(path -> spec.commandLine().getOut().println("the data from before is in " + path));
        spec.commandLine().getOut().println("restored " + file + " into " + folder);
        return 0;
    }
}
