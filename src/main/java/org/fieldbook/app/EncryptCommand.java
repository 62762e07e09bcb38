package org.fieldbook.app;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.service.EncryptionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "encrypt", description = "Encrypts the data folder's database with a passphrase, or gives an "
        + "encrypted one a new passphrase (and key). Fieldbook must not be running on the folder.")
final class EncryptCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--new-passphrase-file", paramLabel = "F", description = "A file whose first line is the new "
            + "passphrase (else $" + CommandPassphrase.NEW_VARIABLE + ", else it is asked for twice on the console).")
    Path newPassphraseFile;

    @Override
    public Integer call() {
        Console console = System.console();
        char[] next = CommandPassphrase.read(newPassphraseFile, CommandPassphrase.NEW_VARIABLE, System.getenv(),
                console, "New passphrase: ");
        if (next == null) {
            throw new IllegalArgumentException("no new passphrase: give --new-passphrase-file F or set "
                    + CommandPassphrase.NEW_VARIABLE);
        }
        char[] repeated = newPassphraseFile == null && System.getenv(CommandPassphrase.NEW_VARIABLE) == null
                && console != null ? console.readPassword("The same again: ") : next.clone();
        try {
            EncryptionService.check("passphrase", next, repeated);
        } catch (RuleViolation e) {
            Arrays.fill(next, '\0');
            throw new IllegalArgumentException(e.violations().get(0).messageKey().equals("passphrase.tooShort")
                    ? "the passphrase must have at least " + EncryptionService.MIN_LENGTH + " characters"
                    : "the two passphrases differ", e);
        }
        Path folder = parent.dataFolder();
        char[] current = parent.passphrase(folder);
        long started = System.nanoTime();
        try (AppContext context = AppContext.open(folder, current)) {
            EncryptionService.Strength strength = EncryptionService.strength(next);
            if (context.encryption().encrypted()) {
                context.encryption().change(current, next, repeated, progress -> { });
            } else {
                context.encryption().turnOn(next, repeated, progress -> { });
            }
            var out = spec.commandLine().getOut();
            out.printf("encrypted %s in %.1f s (passphrase strength: %s)%n", folder,
                    (System.nanoTime() - started) / 1e9, strength.name().toLowerCase(java.util.Locale.ROOT));
            out.flush();
            return 0;
        } finally {
            clear(current, next, repeated);
        }
    }

    static void clear(char[]... passphrases) {
        for (char[] passphrase : passphrases) {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }
}
