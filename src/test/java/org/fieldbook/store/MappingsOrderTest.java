package org.fieldbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * A snapshot loads tables in {@link Mappings#ALL}'s order inside one transaction with foreign keys on, so a table
 * listed before a table it refers to makes every join from a snapshot fail (as activity before lead once did).
 */
class MappingsOrderTest {
    @Test
    void everySyncedTableComesAfterTheTablesItRefersTo() {
        Set<Table<?>> before = new HashSet<>();
        for (EntityMapping<?, ?> mapping : Mappings.ALL) {
            for (var reference : mapping.table().getReferences()) {
                Table<?> target = reference.getKey().getTable();
                if (!target.equals(mapping.table())) {
                    assertThat(before).as("%s refers to %s", mapping.table().getName(), target.getName())
                            .contains(target);
                }
            }
            before.add(mapping.table());
        }
    }
}
