package org.fieldbook.app.bench;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.QuoteDocument;
import org.fieldbook.report.QuoteExport;
import org.fieldbook.service.CompanyService;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.service.ProductService;
import org.fieldbook.service.QuoteGate;
import org.fieldbook.service.QuoteService;
import org.fieldbook.store.Database;

/**
 * A 50-line quote in Chinese with a logo and terms: the time to issue it (one transaction: number, frozen lines)
 * and to write its PDF atomically to a file, the first time in the JVM (fonts and PDFBox loading) and then the
 * median of five.
 */
public final class QuoteBench {
    static final int LINES = 50;
    static final double LIMIT_MS = 1_000;
    private static final int RUNS = 5;

    private QuoteBench() {
    }

    public static List<Figure> measure(Path work, PrintWriter console) {
        Path folder = work.resolve("quote-50");
        say(console, "Quote: a deal of " + LINES + " lines...");
        List<Figure> figures = new ArrayList<>();
        try (Database database = Database.open(folder)) {
            Opportunity deal = deal(database);
            QuoteService quotes = new QuoteService(database.store(), QuoteGate.open(), ZoneId.systemDefault());
            long issue = System.nanoTime();
            var quote = quotes.create(deal.id());
            figures.add(Figure.of("quote_issue_50_lines_ms", (System.nanoTime() - issue) / 1e6, "ms"));
            QuoteDocument document = quotes.document(quote.id());
            QuoteExport export = new QuoteExport();
            Path file = work.resolve("quote-50.pdf");
            List<Double> times = new ArrayList<>();
            for (int i = 0; i <= RUNS; i++) {
                long wall = System.nanoTime();
                export.write(document, Locale.SIMPLIFIED_CHINESE, file);
                double ms = (System.nanoTime() - wall) / 1e6;
                if (i == 0) {
                    figures.add(Figure.of("quote_pdf_50_lines_first_ms", ms, "ms"));
                } else {
                    times.add(ms);
                }
            }
            Collections.sort(times);
            figures.add(Figure.limited("quote_pdf_50_lines_ms", times.get(RUNS / 2), "ms", LIMIT_MS));
            figures.add(Figure.of("quote_pdf_50_lines_kb", Files.size(file) / 1024.0, "KB"));
            say(console, "Quote: PDF of " + LINES + " lines " + Math.round(times.get(RUNS / 2)) + " ms, "
                    + Files.size(file) / 1024 + " KB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return figures;
    }

    private static Opportunity deal(Database database) throws IOException {
        var store = database.store();
        ProductService products = new ProductService(store);
        List<Product> catalogue = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Product product = Product.create("P-" + (100 + i), "工业配件第 " + i + " 号（含安装与调试服务，质保两年）",
                    "件", "配件");
            products.save(product, List.of(Money.of(Integer.toString(120 + 37 * i) + ".50", "CNY")));
            catalogue.add(product);
        }
        CompanyService company = new CompanyService(store);
        company.save(company.edit(), new CompanyProfile(CompanyProfile.ID, "北京远航工业设备有限公司",
                "北京市朝阳区建国路 88 号", null, "价格含 13% 增值税。签约后 30 日内支付 50% 预付款。", 30),
                company.checkedLogo(logo()));
        Account account = store.write(tx -> tx.accounts().insert(Account.create("上海明辉机械有限公司", null)));
        PipelineStage first = store.read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id())).get(0);
        List<OpportunityLine> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            Product product = catalogue.get(i % catalogue.size());
            lines.add(OpportunityLine.create(null, product.id(), BigDecimal.valueOf(1 + i % 7),
                    new BigDecimal(120 + 37 * (i % 10) + ".50"), BigDecimal.valueOf(i % 4 * 2.5), i));
        }
        return new OpportunityService(store).create(Opportunity.create(account.id(), first, "设备更新",
                Money.of("0", "CNY"), LocalDate.now().plusMonths(2), null), lines, null);
    }

    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1D4ED8));
        g.fillRect(0, 0, 240, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void say(PrintWriter console, String line) {
        console.println(line);
        console.flush();
    }
}
