package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.service.QuoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quote}: the next version of a deal's quote as a PDF; one line and exit code 2 when it cannot be. */
class QuoteCommandTest {
    @TempDir
    Path temp;

    @Test
    void aQuoteIsIssuedAndWrittenInTheChosenLanguage() throws Exception {
        Path data = temp.resolve("data");
        Opportunity deal;
        try (AppContext context = AppContext.open(data)) {
            deal = QuoteFixtures.deal(context.store(), 2);
        }
        Path pdf = temp.resolve("out/quote.pdf");
        CommandRun first = CommandRun.fieldbook("quote", "--opportunity", deal.id().toString(), "--out",
                pdf.toString(), "--locale", "zh-TW", "--data-dir", data.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().matches("Q-[0-9A-Z]{4}-0001 v1 .*quote\\.pdf\\R"), first.out());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("報價單") && text.contains(QuoteFixtures.ACCOUNT), text);
        }
        CommandRun second = CommandRun.fieldbook("quote", "--opportunity", deal.id().toString(), "--out",
                pdf.toString(), "--data-dir", data.toString());
        assertTrue(second.out().contains("-0002 v2 "), second.out());
    }

    @Test
    void whatCannotBeQuotedIsOneLineAndExitCodeTwo() throws Exception {
        Path data = temp.resolve("data");
        try (AppContext context = AppContext.open(data)) {
            context.profile().setUp("Ada", "EUR");
        }
        Path pdf = temp.resolve("none.pdf");
        CommandRun notAnId = CommandRun.fieldbook("quote", "--opportunity", "42", "--out", pdf.toString(),
                "--data-dir", data.toString());
        assertEquals(2, notAnId.exitCode());
        assertTrue(notAnId.err().startsWith("fieldbook: --opportunity 42 is not an opportunity id"), notAnId.err());
        UUID unknown = UUID.randomUUID();
        CommandRun missing = CommandRun.fieldbook("quote", "--opportunity", unknown.toString(), "--out",
                pdf.toString(), "--data-dir", data.toString());
        assertEquals(2, missing.exitCode());
        assertEquals("fieldbook: no opportunity " + unknown, missing.err().strip());
        assertEquals(1, missing.err().strip().lines().count());
        assertFalse(Files.exists(pdf), "no file for a quote that was not made");
    }
}
