package org.fieldbook.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of an encrypted data folder, in {@code fieldbook.key}: its presence says the database is encrypted.
 * H2 derives its AES key from the file password with a few rounds of SHA-256 only, so the file password is not
 * the passphrase: it is 256 random bits, sealed here with AES-GCM under a key derived from the passphrase by
 * PBKDF2-HMAC-SHA256 (600,000 rounds, random salt). A wrong passphrase fails the GCM tag, so it is told apart
 * from a damaged file without touching H2. Neither the passphrase nor the file password is ever written.
 */
final class FolderKey {
    static final String FILE_NAME = "fieldbook.key";
    static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewer rounds for tests and benchmarks that make many keys; never below this floor. */
    private static final int MIN_ITERATIONS = 10_000;
    private static final int FORMAT = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] fileBytes;

    private FolderKey(byte[] fileBytes) {
        this.fileBytes = fileBytes;
    }

    static boolean present(Path folder) {
        return Files.exists(folder.resolve(FILE_NAME));
    }

    static FolderKey read(Path file) {
        try {
            return new FolderKey(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new StoreException("error.passphrase.keyFile", file, "cannot read the key file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** A new random file password, sealed with {@code passphrase}; the returned array is the caller's to clear. */
    static Created create(char[] passphrase) {
        int iterations = Math.max(MIN_ITERATIONS, Integer.getInteger("fieldbook.keyIterations", DEFAULT_ITERATIONS));
        byte[] salt = random(16);
        byte[] secret = random(32);
        char[] filePassword = hex(secret);
        byte[] nonce = random(12);
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derive(passphrase, salt, iterations), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(salt);
            sealed = cipher.doFinal(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        Base64.Encoder b64 = Base64.getEncoder();
        String text = "# Fieldbook: the database of this folder is encrypted. This is its key, sealed with the passphrase.\n"
                + "# Without this file the database cannot be opened, even with the passphrase.\n"
                + "format=" + FORMAT + "\nkdf=PBKDF2WithHmacSHA256\niterations=" + iterations
                + "\nsalt=" + b64.encodeToString(salt) + "\nnonce=" + b64.encodeToString(nonce)
                + "\nsealed=" + b64.encodeToString(sealed) + "\n";
        return new Created(new FolderKey(text.getBytes(StandardCharsets.US_ASCII)), filePassword);
    }

    /** The file password H2 needs, or a {@link StoreException} "error.passphrase.wrong". */
    char[] unlock(char[] passphrase, Path folder) {
        if (passphrase == null) {
            throw new StoreException("error.passphrase.needed", folder, "the data folder " + folder
                    + " is encrypted: give its passphrase (--passphrase-file F or FIELDBOOK_PASSPHRASE)", null);
        }
        Properties fields = new Properties();
        byte[] secret = null;
        try {
            fields.load(new StringReader(new String(fileBytes, StandardCharsets.US_ASCII)));
            if (!Integer.toString(FORMAT).equals(fields.getProperty("format"))) {
                throw new StoreException("error.passphrase.keyFile", folder, "the key file in " + folder
                        + " has a format this Fieldbook does not know: update Fieldbook", null);
            }
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(fields.getProperty("salt"));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, derive(passphrase, salt,
                    Integer.parseInt(fields.getProperty("iterations"))),
                    new GCMParameterSpec(128, b64.decode(fields.getProperty("nonce"))));
            cipher.updateAAD(salt);
            secret = cipher.doFinal(b64.decode(fields.getProperty("sealed")));
            return hex(secret);
        } catch (AEADBadTagException e) {
            throw new StoreException("error.passphrase.wrong", folder, "wrong passphrase for the data folder "
                    + folder, null);
        } catch (IOException | RuntimeException | GeneralSecurityException e) {
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("error.passphrase.keyFile", folder, "the key file in " + folder
                    + " is damaged: " + e.getMessage(), e);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    byte[] fileBytes() {
        return fileBytes.clone();
    }

    boolean sameAs(byte[] other) {
        return Arrays.equals(fileBytes, other);
    }

    private static SecretKeySpec derive(char[] passphrase, byte[] salt, int iterations)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            SecretKeySpec aes = new SecretKeySpec(key, "AES");
            Arrays.fill(key, (byte) 0);
            return aes;
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Hex digits: H2 takes the file password up to the first space, so it must have none. */
    private static char[] hex(byte[] bytes) {
        char[] digits = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            digits[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xF, 16);
            digits[2 * i + 1] = Character.forDigit(bytes[i] & 0xF, 16);
        }
        return digits;
    }

    /** A new key: what goes into the key file, and the file password it seals. */
    record Created(FolderKey key, char[] filePassword) {
    }
}
