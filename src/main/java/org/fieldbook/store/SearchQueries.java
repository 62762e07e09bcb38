package org.fieldbook.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * What the global search knows of a record: its name, a line that places it (the account of a deal, the
 * company of a lead) and extra text it is found by (e-mail addresses). Read in full once, then by id for the
 * rows a transaction changed.
 */
public final class SearchQueries {
    private static final int IDS_PER_QUERY = 500;
    private final DSLContext db;

    /** One searchable record; {@code deleted} is true only when it was read by id. */
    public record Row(String entity, UUID id, String title, String detail, String extra, boolean deleted) {
    }

    /** The entities the search covers, each with the query of its rows (without the WHERE clause). */
    public enum Kind {
        ACCOUNT("account", "SELECT t.id, t.name, CONCAT_WS(' · ', t.industry, t.region), t.website, t.deleted "
                + "FROM account t"),
        CONTACT("contact", "SELECT t.id, t.name, a.name, t.emails, t.deleted "
                + "FROM contact t LEFT JOIN account a ON a.id = t.account_id"),
        OPPORTUNITY("opportunity", "SELECT t.id, t.title, a.name, NULL, t.deleted "
                + "FROM opportunity t JOIN account a ON a.id = t.account_id"),
        LEAD("lead", "SELECT t.id, t.name, t.company, CONCAT_WS(' ', t.company, t.email), t.deleted FROM lead t"),
        ACTIVITY("activity", "SELECT t.id, t.subject, a.name, NULL, t.deleted "
                + "FROM activity t LEFT JOIN account a ON a.id = t.account_id");

        private final String entity;
        private final String select;

        Kind(String entity, String select) {
            this.entity = entity;
            this.select = select;
        }

        public String entity() {
            return entity;
        }
    }

    SearchQueries(DSLContext db) {
        this.db = db;
    }

    /** Every live row of {@code kind}, handed to {@code sink} one by one (100,000 deals are not a list). */
    public void live(Kind kind, Consumer<Row> sink) {
        try (var cursor = db.resultQuery(kind.select + " WHERE t.deleted = FALSE").fetchSize(2_000).fetchLazy()) {
            for (Record record : cursor) {
                sink.accept(row(kind, record));
            }
        }
    }

    /** The rows of {@code kind} with these ids, deleted ones included (marked), so a copy can drop them. */
    public List<Row> byIds(Kind kind, Collection<UUID> ids) {
        List<Row> rows = new ArrayList<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<UUID> part = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            for (Record record : db.resultQuery(kind.select + " WHERE t.id IN (" + marks + ")", part.toArray())) {
                rows.add(row(kind, record));
            }
        }
        return rows;
    }

    private static Row row(Kind kind, Record record) {
        return new Row(kind.entity, record.get(0, UUID.class), record.get(1, String.class),
                record.get(2, String.class), record.get(3, String.class), Boolean.TRUE.equals(record.get(4,
                Boolean.class)));
    }
}
