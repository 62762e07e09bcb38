package org.fieldbook.sync.team;

import java.util.Locale;
import java.util.Optional;

/**
 * The operating system's store for secrets, holding the key that encrypts the sync server's password in the
 * local database. Where there is none (see {@link #detect()}), the password is asked for once per session and
 * kept in memory only (docs/decisions/0011-server-password-at-rest.md).
 */
public interface Keychain {
    /** Whether secrets can be kept here now (the tool exists and its service answers). */
    boolean available();

    /** The secret stored under {@code name}, if any. */
    Optional<String> read(String name) throws KeychainException;

    /** Stores (or replaces) the secret under {@code name}. */
    void write(String name, String secret) throws KeychainException;

    /** What the hint line calls it: "the Secret Service", "the macOS Keychain". */
    String description();

    /**
     * The Secret Service through {@code secret-tool} on Linux and other Unixes, the login Keychain through
     * {@code security} on macOS; none on Windows, where DPAPI is not reachable from plain Java (see the decision).
     */
    static Keychain detect() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return none();
        }
        Keychain candidate = os.contains("mac") ? new MacKeychain() : new SecretToolKeychain();
        return candidate.available() ? candidate : none();
    }

    /** No keychain: nothing is kept, the password is asked for each session. */
    static Keychain none() {
        return new Keychain() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public Optional<String> read(String name) {
                return Optional.empty();
            }

            @Override
            public void write(String name, String secret) throws KeychainException {
                throw new KeychainException("there is no system keychain on this computer");
            }

            @Override
            public String description() {
                return "none";
            }
        };
    }

    /** The keychain tool failed or refused. */
    final class KeychainException extends Exception {
        public KeychainException(String message) {
            super(message);
        }

        public KeychainException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
