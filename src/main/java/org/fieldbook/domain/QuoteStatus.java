package org.fieldbook.domain;

/** Where a quote is: written and kept ({@code DRAFT}), or handed to the customer ({@code SENT}). */
public enum QuoteStatus {
    DRAFT, SENT
}
