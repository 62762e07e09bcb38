package org.fieldbook.service;

import java.util.Optional;
import org.fieldbook.domain.Opportunity;

/**
 * Whether a quote may be issued for a deal now: the place approvals (a discount above the rule's limit waiting
 * for a manager) plug into. {@link QuoteService} asks before it writes anything and refuses with the message.
 */
@FunctionalInterface
public interface QuoteGate {
    /** Why no quote may be issued for {@code opportunity} now, or empty when it may. */
    Optional<UserMessage> refusal(Opportunity opportunity);

    /** Lets every quote through: there is no rule yet. */
    static QuoteGate open() {
        return opportunity -> Optional.empty();
    }
}
