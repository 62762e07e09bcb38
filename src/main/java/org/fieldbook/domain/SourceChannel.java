package org.fieldbook.domain;

public enum SourceChannel {
    WEBSITE, REFERRAL, EVENT, OUTBOUND, PARTNER, ADVERTISING, SOCIAL, OTHER
}
