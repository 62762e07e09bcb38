package org.fieldbook.domain;

/** What a lead assignment rule looks at: the lead's region, its source channel, or nothing (every lead). */
public enum AssignmentRuleKind {
    REGION,
    CHANNEL,
    ROUND_ROBIN
}
