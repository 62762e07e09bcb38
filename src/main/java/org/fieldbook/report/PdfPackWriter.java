package org.fieldbook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.fieldbook.report.ChartCanvas.Align;

/**
 * The meeting pack as a PDF: landscape A4, a first page with the title and the KPI table, then one chart per
 * page drawn as vectors, with its caption and the page number. The fonts are embedded (subsets).
 */
public final class PdfPackWriter {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final double MARGIN = 40;
    private static final int INK = 0x1F2937;
    private static final int MUTED = 0x6B7280;

    private final ChartFonts fonts;

    public PdfPackWriter(ChartFonts fonts) {
        this.fonts = fonts;
    }

    public void write(MeetingPack pack, OutputStream out, ExportProgress progress) throws IOException {
        ValueText values = new ValueText(ReportText.load(pack.locale()));
        ChartPainter painter = new ChartPainter(values);
        List<TrueTypeCollection> collections = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            List<PDFont> loaded = new ArrayList<>();
            if (fonts.latin().isPresent()) {
                loaded.add(load(document, fonts.latin().get(), collections));
            }
            loaded.add(load(document, fonts.cjk(), collections));
            Map<Integer, PDFont> cache = new HashMap<>();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(pack.title() + " · " + pack.period());
            info.setCreator("Fieldbook");
            int pages = pack.charts().size() + 1;
            int total = pages;
            page(document, loaded, cache, 1, pages, pack, canvas -> titlePage(pack, canvas));
            progress.done(1, total);
            int number = 2;
            for (PackChart chart : pack.charts()) {
                progress.check();
                page(document, loaded, cache, number, pages, pack, canvas -> painter.paint(chart, canvas, MARGIN,
                        MARGIN, PAGE.getWidth() - 2 * MARGIN, PAGE.getHeight() - 2 * MARGIN - 40));
                progress.done(number, total);
                number++;
            }
            progress.check();
            document.save(out);
        } finally {
            for (TrueTypeCollection collection : collections) {
                collection.close();
            }
        }
    }

    private interface PageContent {
        void draw(ChartCanvas canvas);
    }

    private void page(PDDocument document, List<PDFont> fonts, Map<Integer, PDFont> cache, int number, int pages,
                      MeetingPack pack, PageContent content) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            PdfCanvas canvas = new PdfCanvas(stream, PAGE.getHeight(), fonts, cache);
            content.draw(canvas);
            double footer = PAGE.getHeight() - MARGIN + 12;
            canvas.line(MARGIN, footer - 16, PAGE.getWidth() - MARGIN, footer - 16, 0.5, 0xD1D5DB);
            canvas.text(pack.caption(), MARGIN, footer, 8, MUTED, Align.LEFT);
            canvas.text(ReportText.load(pack.locale()).get("export.page", number, pages), PAGE.getWidth() - MARGIN,
                    footer, 8, MUTED, Align.RIGHT);
        }
    }

    private static void titlePage(MeetingPack pack, ChartCanvas canvas) {
        double y = MARGIN + 28;
        canvas.text(pack.title(), MARGIN, y, 26, INK, Align.LEFT);
        y += 26;
        canvas.text(pack.period(), MARGIN, y, 13, INK, Align.LEFT);
        for (String filter : pack.filters()) {
            y += 18;
            canvas.text(filter, MARGIN, y, 11, MUTED, Align.LEFT);
        }
        y += 18;
        canvas.text(pack.asOfLine(), MARGIN, y, 11, MUTED, Align.LEFT);
        y += 30;
        canvas.text(pack.labels().kpiTitle(), MARGIN, y, 14, INK, Align.LEFT);
        y += 8;
        double column = (PAGE.getWidth() - 2 * MARGIN) / 2;
        int rows = (pack.kpis().size() + 1) / 2;
        for (int i = 0; i < pack.kpis().size(); i++) {
            MeetingPack.Kpi kpi = pack.kpis().get(i);
            double x = MARGIN + (i / rows) * column;
            double rowTop = y + (i % rows) * 22;
            if (i % 2 == 0) {
                canvas.fillRect(x, rowTop, column - 12, 22, 0xF3F4F6);
            }
            canvas.text(kpi.label(), x + 6, rowTop + 15, 10, INK, Align.LEFT);
            canvas.text(kpi.shown(), x + column - 20, rowTop + 15, 10, INK, Align.RIGHT);
        }
    }

    static PDFont load(PDDocument document, Path file, List<TrueTypeCollection> open) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            open.add(collection);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return PDType0Font.load(document, first[0], true);
        }
        return PDType0Font.load(document, file.toFile());
    }
}
