package org.fieldbook.store;

import java.nio.file.Path;

/**
 * A child process for {@link ConversionCrashTest}: opens a data folder and turns encryption on ("on") or off
 * ("off"), halting the JVM (no finally, no shutdown hook) when the conversion reaches the given step.
 */
public final class ConversionCrasher {
    private ConversionCrasher() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        boolean on = args[1].equals("on");
        EncryptionConversion.Step haltAt = EncryptionConversion.Step.valueOf(args[2]);
        char[] passphrase = EncryptedDatabaseTest.PASSPHRASE.clone();
        Database database = Database.open(folder, on ? null : passphrase.clone());
        database.changeEncryption(passphrase, on ? passphrase.clone() : null, progress -> { }, step -> {
            if (step == haltAt) {
                Runtime.getRuntime().halt(3);
            }
        });
        System.exit(0); // the step was never reached: the parent fails the test on this exit code
    }
}
