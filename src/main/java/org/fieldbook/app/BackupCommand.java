package org.fieldbook.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.store.DatabaseBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "Writes the whole database to one backup file (restore it with 'restore').")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "F", description = "The backup file to write (.zip).")
    Path out;

    @Override
    public Integer call() {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no folder " + folder + " to write " + out.getFileName() + " in");
        }
        try (AppContext context = parent.openContext()) {
            Path written = DatabaseBackups.backup(context.store(), context.dataFolder(), out);
            spec.commandLine().getOut().println("backed up to " + written);
            return 0;
        }
    }
}
