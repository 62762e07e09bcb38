package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.SETTING;

import java.util.Optional;
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

    private static final org.jooq.Table<?> DSL_ONE = org.jooq.impl.DSL.selectOne().asTable("one");
}
