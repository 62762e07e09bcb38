package org.fieldbook.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.BuyingRoleSummary;
import org.fieldbook.domain.CompanyLogo;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.QuoteDocument;
import org.fieldbook.domain.QuoteLine;
import org.fieldbook.domain.QuoteStatus;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * Quotes of a deal: each "Create quote" freezes the deal's lines, customer and company details as a new
 * version with a number unique across the team's devices; "Mark sent" records that it went out. Each is one
 * transaction; the {@link QuoteGate} is asked first.
 */
public final class QuoteService {
    /** Whom a quote is addressed to: the first of the deal's contacts in this order of their roles. */
    private static final List<BuyingRole> ADDRESSEE_ORDER = List.of(BuyingRole.DECISION_MAKER, BuyingRole.CHAMPION,
            BuyingRole.EVALUATOR, BuyingRole.INFLUENCER, BuyingRole.USER, BuyingRole.BLOCKER);

    private final Store store;
    private final QuoteGate gate;
    private final ZoneId zone;

    public QuoteService(Store store, QuoteGate gate, ZoneId zone) {
        this.store = store;
        this.gate = gate;
        this.zone = zone;
    }

    /**
     * Issues the next version of the deal's quote from its lines as they are now. Refused with the gate's
     * message ({@link QuoteRefused}), or with a {@link RuleViolation} when the deal has no lines.
     */
    public Quote create(UUID opportunityId) {
        Opportunity deal = store.read(tx -> tx.opportunities().get(opportunityId));
        Optional<UserMessage> refusal = gate.refusal(deal);
        if (refusal.isPresent()) {
            throw new QuoteRefused(refusal.get());
        }
        return store.write(tx -> issue(tx, tx.opportunities().get(opportunityId)));
    }

    private Quote issue(Tx tx, Opportunity deal) {
        List<OpportunityLine> dealLines = tx.opportunityLines().ofOpportunity(deal.id());
        if (dealLines.isEmpty()) {
            throw new RuleViolation(List.of(new Violation("lines", "validation.quote.noLines")));
        }
        String currency = deal.amount().currency();
        UUID quoteId = TimeOrderedId.next();
        List<QuoteLine> lines = new ArrayList<>(dealLines.size());
        for (OpportunityLine line : dealLines) {
            Product product = tx.products().findIncludingDeleted(line.productId()).orElse(null);
            lines.add(QuoteLine.of(quoteId, lines.size(), line, product, currency));
        }
        QuoteLine.Totals totals = QuoteLine.totals(lines, currency);
        Account account = tx.accounts().findIncludingDeleted(deal.accountId()).orElse(null);
        Optional<BuyingRoleSummary> addressee = tx.opportunityContacts().ofOpportunity(deal.id()).stream()
                .min(Comparator.comparing(r -> ADDRESSEE_ORDER.indexOf(r.role().role())));
        CompanyProfile company = tx.company().profile();
        UUID device = tx.changeLog().deviceId();
        Instant now = tx.quotes().clockNow();
        LocalDate issued = now.atZone(zone).toLocalDate();
        String preparedBy = ProfileService.profile(tx).map(p -> p.me().name()).orElse(null);
        Quote quote = new Quote(quoteId, deal.id(), QuoteNumbering.next(tx, device),
                tx.quotes().highestVersion(deal.id()) + 1, issued, issued.plusDays(company.validityDays()), currency,
                totals.subtotal(), totals.discount(), totals.total(), QuoteStatus.DRAFT, null, deal.title(),
                addressee.map(r -> r.role().contactId()).orElse(null), account == null ? null : account.name(),
                account == null ? null : account.address(), addressee.map(BuyingRoleSummary::contactName).orElse(null),
                preparedBy, company.name(), company.address(), company.logoId(), company.terms(), device);
        tx.quotes().insert(quote);
        tx.quotes().lines().insertAll(lines);
        return tx.quotes().get(quoteId);
    }

    /** The deal's quotes, oldest version first. */
    public List<Quote> ofOpportunity(UUID opportunityId) {
        return store.read(tx -> tx.quotes().ofOpportunity(opportunityId));
    }

    /** A stored version with its frozen lines and logo: what its PDF is drawn from, as often as asked. */
    public QuoteDocument document(UUID quoteId) {
        return store.read(tx -> {
            Quote quote = tx.quotes().get(quoteId);
            CompanyLogo logo = quote.logoId() == null ? null : tx.company().logos().find(quote.logoId()).orElse(null);
            return new QuoteDocument(quote, tx.quotes().linesOf(quoteId), logo);
        });
    }

    /**
     * Marks the quote sent and logs it on the deal as a done e-mail with {@code subject} (in the user's words),
     * to the quote's contact, in one transaction. A quote already sent stays as it is and logs nothing.
     */
    public Quote markSent(UUID quoteId, String subject) {
        return store.write(tx -> {
            Quote quote = tx.quotes().get(quoteId);
            if (quote.status() == QuoteStatus.SENT) {
                return quote;
            }
            Opportunity deal = tx.opportunities().findIncludingDeleted(quote.opportunityId()).orElseThrow();
            Instant now = tx.quotes().clockNow();
            UUID contact = quote.contactId() != null && tx.contacts().find(quote.contactId()).isPresent()
                    ? quote.contactId() : null;
            UUID owner = ProfileService.profile(tx).map(p -> p.me().id()).orElse(deal.ownerId());
            Activity logged = new Activity(TimeOrderedId.next(), ActivityType.EMAIL, subject, null, null, now,
                    null, null, deal.accountId(), contact, deal.id(), owner);
            RuleViolation.throwIfAny(logged.violations());
            tx.activities().insert(logged);
            return tx.quotes().update(quote.sent(now));
        });
    }
}
