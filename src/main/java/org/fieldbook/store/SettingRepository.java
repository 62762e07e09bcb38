package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.SETTING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldbook.domain.ExchangeRate;
import org.jooq.DSLContext;

/** Settings of this installation (the user's name, currency...). Local only: they are not synced. */
public final class SettingRepository {
    private final DSLContext db;

    SettingRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key)).fetchOptional(
                SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        db.mergeInto(SETTING).using(DSL_ONE).on(SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    /** The exchange rates the user set (or demo data brought), in no particular order. */
    public List<ExchangeRate> exchangeRates() {
        List<ExchangeRate> rates = new ArrayList<>();
        db.select(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).from(SETTING)
                .where(SETTING.SETTING_KEY.startsWith(RATE_PREFIX))
                .forEach(row -> {
                    String[] pair = row.value1().substring(RATE_PREFIX.length()).split("\\.");
                    if (pair.length == 2) {
                        try {
                            rates.add(new ExchangeRate(pair[0], pair[1], new BigDecimal(row.value2())));
                        } catch (IllegalArgumentException e) {
                            // a hand-edited value that is not a rate: as if it were not set
                        }
                    }
                });
        return rates;
    }

    /** Sets how many units of {@code rate.to()} one unit of {@code rate.from()} is worth. */
    public void putExchangeRate(ExchangeRate rate) {
        put(RATE_PREFIX + rate.from() + "." + rate.to(), rate.rate().toPlainString());
    }

    public void removeExchangeRate(String from, String to) {
        db.deleteFrom(SETTING).where(SETTING.SETTING_KEY.eq(RATE_PREFIX + from + "." + to)).execute();
    }

    private static final String RATE_PREFIX = "fx.rate.";
    private static final org.jooq.Table<?> DSL_ONE = org.jooq.impl.DSL.selectOne().asTable("one");
}
