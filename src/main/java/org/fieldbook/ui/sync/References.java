package org.fieldbook.ui.sync;

import java.util.Map;
import java.util.UUID;

/**
 * What the values of conflicts refer to: the names of records by id, and the currency of each deal whose
 * amount is in conflict (a change record holds the amount alone).
 */
record References(Map<UUID, String> names, Map<UUID, String> currencies) {
    static final References NONE = new References(Map.of(), Map.of());

    References {
        names = Map.copyOf(names);
        currencies = Map.copyOf(currencies);
    }
}
