package org.fieldbook.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * How one domain type maps to its table. The columns other than id, created_at, updated_at and deleted are
 * the entity's fields: the unit of change capture and of merge.
 */
abstract class EntityMapping<T, R extends UpdatableRecord<R>> {
    private static final Set<String> BOOKKEEPING = Set.of("ID", "CREATED_AT", "UPDATED_AT", "DELETED");

    private List<Field<?>> fields;

    /** The entity's name in change records, e.g. "account". */
    abstract String entity();

    abstract Table<R> table();

    abstract TableField<R, UUID> id();

    abstract TableField<R, OffsetDateTime> createdAt();

    abstract TableField<R, OffsetDateTime> updatedAt();

    abstract TableField<R, Boolean> deleted();

    abstract UUID idOf(T value);

    /** When the record says it was created (imported history, demo data), or null for "now". */
    Instant createdAtOf(T value) {
        return null;
    }

    /** Writes the entity's fields of {@code value} into {@code record}. */
    abstract void fill(T value, R record);

    abstract T read(R record);

    /** Rows that are only ever added (stage changes, activities' history): never edited, never in conflict. */
    boolean insertOnly() {
        return false;
    }

    final List<Field<?>> fields() {
        if (fields == null) {
            fields = table().fieldStream().filter(f -> !BOOKKEEPING.contains(f.getName())).toList();
        }
        return fields;
    }

    static String fieldName(Field<?> field) {
        return field.getName().toLowerCase(java.util.Locale.ROOT);
    }

    static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant fromDb(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
