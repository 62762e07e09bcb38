package org.fieldbook.sync.folder;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key of a team's passphrase, derived with PBKDF2-HMAC-SHA256 and the team's random salt.
 * Files are sealed with AES-GCM: a fresh 12-byte nonce per file, the file's header as associated data, so a
 * header moved onto another body, or any flipped bit, fails to open.
 */
public final class TeamKey {
    public static final int ITERATIONS = 600_000;
    /** What sealing adds to a body: the nonce and the authentication tag. */
    public static final int OVERHEAD_BYTES = 12 + 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    private TeamKey(SecretKey key) {
        this.key = key;
    }

    public static TeamKey derive(char[] passphrase, byte[] salt, int iterations) {
        try {
            KeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new TeamKey(new SecretKeySpec(bytes, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** nonce || ciphertext-with-tag. */
    public byte[] seal(byte[] plain, byte[] associated) {
        byte[] nonce = randomBytes(NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public byte[] open(byte[] sealed, byte[] associated) throws SegmentFormatException {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SegmentFormatException("sealed data too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SegmentFormatException("does not open with this team's passphrase, or was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }
}
