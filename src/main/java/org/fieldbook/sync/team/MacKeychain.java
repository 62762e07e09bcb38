package org.fieldbook.sync.team;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The user's login Keychain on macOS through {@code security}. Writing goes through {@code security -i}, which
 * reads its command from standard input, so the secret never appears on a command line.
 */
final class MacKeychain implements Keychain {
    static final String TOOL = "/usr/bin/security";
    private static final String SERVICE = "Fieldbook";

    @Override
    public boolean available() {
        return java.nio.file.Files.isExecutable(java.nio.file.Path.of(TOOL));
    }

    @Override
    public Optional<String> read(String name) throws KeychainException {
        try {
            KeychainTool.Result result = KeychainTool.run(List.of(TOOL, "find-generic-password", "-s", SERVICE,
                    "-a", name, "-w"), null);
            return result.exitCode() == 0 && !result.out().isBlank() ? Optional.of(result.out().strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new KeychainException("the Keychain cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String name, String secret) throws KeychainException {
        // names and the secret are base64 and hex: nothing that needs quoting in security's little language
        String command = "add-generic-password -U -s " + SERVICE + " -a " + name + " -w " + secret + "\n";
        try {
            KeychainTool.Result result = KeychainTool.run(List.of(TOOL, "-i"), command);
            if (result.exitCode() != 0) {
                throw new KeychainException("the Keychain refused to store the key (security exit "
                        + result.exitCode() + ")");
            }
        } catch (IOException e) {
            throw new KeychainException("the Keychain cannot be written: " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "macOS Keychain";
    }
}
