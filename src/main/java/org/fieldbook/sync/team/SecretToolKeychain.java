package org.fieldbook.sync.team;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The freedesktop Secret Service (GNOME Keyring, KWallet) through {@code secret-tool} of libsecret-tools. The
 * secret goes in on standard input. Available only when the tool exists and a lookup gets an answer from the
 * service (exit 0 found, 1 not found); without a session bus the tool fails otherwise and there is no keychain.
 */
final class SecretToolKeychain implements Keychain {
    static final String TOOL = "secret-tool";
    private static final String SERVICE = "fieldbook";

    private Boolean available;

    @Override
    public synchronized boolean available() {
        if (available == null) {
            available = probe();
        }
        return available;
    }

    private static boolean probe() {
        if (!KeychainTool.onPath(TOOL)) {
            return false;
        }
        try {
            // the tool says "not found" (exit 1, nothing printed) when the service answers; anything else is trouble
            KeychainTool.Result result = KeychainTool.run(List.of(TOOL, "lookup", "service", SERVICE, "probe",
                    "availability"), null);
            return result.exitCode() == 0 || result.exitCode() == 1 && result.out().isEmpty()
                    && System.getenv("DBUS_SESSION_BUS_ADDRESS") != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Optional<String> read(String name) throws KeychainException {
        try {
            KeychainTool.Result result = KeychainTool.run(List.of(TOOL, "lookup", "service", SERVICE, "name", name),
                    null);
            if (result.exitCode() != 0 || result.out().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(result.out().strip());
        } catch (IOException e) {
            throw new KeychainException("the Secret Service cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String name, String secret) throws KeychainException {
        try {
            KeychainTool.Result result = KeychainTool.run(List.of(TOOL, "store", "--label=Fieldbook sync server key",
                    "service", SERVICE, "name", name), secret);
            if (result.exitCode() != 0) {
                throw new KeychainException("the Secret Service refused to store the key (secret-tool exit "
                        + result.exitCode() + ")");
            }
        } catch (IOException e) {
            throw new KeychainException("the Secret Service cannot be written: " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "Secret Service";
    }
}
