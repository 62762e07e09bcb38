package org.fieldbook.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "decrypt", description = "Stores the data folder's database unencrypted again (asks for its "
        + "passphrase). Fieldbook must not be running on the folder.")
final class DecryptCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = parent.dataFolder();
        if (!org.fieldbook.store.Database.isEncrypted(folder)) {
            throw new IllegalArgumentException("the data folder " + folder + " is not encrypted");
        }
        char[] current = parent.passphrase(folder);
        long started = System.nanoTime();
        try (AppContext context = AppContext.open(folder, current)) {
            context.encryption().turnOff(current, progress -> { });
            spec.commandLine().getOut().printf("decrypted %s in %.1f s%n", folder, (System.nanoTime() - started) / 1e9);
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            EncryptCommand.clear(current);
        }
    }
}
