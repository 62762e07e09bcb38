package org.fieldbook.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command line. Without a subcommand it opens the window; errors are one line on stderr and exit code 2. */
@Command(name = "fieldbook", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = FieldbookCommand.Version.class,
        description = "Fieldbook: an offline-first sales pipeline for field sales teams.",
        subcommands = {StatsCommand.class, ReportCommand.class, ExportCommand.class, DemoDataCommand.class,
                SyncCommand.class, BenchCommand.class, ServerCommand.class,
                ImportCommand.class, ExportDataCommand.class, BackupCommand.class, RestoreCommand.class,
                QuoteCommand.class,
                EncryptCommand.class, DecryptCommand.class,
                CommandLine.HelpCommand.class})
public final class FieldbookCommand implements Callable<Integer> {
    /** Returned when the window was opened: the JavaFX runtime decides when the process ends. */
    static final int WINDOW_OPENED = -1;
    static final int USAGE_ERROR = 2;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: $FIELDBOOK_HOME, else the per-user data folder of the OS).")
    Path dataDir;

    @Option(names = "--data-passphrase-file", paramLabel = "F", scope = ScopeType.INHERIT,
            description = "For an encrypted data folder: a file whose first line is its passphrase (else $"
                    + CommandPassphrase.VARIABLE + ", else it is asked for on the console). Not sync's team passphrase.")
    Path passphraseFile;

    @Override
    public Integer call() {
        FieldbookApp.launchWindow(dataFolder()); // logs to the folder once it is being opened
        return 0;
    }

    Path dataFolder() {
        return DataFolder.resolve(dataDir);
    }

    /** Opens the data folder for a subcommand, logging to it. */
    AppContext openContext() {
        Path folder = dataFolder();
        char[] passphrase = passphrase(folder);
        try {
            AppContext context = AppContext.open(folder, passphrase);
            Logging.toDataFolder(folder);
            return context;
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** The passphrase of an encrypted data folder, from where the user gave it; null if not encrypted. */
    char[] passphrase(Path folder) {
        return org.fieldbook.store.Database.isEncrypted(folder) ? givenPassphrase(folder) : null;
    }

    /** The passphrase given by file, variable or console, or null. */
    char[] givenPassphrase(Path folder) {
        return CommandPassphrase.read(passphraseFile, CommandPassphrase.VARIABLE, System.getenv(), System.console(),
                "Passphrase of " + folder + ": ");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new FieldbookCommand());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("fieldbook: " + e.getMessage()
                    + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("fieldbook: " + oneLine(e));
            LoggerFactory.getLogger(FieldbookCommand.class).error("command failed", e);
            return USAGE_ERROR;
        });
        return commandLine.execute(args);
    }

    /** A sentence for the person at the terminal; the stack trace goes to the log only. */
    static String oneLine(Exception e) {
        String sentence = sentence(e);
        int lineBreak = sentence.indexOf('\n');
        return lineBreak < 0 ? sentence : sentence.substring(0, lineBreak).strip();
    }

    private static String sentence(Exception e) {
        if (e instanceof StoreException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof RuleViolation violation) {
            return "invalid input: " + violation.violations();
        }
        return "unexpected error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                + "; details are in the log";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Fieldbook " + number()};
        }

        static String number() {
            Properties properties = new Properties();
            try (InputStream in = FieldbookCommand.class.getResourceAsStream("/fieldbook-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
