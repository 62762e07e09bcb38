package org.fieldbook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.QuoteDocument;
import org.fieldbook.domain.QuoteLine;
import org.fieldbook.report.ChartCanvas.Align;

/**
 * A quote as a PDF: portrait A4, the company's logo, name and address, the customer, the quote's number,
 * version and dates, the lines as a table (long names wrap; a table longer than a page goes on over the next
 * pages under its header again), the totals, the validity and the terms, and "page N of M" on every page.
 * Text in the reader's language; the fonts of {@link ChartFonts} are embedded as subsets.
 */
public final class QuotePdfWriter {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final double MARGIN = 42;
    private static final double WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final double BOTTOM = PAGE.getHeight() - MARGIN - 30;
    private static final double TABLE_SIZE = 8.5;
    private static final double LEADING = 11.5;
    private static final int INK = 0x1F2937;
    private static final int MUTED = 0x6B7280;
    private static final int RULE = 0xD1D5DB;
    private static final int BAND = 0xF3F4F6;
    private static final int ACCENT = 0x1D4ED8;

    /** The table's columns: width in points (the product's takes the rest), alignment, and label key. */
    private record Column(String key, double width, Align align) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("quote.pdf.code", 60, Align.LEFT),
            new Column("quote.pdf.product", 0, Align.LEFT), new Column("quote.pdf.quantity", 42, Align.RIGHT),
            new Column("quote.pdf.unit", 40, Align.LEFT), new Column("quote.pdf.unitPrice", 76, Align.RIGHT),
            new Column("quote.pdf.discount", 44, Align.RIGHT), new Column("quote.pdf.lineTotal", 82, Align.RIGHT));
    private static final double CELL_PAD = 4;

    private final ChartFonts fonts;

    public QuotePdfWriter(ChartFonts fonts) {
        this.fonts = fonts;
    }

    /** What one page draws, kept until the number of pages is known. */
    private interface Op {
        void draw(PdfCanvas canvas, PDPageContentStream stream) throws IOException;
    }

    public void write(QuoteDocument document, Locale locale, OutputStream out) throws IOException {
        ReportText text = ReportText.load(locale);
        List<TrueTypeCollection> collections = new ArrayList<>();
        try (PDDocument pdf = new PDDocument()) {
            List<PDFont> loaded = new ArrayList<>();
            if (fonts.latin().isPresent()) {
                loaded.add(PdfPackWriter.load(pdf, fonts.latin().get(), collections));
            }
            loaded.add(PdfPackWriter.load(pdf, fonts.cjk(), collections));
            Map<Integer, PDFont> cache = new HashMap<>();
            PdfCanvas measure = new PdfCanvas(null, PAGE.getHeight(), loaded, cache);
            PDImageXObject logo = document.logo() == null ? null
                    : PDImageXObject.createFromByteArray(pdf, document.logo().image(), "logo");
            Quote quote = document.quote();
            pdf.getDocumentInformation().setTitle(text.get("quote.pdf.title") + " " + quote.number() + " v"
                    + quote.version());
            pdf.getDocumentInformation().setCreator("Fieldbook");
            List<List<Op>> pages = new Layout(document, text, measure, logo).pages();
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                pdf.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    PdfCanvas canvas = new PdfCanvas(stream, PAGE.getHeight(), loaded, cache);
                    for (Op op : pages.get(i)) {
                        op.draw(canvas, stream);
                    }
                    footer(canvas, text, quote, i + 1, pages.size());
                }
            }
            pdf.save(out);
        } finally {
            for (TrueTypeCollection collection : collections) {
                collection.close();
            }
        }
    }

    private static void footer(PdfCanvas canvas, ReportText text, Quote quote, int number, int pages) {
        double y = PAGE.getHeight() - MARGIN + 8;
        canvas.line(MARGIN, y - 14, MARGIN + WIDTH, y - 14, 0.5, RULE);
        canvas.text(quote.companyName() == null ? "" : quote.companyName(), MARGIN, y, 8, MUTED, Align.LEFT);
        canvas.text(text.get("quote.pdf.page", quote.number() + " v" + quote.version(), number, pages),
                MARGIN + WIDTH, y, 8, MUTED, Align.RIGHT);
    }

    /** Places everything top to bottom, starting a new page where the next block no longer fits. */
    private static final class Layout {
        private final QuoteDocument document;
        private final Quote quote;
        private final ReportText text;
        private final PdfCanvas measure;
        private final PDImageXObject logo;
        private final QuoteFormats formats;
        private final double[] widths = new double[COLUMNS.size()];
        private final List<List<Op>> pages = new ArrayList<>();
        private List<Op> page;
        private double y;

        Layout(QuoteDocument document, ReportText text, PdfCanvas measure, PDImageXObject logo) {
            this.document = document;
            this.quote = document.quote();
            this.text = text;
            this.measure = measure;
            this.logo = logo;
            this.formats = new QuoteFormats(text, quote.currency());
            double fixed = COLUMNS.stream().mapToDouble(Column::width).sum();
            for (int i = 0; i < COLUMNS.size(); i++) {
                widths[i] = COLUMNS.get(i).width() == 0 ? WIDTH - fixed : COLUMNS.get(i).width();
            }
        }

        List<List<Op>> pages() {
            newPage();
            header();
            tableHeader();
            for (QuoteLine line : document.lines()) {
                row(line);
            }
            totals();
            closing();
            return pages;
        }

        private void newPage() {
            page = new ArrayList<>();
            pages.add(page);
            y = MARGIN;
        }

        private void text(String value, double x, double baseline, double size, int rgb, Align align) {
            if (value != null && !value.isEmpty()) {
                page.add((canvas, stream) -> canvas.text(value, x, baseline, size, rgb, align));
            }
        }

        private List<String> wrap(String value, double width, double size) {
            return TextWrap.lines(value, width, piece -> measure.textWidth(piece, size), text.locale());
        }

        /** Logo and company on the right, the title and the quote's facts, the customer on the left. */
        private void header() {
            double top = y;
            double logoBottom = top;
            if (logo != null) {
                double scale = Math.min(150.0 / logo.getWidth(), 56.0 / logo.getHeight());
                double w = logo.getWidth() * scale;
                double h = logo.getHeight() * scale;
                page.add((canvas, stream) -> stream.drawImage(logo, (float) MARGIN,
                        (float) (PAGE.getHeight() - top - h), (float) w, (float) h));
                logoBottom = top + h;
            }
            double right = MARGIN + WIDTH;
            double companyY = top + 12;
            for (String line : wrap(quote.companyName(), WIDTH / 2, 13)) {
                text(line, right, companyY, 13, INK, Align.RIGHT);
                companyY += 16;
            }
            for (String line : wrap(quote.companyAddress(), WIDTH / 2, 8.5)) {
                text(line, right, companyY, 8.5, MUTED, Align.RIGHT);
                companyY += 11;
            }
            y = Math.max(logoBottom, companyY) + 18;
            text(text.get("quote.pdf.title"), MARGIN, y + 18, 22, ACCENT, Align.LEFT);
            y += 34;
            double factsTop = y;
            double labelX = MARGIN + WIDTH * 0.58;
            String[][] facts = {
                {text.get("quote.pdf.number"), quote.number()},
                {text.get("quote.pdf.version"), Integer.toString(quote.version())},
                {text.get("quote.pdf.issued"), formats.date(quote.issuedOn())},
                {text.get("quote.pdf.validUntil"), formats.date(quote.validUntil())},
                {text.get("quote.pdf.preparedBy"), quote.preparedBy()}};
            double factsY = factsTop + 10;
            for (String[] fact : facts) {
                if (fact[1] != null) {
                    text(fact[0], labelX, factsY, 9, MUTED, Align.LEFT);
                    text(fact[1], right, factsY, 9, INK, Align.RIGHT);
                    factsY += 13;
                }
            }
            double customerWidth = WIDTH * 0.52;
            double customerY = factsTop + 10;
            text(text.get("quote.pdf.customer"), MARGIN, customerY, 8, MUTED, Align.LEFT);
            customerY += 14;
            for (String line : wrap(quote.accountName(), customerWidth, 11)) {
                text(line, MARGIN, customerY, 11, INK, Align.LEFT);
                customerY += 14;
            }
            for (String line : wrap(quote.accountAddress(), customerWidth, 9)) {
                text(line, MARGIN, customerY, 9, INK, Align.LEFT);
                customerY += 12;
            }
            if (quote.contactName() != null) {
                customerY += 2;
                for (String line : wrap(text.get("quote.pdf.attention", quote.contactName()), customerWidth, 9)) {
                    text(line, MARGIN, customerY, 9, INK, Align.LEFT);
                    customerY += 12;
                }
            }
            y = Math.max(factsY, customerY) + 8;
            for (String line : wrap(text.get("quote.pdf.subject", quote.opportunityTitle()), WIDTH, 10)) {
                text(line, MARGIN, y + 10, 10, INK, Align.LEFT);
                y += 14;
            }
            y += 10;
        }

        /** The table's column labels on a band; repeated at the top of every page the table goes on to. */
        private void tableHeader() {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                cells.add(wrap(text.get(COLUMNS.get(i).key()), widths[i] - 2 * CELL_PAD, TABLE_SIZE));
            }
            double height = height(cells) + 6;
            double top = y;
            page.add((canvas, stream) -> canvas.fillRect(MARGIN, top, WIDTH, height, BAND));
            cells(cells, top + 3, MUTED);
            y += height;
            page.add((canvas, stream) -> canvas.line(MARGIN, top + height, MARGIN + WIDTH, top + height, 0.8, MUTED));
        }

        private void row(QuoteLine line) {
            String[] values = {line.productCode(), line.productName(), formats.quantity(line.quantity()),
                line.unit(), formats.unitPrice(line.unitPrice()), formats.percent(line.discountPercent()),
                formats.money(line.lineTotal())};
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                cells.add(wrap(values[i], widths[i] - 2 * CELL_PAD, TABLE_SIZE));
            }
            double height = height(cells) + 6;
            if (y + height > BOTTOM) {
                continuedPage();
                tableHeader();
            }
            double top = y;
            cells(cells, top + 3, INK);
            y += height;
            page.add((canvas, stream) -> canvas.line(MARGIN, top + height, MARGIN + WIDTH, top + height, 0.4, RULE));
        }

        /** A page after the first: the quote named at its top, so that a loose page says where it belongs. */
        private void continuedPage() {
            newPage();
            text(quote.companyName(), MARGIN, y + 9, 9, MUTED, Align.LEFT);
            text(text.get("quote.pdf.continued", quote.number(), quote.version()), MARGIN + WIDTH, y + 9, 9, MUTED,
                    Align.RIGHT);
            y += 22;
        }

        private static double height(List<List<String>> cells) {
            int most = cells.stream().mapToInt(c -> Math.max(1, c.size())).max().orElse(1);
            return most * LEADING;
        }

        private void cells(List<List<String>> cells, double top, int rgb) {
            double x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                Column column = COLUMNS.get(i);
                double anchor = column.align() == Align.RIGHT ? x + widths[i] - CELL_PAD : x + CELL_PAD;
                double baseline = top + LEADING - 3;
                for (String line : cells.get(i)) {
                    text(line, anchor, baseline, TABLE_SIZE, rgb, column.align());
                    baseline += LEADING;
                }
                x += widths[i];
            }
        }

        /** Subtotal, discount and total under the amounts' columns; they stay together on one page. */
        private void totals() {
            double needed = 3 * 16 + 14;
            if (y + needed > BOTTOM) {
                continuedPage();
            }
            double right = MARGIN + WIDTH - CELL_PAD;
            double labelX = MARGIN + WIDTH - widths[6] - widths[5] - widths[4];
            y += 16;
            text(text.get("quote.pdf.subtotal"), labelX, y, 9, MUTED, Align.LEFT);
            text(formats.money(quote.subtotal()), right, y, 9, INK, Align.RIGHT);
            y += 15;
            text(text.get("quote.pdf.discountTotal"), labelX, y, 9, MUTED, Align.LEFT);
            text(quote.discount().signum() == 0 ? formats.money(quote.discount())
                    : "−" + formats.money(quote.discount()), right, y, 9, INK, Align.RIGHT);
            y += 8;
            double ruleY = y;
            page.add((canvas, stream) -> canvas.line(labelX, ruleY, MARGIN + WIDTH, ruleY, 0.8, INK));
            y += 15;
            text(text.get("quote.pdf.total", quote.currency()), labelX, y, 11, INK, Align.LEFT);
            text(formats.money(quote.total()), right, y, 11, INK, Align.RIGHT);
            y += 22;
        }

        /** The validity sentence and the terms, line by line, on as many pages as they need. */
        private void closing() {
            List<String> lines = new ArrayList<>(wrap(text.get("quote.pdf.validity", formats.date(quote.validUntil())),
                    WIDTH, 9.5));
            for (String line : lines) {
                flowing(line, 9.5, INK);
            }
            if (quote.terms() != null) {
                y += 8;
                if (y + 30 > BOTTOM) {
                    continuedPage();
                }
                flowing(text.get("quote.pdf.terms"), 10, INK);
                for (String line : wrap(quote.terms(), WIDTH, 8.5)) {
                    flowing(line, 8.5, MUTED);
                }
            }
        }

        private void flowing(String line, double size, int rgb) {
            double leading = size + 4;
            if (y + leading > BOTTOM) {
                continuedPage();
            }
            y += leading;
            text(line, MARGIN, y, size, rgb, Align.LEFT);
        }
    }
}
