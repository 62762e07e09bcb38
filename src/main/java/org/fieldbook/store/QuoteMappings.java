package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.COMPANY_LOGO;
import static org.fieldbook.store.jooq.Tables.COMPANY_PROFILE;
import static org.fieldbook.store.jooq.Tables.QUOTE;
import static org.fieldbook.store.jooq.Tables.QUOTE_LINE;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldbook.domain.CompanyLogo;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.QuoteLine;
import org.fieldbook.domain.QuoteStatus;
import org.fieldbook.store.jooq.tables.records.CompanyLogoRecord;
import org.fieldbook.store.jooq.tables.records.CompanyProfileRecord;
import org.fieldbook.store.jooq.tables.records.QuoteLineRecord;
import org.fieldbook.store.jooq.tables.records.QuoteRecord;
import org.jooq.Table;
import org.jooq.TableField;

/** The table mappings of the company details and the quotes (V11); listed in {@link Mappings#ALL}. */
final class QuoteMappings {
    static final EntityMapping<CompanyLogo, CompanyLogoRecord> COMPANY_LOGOS = new EntityMapping<>() {
        String entity() { return "company_logo"; }
        Table<CompanyLogoRecord> table() { return COMPANY_LOGO; }
        TableField<CompanyLogoRecord, UUID> id() { return COMPANY_LOGO.ID; }
        TableField<CompanyLogoRecord, OffsetDateTime> createdAt() { return COMPANY_LOGO.CREATED_AT; }
        TableField<CompanyLogoRecord, OffsetDateTime> updatedAt() { return COMPANY_LOGO.UPDATED_AT; }
        TableField<CompanyLogoRecord, Boolean> deleted() { return COMPANY_LOGO.DELETED; }
        UUID idOf(CompanyLogo l) { return l.id(); }
        boolean insertOnly() { return true; }

        void fill(CompanyLogo l, CompanyLogoRecord r) {
            r.setContentType(l.contentType());
            r.setImageBase64(l.imageBase64());
            r.setWidth(l.width());
            r.setHeight(l.height());
        }

        CompanyLogo read(CompanyLogoRecord r) {
            return new CompanyLogo(r.getId(), r.getContentType(), r.getImageBase64(), r.getWidth(), r.getHeight());
        }
    };

    static final EntityMapping<CompanyProfile, CompanyProfileRecord> COMPANY_PROFILES = new EntityMapping<>() {
        String entity() { return "company_profile"; }
        Table<CompanyProfileRecord> table() { return COMPANY_PROFILE; }
        TableField<CompanyProfileRecord, UUID> id() { return COMPANY_PROFILE.ID; }
        TableField<CompanyProfileRecord, OffsetDateTime> createdAt() { return COMPANY_PROFILE.CREATED_AT; }
        TableField<CompanyProfileRecord, OffsetDateTime> updatedAt() { return COMPANY_PROFILE.UPDATED_AT; }
        TableField<CompanyProfileRecord, Boolean> deleted() { return COMPANY_PROFILE.DELETED; }
        UUID idOf(CompanyProfile c) { return c.id(); }

        void fill(CompanyProfile c, CompanyProfileRecord r) {
            r.setName(c.name());
            r.setAddress(c.address());
            r.setLogoId(c.logoId());
            r.setTerms(c.terms());
            r.setValidityDays(c.validityDays());
        }

        CompanyProfile read(CompanyProfileRecord r) {
            return new CompanyProfile(r.getId(), r.getName(), r.getAddress(), r.getLogoId(), r.getTerms(),
                    r.getValidityDays());
        }
    };

    static final EntityMapping<Quote, QuoteRecord> QUOTES = new EntityMapping<>() {
        String entity() { return "quote"; }
        Table<QuoteRecord> table() { return QUOTE; }
        TableField<QuoteRecord, UUID> id() { return QUOTE.ID; }
        TableField<QuoteRecord, OffsetDateTime> createdAt() { return QUOTE.CREATED_AT; }
        TableField<QuoteRecord, OffsetDateTime> updatedAt() { return QUOTE.UPDATED_AT; }
        TableField<QuoteRecord, Boolean> deleted() { return QUOTE.DELETED; }
        UUID idOf(Quote q) { return q.id(); }

        void fill(Quote q, QuoteRecord r) {
            r.setOpportunityId(q.opportunityId());
            r.setQuoteNumber(q.number());
            r.setVersion(q.version());
            r.setIssuedOn(q.issuedOn());
            r.setValidUntil(q.validUntil());
            r.setCurrency(q.currency());
            r.setSubtotal(q.subtotal());
            r.setDiscount(q.discount());
            r.setTotal(q.total());
            r.setStatus(q.status().name());
            r.setSentAt(toDb(q.sentAt()));
            r.setOpportunityTitle(q.opportunityTitle());
            r.setContactId(q.contactId());
            r.setAccountName(q.accountName());
            r.setAccountAddress(q.accountAddress());
            r.setContactName(q.contactName());
            r.setPreparedBy(q.preparedBy());
            r.setCompanyName(q.companyName());
            r.setCompanyAddress(q.companyAddress());
            r.setLogoId(q.logoId());
            r.setTerms(q.terms());
            r.setIssuedByDevice(q.issuedByDevice());
        }

        Quote read(QuoteRecord r) {
            return new Quote(r.getId(), r.getOpportunityId(), r.getQuoteNumber(), r.getVersion(), r.getIssuedOn(),
                    r.getValidUntil(), r.getCurrency(), r.getSubtotal(), r.getDiscount(), r.getTotal(),
                    QuoteStatus.valueOf(r.getStatus()), fromDb(r.getSentAt()), r.getOpportunityTitle(),
                    r.getContactId(), r.getAccountName(), r.getAccountAddress(), r.getContactName(),
                    r.getPreparedBy(), r.getCompanyName(), r.getCompanyAddress(), r.getLogoId(), r.getTerms(),
                    r.getIssuedByDevice());
        }
    };

    static final EntityMapping<QuoteLine, QuoteLineRecord> QUOTE_LINES = new EntityMapping<>() {
        String entity() { return "quote_line"; }
        Table<QuoteLineRecord> table() { return QUOTE_LINE; }
        TableField<QuoteLineRecord, UUID> id() { return QUOTE_LINE.ID; }
        TableField<QuoteLineRecord, OffsetDateTime> createdAt() { return QUOTE_LINE.CREATED_AT; }
        TableField<QuoteLineRecord, OffsetDateTime> updatedAt() { return QUOTE_LINE.UPDATED_AT; }
        TableField<QuoteLineRecord, Boolean> deleted() { return QUOTE_LINE.DELETED; }
        UUID idOf(QuoteLine l) { return l.id(); }
        boolean insertOnly() { return true; }

        void fill(QuoteLine l, QuoteLineRecord r) {
            r.setQuoteId(l.quoteId());
            r.setPosition(l.position());
            r.setProductCode(l.productCode());
            r.setProductName(l.productName());
            r.setUnit(l.unit());
            r.setQuantity(l.quantity());
            r.setUnitPrice(l.unitPrice());
            r.setDiscountPercent(l.discountPercent());
            r.setLineTotal(l.lineTotal());
        }

        QuoteLine read(QuoteLineRecord r) {
            return new QuoteLine(r.getId(), r.getQuoteId(), r.getPosition(), r.getProductCode(), r.getProductName(),
                    r.getUnit(), r.getQuantity(), r.getUnitPrice(), r.getDiscountPercent(), r.getLineTotal());
        }
    };

    private QuoteMappings() {
    }
}
