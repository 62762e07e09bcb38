package org.fieldbook.sync.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a keychain command line tool with what it must read on its standard input, never on its command line
 * (where every user of the machine could see it in the process list), and with a time limit: a keyring that
 * shows an unlock prompt nobody answers must not hold the sync up for ever.
 */
final class KeychainTool {
    private static final long TIMEOUT_SECONDS = 20;

    /** What the tool printed and how it ended. */
    record Result(int exitCode, String out) {
    }

    private KeychainTool() {
    }

    static Result run(List<String> command, String input) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " cannot be started: " + e.getMessage(), e);
        }
        try (OutputStream in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] out;
        try (InputStream stdout = process.getInputStream()) {
            out = stdout.readNBytes(64 * 1024);
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Whether {@code tool} is on the PATH. */
    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }
}
