package org.fieldbook.domain;

/** What an approval is asked for: creating a quote, or moving a deal into a stage. */
public enum ApprovalKind {
    QUOTE, STAGE
}
