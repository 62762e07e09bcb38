package org.fieldbook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Someone who may buy, before there is an account for them. A converted lead keeps links to the account,
 * contact and opportunity it became; {@code firstResponseAt} is when its first activity was logged. Its channel
 * is a built-in {@code sourceChannel} or, when that is null, the name of one of the team's own channels
 * ({@code customChannel}, see {@link CustomChannel}).
 */
public record Lead(UUID id, String name, String company, String email, String phone, SourceChannel sourceChannel,
                   LeadStatus status, Integer score, UUID ownerId, Instant convertedAt,
                   UUID convertedOpportunityId, Instant createdAt, UUID convertedAccountId,
                   UUID convertedContactId, Instant firstResponseAt, String customChannel,
                   CustomValues customFields, String region, UUID assignmentRuleId) {
    public Lead {
        if (sourceChannel != null || (customChannel != null && customChannel.isBlank())) {
            customChannel = null;
        }
        customFields = customFields == null ? CustomValues.NONE : customFields;
        region = region == null || region.isBlank() ? null : region.strip();
    }

    public Lead(UUID id, String name, String company, String email, String phone, SourceChannel sourceChannel,
                LeadStatus status, Integer score, UUID ownerId, Instant convertedAt, UUID convertedOpportunityId,
                Instant createdAt, UUID convertedAccountId, UUID convertedContactId, Instant firstResponseAt,
                String customChannel, CustomValues customFields) {
        this(id, name, company, email, phone, sourceChannel, status, score, ownerId, convertedAt,
                convertedOpportunityId, createdAt, convertedAccountId, convertedContactId, firstResponseAt,
                customChannel, customFields, null, null);
    }

    public Lead(UUID id, String name, String company, String email, String phone, SourceChannel sourceChannel,
                LeadStatus status, Integer score, UUID ownerId, Instant convertedAt, UUID convertedOpportunityId,
                Instant createdAt, UUID convertedAccountId, UUID convertedContactId, Instant firstResponseAt,
                String customChannel) {
        this(id, name, company, email, phone, sourceChannel, status, score, ownerId, convertedAt,
                convertedOpportunityId, createdAt, convertedAccountId, convertedContactId, firstResponseAt,
                customChannel, CustomValues.NONE);
    }

    public Lead(UUID id, String name, String company, String email, String phone, SourceChannel sourceChannel,
                LeadStatus status, Integer score, UUID ownerId, Instant convertedAt, UUID convertedOpportunityId,
                Instant createdAt, UUID convertedAccountId, UUID convertedContactId, Instant firstResponseAt) {
        this(id, name, company, email, phone, sourceChannel, status, score, ownerId, convertedAt,
                convertedOpportunityId, createdAt, convertedAccountId, convertedContactId, firstResponseAt, null,
                CustomValues.NONE);
    }

    public Lead(UUID id, String name, String company, String email, String phone, SourceChannel sourceChannel,
                LeadStatus status, Integer score, UUID ownerId, Instant convertedAt, UUID convertedOpportunityId,
                Instant createdAt) {
        this(id, name, company, email, phone, sourceChannel, status, score, ownerId, convertedAt,
                convertedOpportunityId, createdAt, null, null, null);
    }

    public static Lead create(String name, String company, SourceChannel channel, UUID ownerId) {
        return new Lead(TimeOrderedId.next(), name, company, null, null, channel, LeadStatus.NEW, null, ownerId,
                null, null, null);
    }

    public boolean isConverted() {
        return status == LeadStatus.CONVERTED;
    }

    public Lead convertedTo(UUID account, UUID contact, UUID opportunity, Instant at) {
        return new Lead(id, name, company, email, phone, sourceChannel, LeadStatus.CONVERTED, score, ownerId, at,
                opportunity, createdAt, account, contact, firstResponseAt, customChannel, customFields, region,
                assignmentRuleId);
    }

    public Lead firstAnsweredAt(Instant at) {
        return new Lead(id, name, company, email, phone, sourceChannel, status, score, ownerId, convertedAt,
                convertedOpportunityId, createdAt, convertedAccountId, convertedContactId, at, customChannel,
                customFields, region, assignmentRuleId);
    }

    /** The lead with a built-in channel, or (when {@code builtIn} is null) one of the team's own, or none. */
    public Lead withChannel(SourceChannel builtIn, String custom) {
        return new Lead(id, name, company, email, phone, builtIn, status, score, ownerId, convertedAt,
                convertedOpportunityId, createdAt, convertedAccountId, convertedContactId, firstResponseAt,
                builtIn == null ? custom : null, customFields, region, assignmentRuleId);
    }

    public Lead withCustomFields(CustomValues values) {
        return new Lead(id, name, company, email, phone, sourceChannel, status, score, ownerId, convertedAt,
                convertedOpportunityId, createdAt, convertedAccountId, convertedContactId, firstResponseAt,
                customChannel, values, region, assignmentRuleId);
    }

    /** What lead.source_channel holds: the built-in constant's name, the team channel's name, or null. */
    public String channelCode() {
        return sourceChannel != null ? sourceChannel.name() : customChannel;
    }

    /**
     * The lead as a form edits it: the conversion links and times stay as they are. Another owner than the one
     * a rule chose takes the rule off: the rule no longer explains who owns the lead.
     */
    public Lead withDetails(String newName, String newCompany, String newEmail, String newPhone,
                            SourceChannel channel, LeadStatus newStatus, Integer newScore, UUID owner) {
        return new Lead(id, newName, newCompany, newEmail, newPhone, channel, newStatus, newScore, owner,
                convertedAt, convertedOpportunityId, createdAt, convertedAccountId, convertedContactId,
                firstResponseAt, channel == null ? customChannel : null, customFields, region,
                java.util.Objects.equals(owner, ownerId) ? assignmentRuleId : null);
    }

    public Lead withRegion(String newRegion) {
        return new Lead(id, name, company, email, phone, sourceChannel, status, score, ownerId, convertedAt,
                convertedOpportunityId, createdAt, convertedAccountId, convertedContactId, firstResponseAt,
                customChannel, customFields, newRegion, assignmentRuleId);
    }

    /** The lead given to {@code rep} by the assignment rule {@code rule}. */
    public Lead assignedBy(UUID rule, UUID rep) {
        return new Lead(id, name, company, email, phone, sourceChannel, status, score, rep, convertedAt,
                convertedOpportunityId, createdAt, convertedAccountId, convertedContactId, firstResponseAt,
                customChannel, customFields, region, rule);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (name == null || name.isBlank()) {
            found.add(new Violation("name", "validation.name.required"));
        }
        if (score != null && (score < 0 || score > 100)) {
            found.add(new Violation("score", "validation.lead.score.range"));
        }
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email.strip())) {
            found.add(new Violation("email", "validation.email.invalid"));
        }
        return found;
    }
}
