package org.fieldbook.service;

import java.util.Map;
import org.fieldbook.store.Store;

public final class StatsService {
    private final Store store;

    public StatsService(Store store) {
        this.store = store;
    }

    /** Entity name to live (not deleted) row count. */
    public Map<String, Long> liveCounts() {
        return store.read(tx -> tx.stats().liveCounts());
    }
}
