package org.fieldbook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportMessages;
import org.fieldbook.exchange.ImportProblem;
import org.fieldbook.exchange.ImportResult;
import org.fieldbook.exchange.ImportService;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.exchange.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Imports a CSV or XLSX file of accounts, contacts, opportunities, leads "
        + "or activities in one transaction (prints the batch id that 'import --undo' takes back).")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--type", paramLabel = "T", description = "accounts, contacts, opportunities, leads or activities.")
    String type;

    @Option(names = "--file", paramLabel = "F", description = "The .csv or .xlsx file.")
    Path file;

    @Option(names = "--mapping", paramLabel = "M.json", description = "A saved mapping (columns, values, formats).")
    Path mapping;

    @Option(names = "--dry-run", description = "Say what would be imported and every rejected row; write nothing.")
    boolean dryRun;

    @Option(names = "--undo", paramLabel = "BATCH", description = "Undo the import with this batch id.")
    java.util.UUID undo;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (undo == null && (type == null || file == null)) {
            err.println("fieldbook: import needs --type and --file (or --undo BATCH)");
            return FieldbookCommand.USAGE_ERROR;
        }
        try {
            ImportType kind = undo == null ? ImportType.parse(type) : null;
            ImportMapping chosen = mapping != null ? ImportMapping.load(mapping) : kind == null ? null : ImportMapping.detect(kind);
            byte[] bytes = undo == null ? read(file) : null;
            try (AppContext context = parent.openContext()) {
                ImportService imports = context.imports();
                if (undo != null) {
                    var batch = imports.undo(undo);
                    out.printf("undone: import of %s (%d created, %d updated)%n", batch.fileName(), batch.created(),
                            batch.updated());
                    return 0;
                }
                ImportResult result = dryRun ? imports.dryRun(bytes, kind, chosen)
                        : imports.importFile(bytes, file.getFileName().toString(), kind, chosen);
                out.printf("%s: %d rows, %d created, %d updated, %d skipped, %d rejected%s%n",
                        dryRun ? "dry run" : "imported", result.rows(), result.created(), result.updated(),
                        result.skipped(), result.rejected().size(), extras(result));
                for (Rejection rejection : result.rejected()) {
                    out.printf("line %d: %s%n", rejection.line(), ImportMessages.of(rejection));
                }
                if (!dryRun) {
                    out.println("batch " + result.batchId());
                }
                return 0;
            }
        } catch (ImportProblem problem) {
            err.println("fieldbook: " + ImportMessages.of(problem));
            return FieldbookCommand.USAGE_ERROR;
        }
    }

    private static String extras(ImportResult result) {
        StringBuilder text = new StringBuilder();
        if (result.accountsCreated() > 0) {
            text.append(", ").append(result.accountsCreated()).append(" accounts made for them");
        }
        if (result.ownersCreated() > 0) {
            text.append(", ").append(result.ownersCreated()).append(" sales reps added");
        }
        return text.toString();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
