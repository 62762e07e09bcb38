package org.fieldbook.domain;

/**
 * Where a lead, account or deal came from. The first eight are those of the foundation; the rest complete the
 * channels a leads inbox needs. New constants go at the end: demo data draws by position.
 */
public enum SourceChannel {
    WEBSITE, REFERRAL, EVENT, OUTBOUND, PARTNER, ADVERTISING, SOCIAL, OTHER,
    SEARCH, EMAIL_CAMPAIGN, WEBINAR, LEAD_LIST, COLD_CALL
}
