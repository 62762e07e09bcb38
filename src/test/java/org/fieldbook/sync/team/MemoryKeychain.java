package org.fieldbook.sync.team;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A keychain in memory, standing in for the Secret Service or the macOS Keychain; one per "user account". */
public final class MemoryKeychain implements Keychain {
    final Map<String, String> secrets = new HashMap<>();

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public synchronized Optional<String> read(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public synchronized void write(String name, String secret) {
        secrets.put(name, secret);
    }

    @Override
    public String description() {
        return "test keychain";
    }
}
