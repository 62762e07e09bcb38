package org.fieldbook.analytics;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.fieldbook.store.jooq.tables.Opportunity;
import org.jooq.exception.DataAccessException;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Account tiers (A/B/C by won amount over a year) and RFM scores. */
final class AccountFigures {
    private static final BigDecimal A_SHARE = new BigDecimal("0.80");
    private static final BigDecimal B_SHARE = new BigDecimal("0.95");

    private final Sql sql;

    AccountFigures(Sql sql) {
        this.sql = sql;
    }

    /** The twelve months before the period's end: from the day after the same date a year earlier, to it. */
    LocalDate tierWindowStart() {
        return sql.filter.to().minusMonths(12).plusDays(1);
    }

    /**
     * Each account with a win in the window, its won amount and its tier: an account is in A while the
     * accounts ranked above it hold less than 80 % of the total, in B while they hold less than 95 %.
     */
    Table<?> tiered() {
        Opportunity o = OPPORTUNITY;
        Field<BigDecimal> converted = sql.converted(o);
        var perAccount = sql.db.select(o.ACCOUNT_ID, DSL.sum(converted).as("amount"),
                        Sql.unconvertible(converted).as("missing"))
                .from(o).where(sql.deals(o), o.STATUS.eq(Sql.WON),
                        sql.within(o.CLOSED_AT, tierWindowStart(), sql.filter.to()))
                .groupBy(o.ACCOUNT_ID).asTable("per_account");
        Field<UUID> account = perAccount.field(o.ACCOUNT_ID);
        Field<BigDecimal> amount = DSL.coalesce(perAccount.field("amount", SQLDataType.DECIMAL(38, 16)),
                DSL.inline(BigDecimal.ZERO));
        Field<BigDecimal> before = DSL.coalesce(DSL.sum(amount).over().orderBy(amount.desc(), account.asc())
                .rowsBetweenUnboundedPreceding().andPreceding(1), DSL.inline(BigDecimal.ZERO));
        Field<BigDecimal> total = DSL.sum(amount).over();
        Field<String> tier = DSL.when(before.lt(total.mul(DSL.inline(A_SHARE))), DSL.inline("A"))
                .when(before.lt(total.mul(DSL.inline(B_SHARE))), DSL.inline("B"))
                .otherwise(DSL.inline("C"));
        Field<BigDecimal> missing = DSL.sum(perAccount.field("missing", SQLDataType.INTEGER)).over();
        return sql.db.select(account.as("account_id"), amount.as("amount"), total.as("total"),
                        missing.as("missing"), tier.as("tier"))
                .from(perAccount).asTable("tiered");
    }

    /** Null when a won deal of the window is in a currency without a rate. */
    Kpis.AccountTiers tiers() {
        Table<?> tiered = tiered();
        Field<UUID> account = tiered.field("account_id", SQLDataType.UUID);
        Field<BigDecimal> amount = tiered.field("amount", SQLDataType.DECIMAL(38, 16));
        Field<BigDecimal> total = tiered.field("total", SQLDataType.DECIMAL(38, 16));
        Field<BigDecimal> missing = tiered.field("missing", SQLDataType.DECIMAL(38, 0));
        Field<String> tier = tiered.field("tier", SQLDataType.VARCHAR);
        var query = sql.db.select(account, ACCOUNT.NAME, amount, total, missing, tier)
                .from(tiered).join(ACCOUNT).on(ACCOUNT.ID.eq(account))
                .orderBy(amount.desc(), account.asc());
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (String t : List.of("A", "B", "C")) {
            counts.put(t, new long[1]);
            sums.put(t, BigDecimal.ZERO);
        }
        BigDecimal grand = BigDecimal.ZERO;
        List<Kpis.AccountTiers.TieredAccount> accounts = new ArrayList<>();
        // Read straight from JDBC: one row per account with a win, and jOOQ's records cost more than the query
        try (ResultSet rows = query.fetchResultSet()) {
            while (rows.next()) {
                BigDecimal lacking = rows.getBigDecimal(5);
                if (lacking != null && lacking.signum() > 0) {
                    return null;
                }
                String t = rows.getString(6);
                BigDecimal won = Sql.cents(rows.getBigDecimal(3));
                grand = Sql.cents(rows.getBigDecimal(4));
                counts.get(t)[0]++;
                sums.put(t, sums.get(t).add(won));
                accounts.add(new Kpis.AccountTiers.TieredAccount(rows.getObject(1, UUID.class), rows.getString(2),
                        won, t));
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not read the account tiers", e);
        }
        List<Kpis.AccountTiers.Tier> tiers = new ArrayList<>();
        counts.forEach((t, n) -> tiers.add(new Kpis.AccountTiers.Tier(t, n[0], sums.get(t))));
        return new Kpis.AccountTiers(tierWindowStart(), sql.filter.to(), Sql.cents(grand), tiers, accounts);
    }

    /**
     * Per account with a win up to the period's end. Scores are quintiles (SQL's NTILE over the accounts,
     * ties broken by account id): 5 is the most recent, most frequent, highest spending fifth.
     */
    List<Kpis.Rfm> rfm() {
        Opportunity o = OPPORTUNITY;
        Field<BigDecimal> converted = sql.converted(o);
        var perAccount = sql.db.select(o.ACCOUNT_ID, DSL.max(sql.day(o.CLOSED_AT)).as("last_win"),
                        DSL.count().as("wins"), DSL.sum(converted).as("amount"),
                        Sql.unconvertible(converted).as("missing"))
                .from(o).where(sql.deals(o), o.STATUS.eq(Sql.WON), o.CLOSED_AT.lt(DSL.inline(
                        sql.startOf(sql.filter.to().plusDays(1)))))
                .groupBy(o.ACCOUNT_ID).asTable("per_account");
        Field<UUID> account = perAccount.field(o.ACCOUNT_ID);
        Field<Long> recency = DSL.field("DATEDIFF(DAY, {0}, {1})", SQLDataType.BIGINT,
                perAccount.field("last_win", SQLDataType.LOCALDATE), DSL.inline(sql.filter.to()));
        Field<Integer> wins = perAccount.field("wins", SQLDataType.INTEGER);
        Field<BigDecimal> amount = perAccount.field("amount", SQLDataType.DECIMAL(38, 16));
        Field<Integer> missing = perAccount.field("missing", SQLDataType.INTEGER);
        Field<Integer> r = DSL.ntile(5).over().orderBy(recency.desc(), account.asc());
        Field<Integer> f = DSL.ntile(5).over().orderBy(wins.asc(), account.asc());
        Field<Integer> m = DSL.ntile(5).over().orderBy(amount.asc(), account.asc());
        Field<BigDecimal> anyMissing = DSL.sum(missing).over();
        var query = sql.db.select(account, ACCOUNT.NAME, recency, wins, amount, r, f, m, anyMissing)
                .from(perAccount).join(ACCOUNT).on(ACCOUNT.ID.eq(account))
                .orderBy(account);
        List<Kpis.Rfm> scores = new ArrayList<>();
        try (ResultSet rows = query.fetchResultSet()) {
            while (rows.next()) {
                BigDecimal lacking = rows.getBigDecimal(9);
                if (lacking != null && lacking.signum() > 0) {
                    return null;
                }
                scores.add(new Kpis.Rfm(rows.getObject(1, UUID.class), rows.getString(2), rows.getLong(3),
                        rows.getLong(4), Sql.cents(rows.getBigDecimal(5)), rows.getInt(6), rows.getInt(7),
                        rows.getInt(8)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not read the RFM scores", e);
        }
        return scores;
    }
}
