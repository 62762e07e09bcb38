package org.fieldbook.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.fieldbook.domain.QuoteDocument;

/** Writes a quote's PDF to a file atomically ({@link AtomicFile}); looks for the fonts when first needed. */
public final class QuoteExport {
    private ChartFonts fonts;

    public void write(QuoteDocument document, Locale locale, Path target) throws IOException {
        QuotePdfWriter writer = new QuotePdfWriter(fonts());
        AtomicFile.write(target, out -> writer.write(document, locale, out));
    }

    private synchronized ChartFonts fonts() {
        if (fonts == null) {
            fonts = ChartFonts.find();
        }
        return fonts;
    }
}
