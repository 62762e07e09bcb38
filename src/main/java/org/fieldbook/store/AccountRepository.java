package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.SALES_REP;

import java.time.Clock;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.AccountRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class AccountRepository extends Entities<Account, AccountRecord> {
    AccountRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, Mappings.ACCOUNTS, capture, clock);
    }

    public List<Account> byName() {
        return where(DSL.noCondition(), ACCOUNT.NAME.asc());
    }

    /** Every live account with its owner's name and its number of open opportunities, in one query. */
    public List<AccountSummary> summaries() {
        var openCount = DSL.field(DSL.selectCount().from(OPPORTUNITY)
                .where(OPPORTUNITY.ACCOUNT_ID.eq(ACCOUNT.ID), OPPORTUNITY.STATUS.eq("OPEN"),
                        OPPORTUNITY.DELETED.isFalse()));
        return db.select(ACCOUNT.asterisk(), SALES_REP.NAME, openCount)
                .from(ACCOUNT)
                .leftJoin(SALES_REP).on(SALES_REP.ID.eq(ACCOUNT.OWNER_ID))
                .where(ACCOUNT.DELETED.isFalse())
                .orderBy(ACCOUNT.NAME.asc())
                .fetch(r -> new AccountSummary(mapping.read(r.into(ACCOUNT)), r.get(SALES_REP.NAME),
                        r.get(openCount)));
    }
}
