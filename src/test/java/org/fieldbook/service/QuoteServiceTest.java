package org.fieldbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.fieldbook.domain.ActivitySummary;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.CompanyLogo;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.QuoteDocument;
import org.fieldbook.domain.QuoteStatus;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.TimelineEntry;
import org.fieldbook.store.Database;
import org.fieldbook.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes as the service issues them: numbered, frozen, gated, and marked sent with an activity. */
class QuoteServiceTest {
    @TempDir
    static Path folder;
    private static Database database;
    private QuoteService quotes;
    private CompanyService company;

    @BeforeAll
    static void open() {
        database = Database.open(folder);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void empty() {
        TestDatabases.reset(database);
        quotes = new QuoteService(database.store(), QuoteGate.open(), java.time.ZoneOffset.UTC);
        company = new CompanyService(database.store());
        new ProfileService(database.store()).setUp("李明", "CNY");
    }

    @Test
    void aQuoteFreezesTheLinesAndCustomerAndItsTotalsAreExact() {
        Opportunity deal = QuoteFixtures.deal(database.store(), 2);
        var started = company.edit();
        company.save(started, new CompanyProfile(CompanyProfile.ID, "  北京远航工业 ", "北京市朝阳区\n建国路 88 号  ",
                null, "30 天内付款。", 45), null);

        Quote first = quotes.create(deal.id());
        assertEquals(1, first.version());
        assertEquals(QuoteStatus.DRAFT, first.status());
        assertEquals("CNY", first.currency());
        // 2 × 86,500 less 7.5 % = 160,025.00; 1.5 × 4,800.50 = 7,200.75 (7,200.750 rounded)
        assertEquals(new BigDecimal("180200.75"), first.subtotal().stripTrailingZeros().setScale(2));
        assertEquals(0, new BigDecimal("12975.00").compareTo(first.discount()));
        assertEquals(0, new BigDecimal("167225.75").compareTo(first.total()));
        assertEquals(QuoteFixtures.ACCOUNT, first.accountName());
        assertEquals(QuoteFixtures.CONTACT, first.contactName(), "the decision maker is the addressee");
        assertEquals("北京远航工业", first.companyName());
        assertEquals("北京市朝阳区\n建国路 88 号", first.companyAddress());
        assertEquals("李明", first.preparedBy());
        assertEquals(first.issuedOn().plusDays(45), first.validUntil());
        assertTrue(first.number().matches("Q-[0-9A-Z]{4}-0001"), first.number());

        OpportunityService deals = new OpportunityService(database.store());
        var editing = deals.edit(deal.id());
        List<OpportunityLine> lines = deals.lines(deal.id());
        OpportunityLine first20 = lines.get(0);
        deals.update(editing, editing.original().withTitle("改名后的商机"), List.of(new OpportunityLine(first20.id(),
                deal.id(), first20.productId(), first20.quantity(), first20.unitPrice(), new BigDecimal("20"), 0)),
                null);
        AccountService accounts = new AccountService(database.store());
        var account = accounts.edit(deal.accountId());
        accounts.update(account, account.original().withName("改名公司"));
        company.save(company.edit(), company.profile().withName("新公司名"), null);

        Quote second = quotes.create(deal.id());
        assertEquals(2, second.version());
        assertTrue(second.number().endsWith("-0002"), second.number());
        assertEquals(0, new BigDecimal("138400.00").compareTo(second.total()), "2 × 86,500 less 20 %");
        QuoteDocument firstAgain = quotes.document(first.id());
        assertEquals(2, firstAgain.lines().size(), "the first version keeps the lines it was issued with");
        assertEquals(0, new BigDecimal("160025.00").compareTo(firstAgain.lines().get(0).lineTotal()));
        assertEquals(new BigDecimal("7.5"), firstAgain.lines().get(0).discountPercent().stripTrailingZeros());
        assertEquals("电动叉车 2 吨（锂电池，含充电器与三年保修）", firstAgain.lines().get(0).productName());
        assertEquals(QuoteFixtures.DEAL, firstAgain.quote().opportunityTitle());
        assertEquals(QuoteFixtures.ACCOUNT, firstAgain.quote().accountName());
        assertEquals("北京远航工业", firstAgain.quote().companyName());
        assertEquals("改名公司", second.accountName());
        assertEquals(1, quotes.document(second.id()).lines().size());

        List<TimelineEntry> timeline = new TimelineService(database.store(), java.time.ZoneOffset.UTC)
                .ofOpportunity(deal.id()).entries();
        List<Integer> versions = timeline.stream().filter(TimelineEntry.QuoteEntry.class::isInstance)
                .map(e -> ((TimelineEntry.QuoteEntry) e).quote().version()).toList();
        assertEquals(List.of(2, 1), versions, "both versions on the deal's timeline, newest first");
    }

    @Test
    void theGateRefusesWithItsMessageAndNothingIsStored() {
        Opportunity deal = QuoteFixtures.deal(database.store(), 1);
        UserMessage waiting = new UserMessage("approval.waiting", "20 %");
        QuoteService gated = new QuoteService(database.store(), opportunity -> opportunity.id().equals(deal.id())
                ? Optional.of(waiting) : Optional.empty(), java.time.ZoneOffset.UTC);
        QuoteRefused refused = assertThrows(QuoteRefused.class, () -> gated.create(deal.id()));
        assertEquals(waiting, refused.reason());
        assertEquals(Optional.of(waiting), UserMessage.of(new RuntimeException(refused)));
        assertTrue(gated.ofOpportunity(deal.id()).isEmpty());
        assertTrue(database.store().read(tx -> tx.settings().get(QuoteNumbering.PREFIX)).isEmpty(),
                "no number was taken");
    }

    @Test
    void aDealWithoutLinesHasNoQuote() {
        Opportunity deal = QuoteFixtures.deal(database.store(), 1);
        OpportunityService deals = new OpportunityService(database.store());
        var editing = deals.edit(deal.id());
        deals.update(editing, editing.original(), List.of(), null);
        RuleViolation none = assertThrows(RuleViolation.class, () -> quotes.create(deal.id()));
        assertEquals("validation.quote.noLines", none.violations().get(0).messageKey());
        assertTrue(quotes.ofOpportunity(deal.id()).isEmpty());
    }

    @Test
    void markingSentLogsOneEmailOnTheDealToTheContact() {
        Opportunity deal = QuoteFixtures.deal(database.store(), 1);
        Quote quote = quotes.create(deal.id());
        Quote sent = quotes.markSent(quote.id(), "已发送报价单");
        assertEquals(QuoteStatus.SENT, sent.status());
        assertTrue(sent.sentAt() != null);
        quotes.markSent(quote.id(), "again");
        List<ActivitySummary> logged = database.store().read(tx -> tx.activities().ofOpportunity(deal.id()));
        assertEquals(1, logged.size(), "a second mark logs nothing");
        assertEquals(ActivityType.EMAIL, logged.get(0).activity().type());
        assertEquals("已发送报价单", logged.get(0).activity().subject());
        assertEquals(quote.contactId(), logged.get(0).activity().contactId());
        assertTrue(logged.get(0).activity().isDone());
    }

    @Test
    void aLogoMustBeASmallPngOrJpegAndItIsSavedWithTheDetails() throws Exception {
        RuleViolation notImage = assertThrows(RuleViolation.class, () -> company.checkedLogo("GIF89a...".getBytes()));
        assertEquals("validation.company.logoNotImage", notImage.violations().get(0).messageKey());
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertEquals("validation.company.logoUnreadable", assertThrows(RuleViolation.class,
                () -> company.checkedLogo(broken)).violations().get(0).messageKey());
        assertEquals("validation.company.logoTooLarge", assertThrows(RuleViolation.class,
                () -> company.checkedLogo(new byte[CompanyLogo.MAX_BYTES + 1])).violations().get(0).messageKey());

        CompanyLogo logo = company.checkedLogo(png(120, 40));
        assertEquals(CompanyLogo.PNG, logo.contentType());
        assertEquals(120, logo.width());
        var started = company.edit();
        assertEquals("validation.company.validityRange", assertThrows(RuleViolation.class, () -> company.save(
                started, started.original().withValidityDays(0), logo)).violations().get(0).messageKey());
        assertNull(company.profile().logoId(), "a refused save stores no logo");
        company.save(started, started.original(), logo);
        assertEquals(logo.id(), company.profile().logoId());
        assertEquals(40, company.logo().orElseThrow().height());
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1D4ED8));
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(width / 10, height / 5, height * 3 / 5, height * 3 / 5);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
