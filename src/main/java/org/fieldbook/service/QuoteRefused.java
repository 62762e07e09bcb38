package org.fieldbook.service;

/** A quote the {@link QuoteGate} did not let through, with the sentence that says why. */
public final class QuoteRefused extends RuntimeException {
    private final transient UserMessage reason;

    public QuoteRefused(UserMessage reason) {
        super("quote refused: " + reason.key());
        this.reason = reason;
    }

    public UserMessage reason() {
        return reason;
    }
}
