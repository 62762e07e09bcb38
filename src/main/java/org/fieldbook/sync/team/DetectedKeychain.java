package org.fieldbook.sync.team;

import java.util.Optional;

/** The {@link Keychain#detect() detected} keychain, looked for on first use: not while the window opens. */
final class DetectedKeychain implements Keychain {
    private Keychain found;

    private synchronized Keychain found() {
        if (found == null) {
            found = Keychain.detect();
        }
        return found;
    }

    @Override
    public boolean available() {
        return found().available();
    }

    @Override
    public Optional<String> read(String name) throws KeychainException {
        return found().read(name);
    }

    @Override
    public void write(String name, String secret) throws KeychainException {
        found().write(name, secret);
    }

    @Override
    public String description() {
        return found().description();
    }
}
