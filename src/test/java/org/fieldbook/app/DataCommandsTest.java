package org.fieldbook.app;

import static org.fieldbook.app.CommandRun.fieldbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, export-data, backup and restore on the command line: their output, files and one-line errors. */
class DataCommandsTest {
    @TempDir
    Path temp;

    private String path(String name) {
        return temp.resolve(name).toString();
    }

    private static void assertOneLineError(CommandRun run) {
        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("fieldbook: "), run.err());
    }

    @Test
    void aBackupRestoredIntoAnEmptyFolderGivesTheSameStatsAndReport() {
        String data = path("data");
        assertEquals(0, fieldbook("demo-data", "--seed", "3", "--opportunities", "300", "--data-dir", data).exitCode());
        CommandRun backup = fieldbook("backup", "--out", path("team.zip"), "--data-dir", data);
        assertEquals(0, backup.exitCode(), backup.err());
        CommandRun restore = fieldbook("restore", "--file", path("team.zip"), "--yes", "--data-dir", path("empty"));
        assertEquals(0, restore.exitCode(), restore.err());
        for (String command : new String[] {"stats", "report"}) {
            CommandRun before = fieldbook(command, "--json", "--data-dir", data);
            CommandRun after = fieldbook(command, "--json", "--data-dir", path("empty"));
            assertEquals(0, after.exitCode(), after.err());
            assertEquals(before.out(), after.out(), command);
        }
    }

    @Test
    void restoreBacksUpTheCurrentDataFirstAndAsksUnlessTold() throws Exception {
        String data = path("data");
        assertEquals(0, fieldbook("backup", "--out", path("empty.zip"), "--data-dir", data).exitCode());
        Path accounts = temp.resolve("accounts.csv");
        Files.writeString(accounts, "Name,Industry\nAcme Tools,Hardware\n");
        assertEquals(0, fieldbook("import", "--type", "accounts", "--file", accounts.toString(), "--data-dir", data)
                .exitCode());
        assertOneLineError(fieldbook("restore", "--file", path("empty.zip"), "--data-dir", data));
        CommandRun restore = fieldbook("restore", "--file", path("empty.zip"), "--yes", "--data-dir", data);
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("before-restore"), restore.out());
        assertTrue(fieldbook("stats", "--json", "--data-dir", data).out().contains("\"account\":0"));
        Path saved = Files.list(temp.resolve("data/backups")).filter(p -> p.toString().contains("before-restore"))
                .findFirst().orElseThrow();
        assertEquals(0, fieldbook("restore", "--file", saved.toString(), "--yes", "--data-dir", data).exitCode());
        assertTrue(fieldbook("stats", "--json", "--data-dir", data).out().contains("\"account\":1"));

        Files.writeString(temp.resolve("not-a-backup.zip"), "hello");
        assertOneLineError(fieldbook("restore", "--file", path("not-a-backup.zip"), "--yes", "--data-dir", data));
        assertTrue(fieldbook("stats", "--json", "--data-dir", data).out().contains("\"account\":1"));
    }

    @Test
    void importDryRunImportUndoAndExportRoundTrip() throws Exception {
        String data = path("data");
        Path deals = temp.resolve("deals.csv");
        Files.writeString(deals, """
                Opportunity Name,Account Name,Stage,Amount,Close Date,Deal owner
                Scanners,Acme Tools,Qualification,1200,2026-03-01,Ann Lee
                Broken,Acme Tools,Qualification,lots,2026-03-01,Ann Lee
                """);
        Path mapping = temp.resolve("mapping.json");
        Files.writeString(mapping, "{\"type\":\"OPPORTUNITIES\",\"createAccounts\":true,\"createOwners\":true}");
        CommandRun dry = fieldbook("import", "--type", "opportunities", "--file", deals.toString(), "--mapping",
                mapping.toString(), "--dry-run", "--data-dir", data);
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("dry run: 2 rows, 1 created, 0 updated, 0 skipped, 1 rejected"), dry.out());
        assertTrue(dry.out().contains("line 3: amount: 'lots' is not a number."), dry.out());
        assertTrue(fieldbook("stats", "--json", "--data-dir", data).out().contains("\"opportunity\":0"));

        CommandRun imported = fieldbook("import", "--type", "opportunities", "--file", deals.toString(), "--mapping",
                mapping.toString(), "--data-dir", data);
        assertEquals(0, imported.exitCode(), imported.err());
        String batch = imported.out().lines().filter(l -> l.startsWith("batch ")).findFirst().orElseThrow().substring(6);

        CommandRun xlsx = fieldbook("export-data", "--type", "opportunities", "--format", "xlsx", "--out", path("deals.xlsx"),
                "--data-dir", data);
        assertEquals(0, xlsx.exitCode(), xlsx.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(temp.resolve("deals.xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("Title", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Scanners", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1200.0, sheet.getRow(1).getCell(5).getNumericCellValue());
        }
        CommandRun csv = fieldbook("export-data", "--type", "accounts", "--format", "csv", "--out", path("accounts.csv"),
                "--filter", "acme", "--data-dir", data);
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals("\uFEFFName,Industry", Files.readString(temp.resolve("accounts.csv")).substring(0, 14));

        // the exported file imports again: into another folder it makes the same deal
        CommandRun again = fieldbook("import", "--type", "opportunities", "--file", path("deals.xlsx"), "--mapping",
                mapping.toString(), "--data-dir", path("other"));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("imported: 1 rows, 1 created"), again.out());

        CommandRun undo = fieldbook("import", "--undo", batch, "--data-dir", data);
        assertEquals(0, undo.exitCode(), undo.err());
        String stats = fieldbook("stats", "--json", "--data-dir", data).out();
        assertTrue(stats.contains("\"opportunity\":0") && stats.contains("\"account\":0")
                && stats.contains("\"sales_rep\":0"), stats);
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        String data = path("data");
        Files.write(temp.resolve("empty.csv"), new byte[0]);
        assertOneLineError(fieldbook("import", "--type", "accounts", "--file", path("empty.csv"), "--data-dir", data));
        assertOneLineError(fieldbook("import", "--type", "planets", "--file", path("empty.csv"), "--data-dir", data));
        assertOneLineError(fieldbook("import", "--type", "accounts", "--file", path("missing.csv"), "--data-dir", data));
        assertOneLineError(fieldbook("import", "--type", "accounts", "--data-dir", data));
        Files.writeString(temp.resolve("quote.csv"), "Name\n\"Acme\nBeta\n");
        CommandRun quote = fieldbook("import", "--type", "accounts", "--file", path("quote.csv"), "--data-dir", data);
        assertOneLineError(quote);
        assertTrue(quote.err().contains("Line 2"), quote.err());
        assertOneLineError(fieldbook("export-data", "--type", "accounts", "--format", "pdf", "--out", path("a.pdf"),
                "--data-dir", data));
        assertOneLineError(fieldbook("export-data", "--type", "accounts", "--format", "csv", "--out",
                path("no/such/folder/a.csv"), "--data-dir", data));
        assertOneLineError(fieldbook("backup", "--out", path("no/such/folder/b.zip"), "--data-dir", data));
        assertOneLineError(fieldbook("restore", "--file", path("missing.zip"), "--yes", "--data-dir", data));
    }
}
