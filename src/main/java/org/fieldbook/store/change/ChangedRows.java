package org.fieldbook.store.change;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows one committed transaction changed, by entity ("account", "opportunity"...), whether the change was
 * made here or applied from a teammate. {@code everything} stands for "too many to list, or a whole replica
 * loaded": a reader keeping a copy of rows reads them all again.
 */
public record ChangedRows(Map<String, Set<UUID>> byEntity, boolean everything) {
    public Set<UUID> of(String entity) {
        return byEntity.getOrDefault(entity, Set.of());
    }
}
