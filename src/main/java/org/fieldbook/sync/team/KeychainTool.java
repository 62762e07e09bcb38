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
        // read while waiting, without blocking on the pipe: a tool stuck at a prompt keeps it open for ever
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try (InputStream stdout = process.getInputStream()) {
            while (true) {
                drain(stdout, out);
                if (process.waitFor(20, TimeUnit.MILLISECONDS)) {
                    drain(stdout, out);
                    break;
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IOException(command.get(0) + " did not answer within " + TIMEOUT_SECONDS + " s");
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
        return new Result(process.exitValue(), out.toString(StandardCharsets.UTF_8));
    }

    private static void drain(InputStream in, java.io.ByteArrayOutputStream out) throws IOException {
        byte[] buffer = new byte[4096];
        while (in.available() > 0 && out.size() < 64 * 1024) {
            int read = in.read(buffer, 0, Math.min(buffer.length, in.available()));
            if (read < 0) {
                return;
            }
            out.write(buffer, 0, read);
        }
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
