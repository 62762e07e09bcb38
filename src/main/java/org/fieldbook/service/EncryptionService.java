package org.fieldbook.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Database;
import org.fieldbook.store.StoreException;

/**
 * Turning the encryption of the local database on and off, and changing its passphrase. Each is a conversion of
 * the whole file (seconds for a large folder), refused while a sync exchange runs. Every passphrase handed in is
 * cleared here once used.
 */
public final class EncryptionService {
    public static final int MIN_LENGTH = 8;

    /** How hard a passphrase is to guess, roughly: a hint for the user, not a rule. */
    public enum Strength { WEAK, FAIR, STRONG }

    private final Supplier<Database> database;
    private final BooleanSupplier syncRunning;

    public EncryptionService(Supplier<Database> database, BooleanSupplier syncRunning) {
        this.database = database;
        this.syncRunning = syncRunning;
    }

    public boolean encrypted() {
        return database.get().encrypted();
    }

    /** Encrypts the database with {@code passphrase} (typed twice: {@code repeated}). */
    public void turnOn(char[] passphrase, char[] repeated, DoubleConsumer progress) {
        try {
            check("passphrase", passphrase, repeated);
            convert(null, passphrase, progress);
        } finally {
            clear(passphrase, repeated);
        }
    }

    /** A new passphrase (and with it a new file key); {@code current} must be the passphrase it has now. */
    public void change(char[] current, char[] passphrase, char[] repeated, DoubleConsumer progress) {
        try {
            check("newPassphrase", passphrase, repeated);
            convert(current, passphrase, progress);
        } finally {
            clear(current, passphrase, repeated);
        }
    }

    /** Stores the database unencrypted again; {@code current} must be its passphrase. */
    public void turnOff(char[] current, DoubleConsumer progress) {
        try {
            convert(current, null, progress);
        } finally {
            clear(current);
        }
    }

    private void convert(char[] current, char[] next, DoubleConsumer progress) {
        if (syncRunning.getAsBoolean()) {
            throw new StoreException("error.encryption.syncRunning", null,
                    "a sync exchange is running: change the encryption when it has finished", null);
        }
        database.get().changeEncryption(current, next, progress);
    }

    /** The passphrase rules, each shown at its field: long enough, typed the same twice. */
    public static void check(String field, char[] passphrase, char[] repeated) {
        List<Violation> violations = new ArrayList<>();
        if (passphrase == null || passphrase.length < MIN_LENGTH) {
            violations.add(new Violation(field, "passphrase.tooShort"));
        } else if (repeated != null && !Arrays.equals(passphrase, repeated)) {
            violations.add(new Violation("repeated", "passphrase.notSame"));
        }
        RuleViolation.throwIfAny(violations);
    }

    /**
     * A rough strength: length counts most, mixing letters, digits and other characters adds; a phrase of four
     * ordinary words is strong, "password1" is weak.
     */
    public static Strength strength(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_LENGTH) {
            return Strength.WEAK;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        int distinct = (int) new String(passphrase).chars().distinct().count();
        for (char c : passphrase) {
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            other |= !Character.isLetterOrDigit(c) || Character.isIdeographic(c);
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        // a Chinese character is one of thousands, not of 26: it counts twice
        int ideographs = (int) new String(passphrase).chars().filter(Character::isIdeographic).count();
        int score = passphrase.length + ideographs + 3 * kinds + Math.min(distinct, 12) / 2;
        if (distinct <= 3) {
            return Strength.WEAK;
        }
        return score >= 30 ? Strength.STRONG : score >= 20 ? Strength.FAIR : Strength.WEAK;
    }

    private static void clear(char[]... passphrases) {
        for (char[] passphrase : passphrases) {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }
}
