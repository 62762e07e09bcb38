package org.fieldbook.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.Product;
import org.fieldbook.store.Store;

/** Test support: a Chinese customer with a decision maker and a deal of line items, ready to be quoted. */
public final class QuoteFixtures {
    public static final String ACCOUNT = "上海明辉机械有限公司";
    public static final String CONTACT = "王丽华";
    public static final String DEAL = "叉车车队更新";

    private QuoteFixtures() {
    }

    /** A deal of {@code lines} lines (products 电动叉车 and 维护服务 alternately) in CNY, with its contact. */
    public static Opportunity deal(Store store, int lines) {
        ProductService products = new ProductService(store);
        Product forklift = Product.create("FL-20", "电动叉车 2 吨（锂电池，含充电器与三年保修）", "台", "设备");
        products.save(forklift, List.of(Money.of("86500", "CNY")));
        Product service = Product.create("SVC-Y", "年度维护服务", "年", "服务");
        products.save(service, List.of(Money.of("4800.50", "CNY")));
        Account account = store.write(tx -> tx.accounts().insert(Account.create(ACCOUNT, null)));
        Contact contact = new ContactService(store).create(Contact.create(account.id(), CONTACT));
        PipelineStage first = store.read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id())).get(0);
        List<OpportunityLine> dealLines = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            boolean even = i % 2 == 0;
            dealLines.add(OpportunityLine.create(null, even ? forklift.id() : service.id(),
                    even ? new BigDecimal("2") : new BigDecimal("1.5"), even ? new BigDecimal("86500")
                            : new BigDecimal("4800.50"), even ? new BigDecimal("7.5") : BigDecimal.ZERO, i));
        }
        Opportunity deal = new OpportunityService(store).create(Opportunity.create(account.id(), first, DEAL,
                Money.of("0", "CNY"), LocalDate.of(2027, 3, 31), null), dealLines, null);
        new BuyingRoleService(store).attach(deal.id(), contact.id(), BuyingRole.DECISION_MAKER);
        return deal;
    }
}
