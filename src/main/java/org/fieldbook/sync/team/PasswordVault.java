package org.fieldbook.sync.team;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.fieldbook.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync server's password: in the local database only as AES-GCM ciphertext whose 256-bit key lives in the
 * OS keychain; with no keychain, in memory only for this session (it is then asked for again next time). The
 * login and URL are the associated data, so a stored password cannot be moved to another server's settings.
 * Nothing here logs the password or the key.
 */
public final class PasswordVault {
    static final String SETTING = "sync.server.password";
    private static final String FORMAT = "aesgcm1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger LOG = LoggerFactory.getLogger(PasswordVault.class);

    private final Store store;
    private final Keychain keychain;
    private final java.util.function.Supplier<UUID> device;
    private final SecureRandom random = new SecureRandom();
    private char[] inMemory;
    private String inMemoryFor;

    /** {@code device} names this data folder's key in the keychain, so two data folders do not share one. */
    public PasswordVault(Store store, Keychain keychain, java.util.function.Supplier<UUID> device) {
        this.store = store;
        this.keychain = keychain;
        this.device = device;
    }

    /** Whether a saved password survives a restart here (a keychain holds the key). */
    public boolean keepsAcrossSessions() {
        return keychain.available();
    }

    public String keychainDescription() {
        return keychain.description();
    }

    /**
     * Keeps {@code password} for {@code account} (the URL and login it belongs to): encrypted in the database when
     * a keychain holds the key, else in memory for this session. Returns whether it was stored at rest.
     */
    public synchronized boolean save(String account, char[] password) {
        forgetInMemory();
        inMemory = password.clone();
        inMemoryFor = account;
        if (!keychain.available()) {
            store.writeVoid(tx -> tx.settings().put(SETTING, ""));
            return false;
        }
        try {
            byte[] key = key(true).orElseThrow();
            String sealed = seal(key, account, password);
            Arrays.fill(key, (byte) 0);
            store.writeVoid(tx -> tx.settings().put(SETTING, sealed));
            return true;
        } catch (Keychain.KeychainException | GeneralSecurityException e) {
            LOG.warn("the server password is kept for this session only: {}", e.getMessage());
            store.writeVoid(tx -> tx.settings().put(SETTING, ""));
            return false;
        }
    }

    /**
     * The password for {@code account}: from memory, else decrypted from the database with the keychain's key.
     * Empty when it must be asked for (no keychain, nothing saved, or saved for another account).
     */
    public synchronized Optional<char[]> password(String account) {
        if (inMemory != null && account.equals(inMemoryFor)) {
            return Optional.of(inMemory.clone());
        }
        String sealed = store.read(tx -> tx.settings().get(SETTING)).orElse("");
        if (sealed.isEmpty() || !keychain.available()) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> key = key(false);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            char[] opened = open(key.get(), account, sealed);
            Arrays.fill(key.get(), (byte) 0);
            forgetInMemory();
            inMemory = opened.clone();
            inMemoryFor = account;
            return Optional.of(opened);
        } catch (Keychain.KeychainException | GeneralSecurityException | IllegalArgumentException e) {
            // a key replaced in the keychain, or settings of another server: ask again rather than fail
            LOG.info("the stored server password cannot be opened: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Forgets it everywhere: after the server refused it, or when the user switches servers. */
    public synchronized void forget() {
        forgetInMemory();
        store.writeVoid(tx -> tx.settings().put(SETTING, ""));
    }

    private void forgetInMemory() {
        if (inMemory != null) {
            Arrays.fill(inMemory, '\0');
            inMemory = null;
            inMemoryFor = null;
        }
    }

    private Optional<byte[]> key(boolean create) throws Keychain.KeychainException {
        String keyName = "server-key-" + device.get();
        Optional<String> stored = keychain.read(keyName);
        if (stored.isPresent()) {
            byte[] key = Base64.getDecoder().decode(stored.get());
            if (key.length == 32) {
                return Optional.of(key);
            }
        }
        if (!create) {
            return Optional.empty();
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        keychain.write(keyName, Base64.getEncoder().encodeToString(fresh));
        return Optional.of(fresh);
    }

    String seal(byte[] key, String account, char[] password) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(account.getBytes(StandardCharsets.UTF_8));
        ByteBuffer plain = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[plain.remaining()];
        plain.get(bytes);
        byte[] sealed = cipher.doFinal(bytes);
        Arrays.fill(bytes, (byte) 0);
        Base64.Encoder base64 = Base64.getEncoder();
        return FORMAT + ":" + base64.encodeToString(iv) + ":" + base64.encodeToString(sealed);
    }

    static char[] open(byte[] key, String account, String sealed) throws GeneralSecurityException {
        String[] parts = sealed.split(":");
        if (parts.length != 3 || !parts[0].equals(FORMAT)) {
            throw new IllegalArgumentException("not a sealed password");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(TAG_BITS, base64.decode(parts[1])));
        cipher.updateAAD(account.getBytes(StandardCharsets.UTF_8));
        byte[] plain = cipher.doFinal(base64.decode(parts[2]));
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
        Arrays.fill(plain, (byte) 0);
        char[] password = new char[chars.remaining()];
        chars.get(password);
        return password;
    }
}
