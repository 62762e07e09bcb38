package org.fieldbook.app.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts a window JVM the way the installed app starts: the java binary running this one, the class path of
 * {@code fieldbook.jar} (the jar and {@code lib/*} next to it) and the app's JVM options. Measures from
 * {@link ProcessBuilder#start()} to the line {@code first-paint} on the child's standard output.
 */
public final class ChildJvm {
    private static final Duration PAINT_TIMEOUT = Duration.ofMinutes(3);

    private final String javaBinary;
    private final String classPath;
    private final List<String> jvmOptions;
    private final Path logFolder;

    public ChildJvm(List<String> jvmOptions, Path logFolder) {
        this.javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.classPath = classPath(System.getProperty("java.class.path"));
        this.jvmOptions = List.copyOf(jvmOptions);
        this.logFolder = logFolder;
    }

    /**
     * Run as {@code java -jar fieldbook.jar}, this JVM's class path is the jar alone (its manifest names the
     * rest); the child gets the jar and {@code lib/*} explicitly. From classes (tests, an IDE) it is used as is.
     */
    static String classPath(String ownClassPath) {
        String[] entries = ownClassPath.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            Path jar = Path.of(entries[0]).toAbsolutePath();
            return jar + File.pathSeparator + jar.resolveSibling("lib") + File.separator + "*";
        }
        return ownClassPath;
    }

    /** A window process that has painted once; still running when started with {@code stay}. */
    public record Painted(Process process, Duration timeToFirstPaint) {
    }

    /** Starts {@code mainClass} with {@code -Dfieldbook.bench.firstPaint=mode} and waits for its first paint. */
    public Painted startAndWaitForFirstPaint(String name, String mainClass, String mode, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaBinary);
        command.addAll(jvmOptions);
        command.add("-D" + BareWindow.PROPERTY + "=" + mode);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(arguments);
        Files.createDirectories(logFolder);
        Path errors = logFolder.resolve(name + ".stderr.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Long> painted = watchForFirstPaint(process, name);
        try {
            long at = painted.get(PAINT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new Painted(process, Duration.ofNanos(at - started));
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException(name + " did not print first-paint (" + e.getMessage() + "); see " + errors, e);
        }
    }

    /**
     * Runs {@code mainClass} to its end, handing each line it prints to {@code eachLine}; its standard error goes
     * to {@code <name>.stderr.log}. Fails when it exits with another code than 0 or runs past {@code timeout}.
     */
    public void runToEnd(String name, String mainClass, List<String> arguments, Duration timeout,
                         java.util.function.Consumer<String> eachLine) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaBinary);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(arguments);
        Files.createDirectories(logFolder);
        Path errors = errorLog(name);
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        CompletableFuture<Void> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    eachLine.accept(line);
                }
                read.complete(null);
            } catch (IOException | RuntimeException e) {
                read.completeExceptionally(e);
            }
        }, "bench-" + name + "-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException(name + " ran past " + timeout.toMinutes() + " minutes; see " + errors);
            }
            read.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(name + "'s output could not be read: " + e.getMessage(), e);
        } finally {
            if (process.isAlive()) {
                end(process);
            }
        }
        if (process.exitValue() != 0) {
            throw new IOException(name + " ended with exit code " + process.exitValue() + "; see " + errors);
        }
    }

    /** Where a child's standard error goes. */
    public Path errorLog(String name) {
        return logFolder.resolve(name + ".stderr.log");
    }

    /** The time of the first-paint line; a thread per child, because reading a pipe blocks. */
    private static CompletableFuture<Long> watchForFirstPaint(Process process, String name) {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (BareWindow.FIRST_PAINT.equals(line.strip())) {
                        painted.complete(System.nanoTime());
                    }
                }
                painted.completeExceptionally(new IOException("the process ended with exit code "
                        + process.waitFor()));
            } catch (IOException | InterruptedException e) {
                painted.completeExceptionally(e);
            }
        }, "bench-" + name + "-stdout");
        reader.setDaemon(true);
        reader.start();
        return painted;
    }

    /** Waits for a child started with {@code exit} to quit by itself, and ends it if it does not. */
    public static void awaitExit(Process process) throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Ends a child and the processes it started. */
    public static void end(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** VmRSS from {@code /proc/<pid>/status}, in megabytes (Linux). */
    public static double residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                String kilobytes = line.substring("VmRSS:".length()).replace("kB", "").strip();
                return Long.parseLong(kilobytes) / 1024.0;
            }
        }
        throw new IOException("no VmRSS in /proc/" + pid + "/status");
    }
}
