package org.fieldbook.service.search;

/** The kinds of record the global search finds, in the order their groups are shown. */
public enum SearchKind {
    ACCOUNT, CONTACT, OPPORTUNITY, LEAD, ACTIVITY
}
