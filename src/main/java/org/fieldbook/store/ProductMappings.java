package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.OPPORTUNITY_LINE;
import static org.fieldbook.store.jooq.Tables.PAYMENT;
import static org.fieldbook.store.jooq.Tables.PRODUCT;
import static org.fieldbook.store.jooq.Tables.PRODUCT_PRICE;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.PaymentKind;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.ProductPrice;
import org.fieldbook.store.jooq.tables.records.OpportunityLineRecord;
import org.fieldbook.store.jooq.tables.records.PaymentRecord;
import org.fieldbook.store.jooq.tables.records.ProductPriceRecord;
import org.fieldbook.store.jooq.tables.records.ProductRecord;
import org.jooq.Table;
import org.jooq.TableField;

/** The table mappings of the product catalogue, deals' lines and payments (V10); listed in {@link Mappings#ALL}. */
final class ProductMappings {
    static final EntityMapping<Product, ProductRecord> PRODUCTS = new EntityMapping<>() {
        String entity() { return "product"; }
        Table<ProductRecord> table() { return PRODUCT; }
        TableField<ProductRecord, UUID> id() { return PRODUCT.ID; }
        TableField<ProductRecord, OffsetDateTime> createdAt() { return PRODUCT.CREATED_AT; }
        TableField<ProductRecord, OffsetDateTime> updatedAt() { return PRODUCT.UPDATED_AT; }
        TableField<ProductRecord, Boolean> deleted() { return PRODUCT.DELETED; }
        UUID idOf(Product p) { return p.id(); }

        void fill(Product p, ProductRecord r) {
            r.setCode(p.code());
            r.setName(p.name());
            r.setUnit(p.unit());
            r.setCategory(p.category());
            r.setActive(p.active());
        }

        Product read(ProductRecord r) {
            return new Product(r.getId(), r.getCode(), r.getName(), r.getUnit(), r.getCategory(), r.getActive());
        }
    };

    static final EntityMapping<ProductPrice, ProductPriceRecord> PRODUCT_PRICES = new EntityMapping<>() {
        String entity() { return "product_price"; }
        Table<ProductPriceRecord> table() { return PRODUCT_PRICE; }
        TableField<ProductPriceRecord, UUID> id() { return PRODUCT_PRICE.ID; }
        TableField<ProductPriceRecord, OffsetDateTime> createdAt() { return PRODUCT_PRICE.CREATED_AT; }
        TableField<ProductPriceRecord, OffsetDateTime> updatedAt() { return PRODUCT_PRICE.UPDATED_AT; }
        TableField<ProductPriceRecord, Boolean> deleted() { return PRODUCT_PRICE.DELETED; }
        UUID idOf(ProductPrice p) { return p.id(); }

        void fill(ProductPrice p, ProductPriceRecord r) {
            r.setProductId(p.productId());
            r.setCurrency(p.listPrice().currency());
            r.setListPrice(p.listPrice().amount());
        }

        ProductPrice read(ProductPriceRecord r) {
            return new ProductPrice(r.getId(), r.getProductId(), new Money(r.getListPrice(), r.getCurrency()));
        }
    };

    static final EntityMapping<OpportunityLine, OpportunityLineRecord> OPPORTUNITY_LINES = new EntityMapping<>() {
        String entity() { return "opportunity_line"; }
        Table<OpportunityLineRecord> table() { return OPPORTUNITY_LINE; }
        TableField<OpportunityLineRecord, UUID> id() { return OPPORTUNITY_LINE.ID; }
        TableField<OpportunityLineRecord, OffsetDateTime> createdAt() { return OPPORTUNITY_LINE.CREATED_AT; }
        TableField<OpportunityLineRecord, OffsetDateTime> updatedAt() { return OPPORTUNITY_LINE.UPDATED_AT; }
        TableField<OpportunityLineRecord, Boolean> deleted() { return OPPORTUNITY_LINE.DELETED; }
        UUID idOf(OpportunityLine l) { return l.id(); }

        void fill(OpportunityLine l, OpportunityLineRecord r) {
            r.setOpportunityId(l.opportunityId());
            r.setProductId(l.productId());
            r.setQuantity(l.quantity());
            r.setUnitPrice(l.unitPrice());
            r.setDiscountPercent(l.discountPercent());
            r.setPosition(l.position());
        }

        OpportunityLine read(OpportunityLineRecord r) {
            return new OpportunityLine(r.getId(), r.getOpportunityId(), r.getProductId(), r.getQuantity(),
                    r.getUnitPrice(), r.getDiscountPercent(), r.getPosition());
        }
    };

    static final EntityMapping<Payment, PaymentRecord> PAYMENTS = new EntityMapping<>() {
        String entity() { return "payment"; }
        Table<PaymentRecord> table() { return PAYMENT; }
        TableField<PaymentRecord, UUID> id() { return PAYMENT.ID; }
        TableField<PaymentRecord, OffsetDateTime> createdAt() { return PAYMENT.CREATED_AT; }
        TableField<PaymentRecord, OffsetDateTime> updatedAt() { return PAYMENT.UPDATED_AT; }
        TableField<PaymentRecord, Boolean> deleted() { return PAYMENT.DELETED; }
        UUID idOf(Payment p) { return p.id(); }

        void fill(Payment p, PaymentRecord r) {
            r.setOpportunityId(p.opportunityId());
            r.setKind(p.kind().name());
            r.setAmount(p.amount());
            r.setOnDate(p.date());
            r.setNote(p.note());
        }

        Payment read(PaymentRecord r) {
            return new Payment(r.getId(), r.getOpportunityId(), PaymentKind.valueOf(r.getKind()), r.getAmount(),
                    r.getOnDate(), r.getNote());
        }
    };

    private ProductMappings() {
    }
}
