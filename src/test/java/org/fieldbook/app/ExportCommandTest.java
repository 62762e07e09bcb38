package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.fieldbook.analytics.KpiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code export} without a display: a file for good arguments, one line and exit code 2 for bad ones. */
class ExportCommandTest {
    @TempDir
    Path temp;

    private String[] run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = FieldbookCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aChartIsExportedAsAPdfPage() throws Exception {
        try (AppContext context = AppContext.open(temp.resolve("data"))) {
            KpiFixture.load(context.store());
        }
        Path pdf = temp.resolve("out/funnel.pdf");
        String[] result = run("export", "--format", "pdf", "--chart", "funnel", "--from", "2025-04-01", "--to",
                "2025-06-30", "--locale", "zh-TW", "--data-dir", temp.resolve("data").toString(), "--out",
                pdf.toString());
        assertEquals("0", result[0], result[2]);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, document.getNumberOfPages(), "the title page and the one chart");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --format gif --all                      | --format gif is not one of
            --format pdf                            | Missing required argument
            --format pdf --all --chart funnel       | mutually exclusive
            --format png --chart pie                | no chart named 'pie'
            --format png --all --scale 4            | --scale must be 1, 2 or 3
            --format pdf --all --from 2025-02-01 --to 2025-01-01 | is before --from
            """)
    void badArgumentsAreOneLineAndExitCodeTwo(String options, String message) {
        String[] args = (options.strip() + " --out " + temp.resolve("x.out") + " --data-dir " + temp.resolve("d"))
                .split(" ");
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        String[] result = run(all);
        assertEquals("2", result[0]);
        assertTrue(result[2].contains(message), result[2]);
        assertEquals(1, result[2].strip().lines().count(), result[2]);
        assertTrue(Files.notExists(temp.resolve("x.out")));
    }
}
