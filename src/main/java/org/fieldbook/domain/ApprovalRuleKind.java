package org.fieldbook.domain;

/** What an approval rule looks at: the highest line discount of a deal, or its amount. */
public enum ApprovalRuleKind {
    DISCOUNT, AMOUNT
}
