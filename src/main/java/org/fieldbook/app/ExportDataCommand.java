package org.fieldbook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.exchange.TableExport;
import org.fieldbook.exchange.TableFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export-data", description = "Writes one table (with its custom fields) to a CSV or XLSX file.")
final class ExportDataCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--type", required = true, paramLabel = "T",
            description = "accounts, contacts, opportunities, leads or activities.")
    String type;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx", description = "csv or xlsx.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "F", description = "The file to write.")
    Path out;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only the rows any of whose cells contain TEXT.")
    String filter;

    @Override
    public Integer call() throws IOException {
        ImportType kind = ImportType.parse(type);
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
            throw new IllegalArgumentException("unknown format '" + format + "': use csv or xlsx");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no folder " + folder + " to write " + out.getFileName() + " in");
        }
        try (AppContext context = parent.openContext()) {
            TableExport.Table table = new TableExport(context.store()).table(kind, filter);
            if (chosen.equals("csv")) {
                TableFiles.writeCsv(table, out, ZoneId.systemDefault());
            } else {
                TableFiles.writeXlsx(table, out, kind.name().toLowerCase(Locale.ROOT), ZoneId.systemDefault());
            }
            spec.commandLine().getOut().printf("%d %s written to %s%n", table.rows().size(),
                    kind.name().toLowerCase(Locale.ROOT), out);
            return 0;
        }
    }
}
