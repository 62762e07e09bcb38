package org.fieldbook.service;

import java.util.Optional;
import org.fieldbook.domain.NotFound;
import org.fieldbook.store.StoreException;

/**
 * The sentence a failure means to the user, as a resource-bundle key and the argument for its {0}. The UI
 * asks this class so that it never has to know the store's exception types.
 */
public record UserMessage(String key, Object argument) {
    /** The first failure in the cause chain that the user can be told about in their own words. */
    public static Optional<UserMessage> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreException store) {
                return Optional.of(new UserMessage(store.messageKey(), store.argument()));
            }
            if (t instanceof QuoteRefused refused) {
                return Optional.of(refused.reason());
            }
            if (t instanceof NotFound) {
                return Optional.of(new UserMessage("error.record.notFound", null));
            }
        }
        return Optional.empty();
    }
}
