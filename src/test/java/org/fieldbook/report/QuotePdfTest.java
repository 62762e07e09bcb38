package org.fieldbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.QuoteDocument;
import org.fieldbook.service.CompanyService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.service.QuoteFixtures;
import org.fieldbook.service.QuoteGate;
import org.fieldbook.service.QuoteService;
import org.fieldbook.store.Database;
import org.fieldbook.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quote PDF read back with PDFBox: its numbers, totals and Chinese names, its pages and header rows. */
class QuotePdfTest {
    @TempDir
    static Path folder;
    private static Database database;
    private QuoteService quotes;

    @BeforeAll
    static void open() {
        database = Database.open(folder.resolve("db"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void empty() throws Exception {
        TestDatabases.reset(database);
        quotes = new QuoteService(database.store(), QuoteGate.open(), java.time.ZoneOffset.UTC);
        new ProfileService(database.store()).setUp("李明", "CNY");
        CompanyService company = new CompanyService(database.store());
        var started = company.edit();
        company.save(started, new CompanyProfile(CompanyProfile.ID, "北京远航工业设备有限公司",
                "北京市朝阳区建国路 88 号\n电话 010-8888 6666", null,
                "价格含 13% 增值税。签约后 30 日内支付 50% 预付款，交货后 30 日内付清余款。交货期：收到预付款后 6 周。"
                        + "本报价单未尽事宜以双方签订的合同为准。", 30),
                company.checkedLogo(logo()));
    }

    private Path write(Quote quote, Locale locale, String name) throws Exception {
        Path file = folder.resolve(name);
        new QuoteExport().write(quotes.document(quote.id()), locale, file);
        return file;
    }

    @Test
    void aChineseQuoteShowsItsNumberNamesAndExactTotals() throws Exception {
        Opportunity deal = QuoteFixtures.deal(database.store(), 2);
        Quote quote = quotes.create(deal.id());
        Path file = write(quote, Locale.SIMPLIFIED_CHINESE, "quote-zh.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            String flat = text.replaceAll("\\s+", "");
            for (String expected : List.of("报价单", quote.number(), QuoteFixtures.ACCOUNT, "联系人：" + QuoteFixtures.CONTACT,
                    "事由：" + QuoteFixtures.DEAL, "北京远航工业设备有限公司", "年度维护服务", "FL-20", "台", "7.5",
                    "¥160,025.00", "¥7,200.75", "小计", "¥180,200.75", "-¥12,975.00".replace('-', '−'),
                    "合计（CNY）", "¥167,225.75", "本报价有效期至", "条款", "价格含13%增值税", "第1页，共1页",
                    "制单人", "李明")) {
                assertTrue(flat.contains(expected.replaceAll("\\s+", "")), expected + " in:\n" + text);
            }
            assertTrue(flat.contains("电动叉车2吨（锂电池，含充电器与三年保修）"), "the long name, wrapped, whole");
            assertFalse(file.getParent().toFile().list((dir, n) -> n.endsWith(".partial")).length > 0);
        }
    }

    @Test
    void manyLinesGoOnOverPagesUnderTheirHeaderAgainWithPageNumbers() throws Exception {
        Opportunity deal = QuoteFixtures.deal(database.store(), 90);
        Quote quote = quotes.create(deal.id());
        Path file = write(quote, Locale.ENGLISH, "quote-en.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "90 lines take several pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            int rows = 0;
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("Unit price") && text.contains("Line total"), "header on page " + page);
                assertTrue(text.contains("page " + page + " of " + pages), "page number on page " + page);
                rows += text.split("FL-20|SVC-Y", -1).length - 1;
                if (page > 1) {
                    assertTrue(text.contains("(continued)"), "page " + page + " says which quote it continues");
                }
            }
            assertEquals(90, rows, "every line once");
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(pdf);
            assertTrue(last.contains("Total (CNY)") && last.contains(new QuoteFormats(ReportText.load(Locale.ENGLISH),
                    "CNY").money(quote.total())), last);
        }
    }

    /** The picture of a quote's page in the README and the issue: a Chinese quote with logo, lines and terms. */
    @Test
    void drawsTheQuotePageForTheScreenshots() throws Exception {
        Opportunity deal = QuoteFixtures.deal(database.store(), 6);
        Path file = write(quotes.create(deal.id()), Locale.SIMPLIFIED_CHINESE, "quote-page.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            Path png = Path.of("docs/screenshots/quote-page.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            assertTrue(Files.size(png) > 20_000);
        }
    }

    /** A small two-colour logo, as a company would choose one. */
    static byte[] logo() throws Exception {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(0x1D4ED8));
        g.fillRoundRect(0, 10, 100, 100, 24, 24);
        g.setColor(java.awt.Color.WHITE);
        g.fillPolygon(new int[] {20, 50, 80}, new int[] {90, 30, 90}, 3);
        g.setColor(new java.awt.Color(0x1F2937));
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 38));
        g.drawString("YUANHANG", 112, 76);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
