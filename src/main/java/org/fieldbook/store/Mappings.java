package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.ACTIVITY;
import static org.fieldbook.store.jooq.Tables.CONTACT;
import static org.fieldbook.store.jooq.Tables.CUSTOM_CHANNEL;
import static org.fieldbook.store.jooq.Tables.CUSTOM_FIELD;
import static org.fieldbook.store.jooq.Tables.LEAD;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY_CONTACT;
import static org.fieldbook.store.jooq.Tables.PIPELINE;
import static org.fieldbook.store.jooq.Tables.SALES_REP;
import static org.fieldbook.store.jooq.Tables.STAGE;
import static org.fieldbook.store.jooq.Tables.STAGE_CHANGE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.CustomChannel;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomFieldType;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityContact;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RequiredField;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.StageKind;
import org.fieldbook.store.jooq.tables.records.AccountRecord;
import org.fieldbook.store.jooq.tables.records.ActivityRecord;
import org.fieldbook.store.jooq.tables.records.ContactRecord;
import org.fieldbook.store.jooq.tables.records.CustomChannelRecord;
import org.fieldbook.store.jooq.tables.records.CustomFieldRecord;
import org.fieldbook.store.jooq.tables.records.LeadRecord;
import org.fieldbook.store.jooq.tables.records.OpportunityContactRecord;
import org.fieldbook.store.jooq.tables.records.OpportunityRecord;
import org.fieldbook.store.jooq.tables.records.PipelineRecord;
import org.fieldbook.store.jooq.tables.records.SalesRepRecord;
import org.fieldbook.store.jooq.tables.records.StageChangeRecord;
import org.fieldbook.store.jooq.tables.records.StageRecord;
import org.jooq.Table;
import org.jooq.TableField;

/** The table mapping of every synced entity. */
final class Mappings {
    static final EntityMapping<Pipeline, PipelineRecord> PIPELINES = new EntityMapping<>() {
        String entity() { return "pipeline"; }
        Table<PipelineRecord> table() { return PIPELINE; }
        TableField<PipelineRecord, UUID> id() { return PIPELINE.ID; }
        TableField<PipelineRecord, OffsetDateTime> createdAt() { return PIPELINE.CREATED_AT; }
        TableField<PipelineRecord, OffsetDateTime> updatedAt() { return PIPELINE.UPDATED_AT; }
        TableField<PipelineRecord, Boolean> deleted() { return PIPELINE.DELETED; }
        UUID idOf(Pipeline p) { return p.id(); }

        void fill(Pipeline p, PipelineRecord r) {
            r.setName(p.name());
            r.setPosition(p.position());
        }

        Pipeline read(PipelineRecord r) {
            return new Pipeline(r.getId(), r.getName(), r.getPosition());
        }
    };

    static final EntityMapping<PipelineStage, StageRecord> STAGES = new EntityMapping<>() {
        String entity() { return "stage"; }
        Table<StageRecord> table() { return STAGE; }
        TableField<StageRecord, UUID> id() { return STAGE.ID; }
        TableField<StageRecord, OffsetDateTime> createdAt() { return STAGE.CREATED_AT; }
        TableField<StageRecord, OffsetDateTime> updatedAt() { return STAGE.UPDATED_AT; }
        TableField<StageRecord, Boolean> deleted() { return STAGE.DELETED; }
        UUID idOf(PipelineStage s) { return s.id(); }

        void fill(PipelineStage s, StageRecord r) {
            r.setPipelineId(s.pipelineId());
            r.setName(s.name());
            r.setPosition(s.position());
            r.setProbability(s.probability());
            r.setKind(s.kind().name());
            r.setRottingDays(s.rottingDays());
            r.setRequiredFields(RequiredField.format(s.requiredFields()));
        }

        PipelineStage read(StageRecord r) {
            return new PipelineStage(r.getId(), r.getPipelineId(), r.getName(), r.getPosition(), r.getProbability(),
                    StageKind.valueOf(r.getKind()), r.getRottingDays(), RequiredField.parse(r.getRequiredFields()));
        }
    };

    static final EntityMapping<SalesRep, SalesRepRecord> SALES_REPS = new EntityMapping<>() {
        String entity() { return "sales_rep"; }
        Table<SalesRepRecord> table() { return SALES_REP; }
        TableField<SalesRepRecord, UUID> id() { return SALES_REP.ID; }
        TableField<SalesRepRecord, OffsetDateTime> createdAt() { return SALES_REP.CREATED_AT; }
        TableField<SalesRepRecord, OffsetDateTime> updatedAt() { return SALES_REP.UPDATED_AT; }
        TableField<SalesRepRecord, Boolean> deleted() { return SALES_REP.DELETED; }
        UUID idOf(SalesRep s) { return s.id(); }

        void fill(SalesRep s, SalesRepRecord r) {
            r.setName(s.name());
            r.setEmail(s.email());
            r.setTeam(s.team());
            r.setRegion(s.region());
            r.setRepRole(s.role().name());
        }

        SalesRep read(SalesRepRecord r) {
            return new SalesRep(r.getId(), r.getName(), r.getEmail(), r.getTeam(), r.getRegion(),
                    org.fieldbook.domain.RepRole.valueOf(r.getRepRole()));
        }
    };

    static final EntityMapping<Account, AccountRecord> ACCOUNTS = new EntityMapping<>() {
        String entity() { return "account"; }
        Table<AccountRecord> table() { return ACCOUNT; }
        TableField<AccountRecord, UUID> id() { return ACCOUNT.ID; }
        TableField<AccountRecord, OffsetDateTime> createdAt() { return ACCOUNT.CREATED_AT; }
        TableField<AccountRecord, OffsetDateTime> updatedAt() { return ACCOUNT.UPDATED_AT; }
        TableField<AccountRecord, Boolean> deleted() { return ACCOUNT.DELETED; }
        UUID idOf(Account a) { return a.id(); }
        Instant createdAtOf(Account a) { return a.createdAt(); }

        void fill(Account a, AccountRecord r) {
            r.setName(a.name());
            r.setIndustry(a.industry());
            r.setEmployees(a.employees());
            r.setRegion(a.region());
            r.setAddress(a.address());
            r.setWebsite(a.website());
            r.setPhone(a.phone());
            r.setOwnerId(a.ownerId());
            r.setTier(a.tier());
            r.setSourceChannel(nameOf(a.sourceChannel()));
            r.setCustomFields(CustomValuesJson.encode(a.customFields()));
        }

        Account read(AccountRecord r) {
            return new Account(r.getId(), r.getName(), r.getIndustry(), r.getEmployees(), r.getRegion(),
                    r.getAddress(), r.getWebsite(), r.getPhone(), r.getOwnerId(), r.getTier(),
                    channel(r.getSourceChannel()), fromDb(r.getCreatedAt()), fromDb(r.getUpdatedAt()),
                    CustomValuesJson.decode(r.getCustomFields()));
        }
    };

    static final EntityMapping<Contact, ContactRecord> CONTACTS = new EntityMapping<>() {
        String entity() { return "contact"; }
        Table<ContactRecord> table() { return CONTACT; }
        TableField<ContactRecord, UUID> id() { return CONTACT.ID; }
        TableField<ContactRecord, OffsetDateTime> createdAt() { return CONTACT.CREATED_AT; }
        TableField<ContactRecord, OffsetDateTime> updatedAt() { return CONTACT.UPDATED_AT; }
        TableField<ContactRecord, Boolean> deleted() { return CONTACT.DELETED; }
        UUID idOf(Contact c) { return c.id(); }
        Instant createdAtOf(Contact c) { return c.createdAt(); }

        void fill(Contact c, ContactRecord r) {
            r.setAccountId(c.accountId());
            r.setName(c.name());
            r.setTitle(c.title());
            r.setDepartment(c.department());
            r.setEmails(joinList(c.emails()));
            r.setPhones(joinList(c.phones()));
            r.setNotes(c.notes());
            r.setCustomFields(CustomValuesJson.encode(c.customFields()));
        }

        Contact read(ContactRecord r) {
            return new Contact(r.getId(), r.getAccountId(), r.getName(), r.getTitle(), r.getDepartment(),
                    splitList(r.getEmails()), splitList(r.getPhones()), r.getNotes(), fromDb(r.getCreatedAt()),
                    fromDb(r.getUpdatedAt()), CustomValuesJson.decode(r.getCustomFields()));
        }
    };

    static final EntityMapping<Opportunity, OpportunityRecord> OPPORTUNITIES = new EntityMapping<>() {
        String entity() { return "opportunity"; }
        Table<OpportunityRecord> table() { return OPPORTUNITY; }
        TableField<OpportunityRecord, UUID> id() { return OPPORTUNITY.ID; }
        TableField<OpportunityRecord, OffsetDateTime> createdAt() { return OPPORTUNITY.CREATED_AT; }
        TableField<OpportunityRecord, OffsetDateTime> updatedAt() { return OPPORTUNITY.UPDATED_AT; }
        TableField<OpportunityRecord, Boolean> deleted() { return OPPORTUNITY.DELETED; }
        UUID idOf(Opportunity o) { return o.id(); }
        Instant createdAtOf(Opportunity o) { return o.createdAt(); }

        void fill(Opportunity o, OpportunityRecord r) {
            r.setAccountId(o.accountId());
            r.setPipelineId(o.pipelineId());
            r.setStageId(o.stageId());
            r.setTitle(o.title());
            r.setAmount(o.amount().amount());
            r.setCurrency(o.amount().currency());
            r.setExpectedClose(o.expectedClose());
            r.setOwnerId(o.ownerId());
            r.setSourceChannel(nameOf(o.sourceChannel()));
            r.setStatus(o.status().name());
            r.setLostReason(o.lostReason());
            r.setClosedAt(toDb(o.closedAt()));
            r.setPosition(o.position());
            r.setCustomFields(CustomValuesJson.encode(o.customFields()));
        }

        Opportunity read(OpportunityRecord r) {
            return new Opportunity(r.getId(), r.getAccountId(), r.getPipelineId(), r.getStageId(), r.getTitle(),
                    new Money(r.getAmount(), r.getCurrency()), r.getExpectedClose(), r.getOwnerId(),
                    channel(r.getSourceChannel()), OpportunityStatus.valueOf(r.getStatus()), r.getLostReason(),
                    fromDb(r.getClosedAt()), r.getPosition(), fromDb(r.getCreatedAt()), fromDb(r.getUpdatedAt()),
                    CustomValuesJson.decode(r.getCustomFields()));
        }
    };

    static final EntityMapping<OpportunityContact, OpportunityContactRecord> OPPORTUNITY_CONTACTS =
            new EntityMapping<>() {
        String entity() { return "opportunity_contact"; }
        Table<OpportunityContactRecord> table() { return OPPORTUNITY_CONTACT; }
        TableField<OpportunityContactRecord, UUID> id() { return OPPORTUNITY_CONTACT.ID; }
        TableField<OpportunityContactRecord, OffsetDateTime> createdAt() { return OPPORTUNITY_CONTACT.CREATED_AT; }
        TableField<OpportunityContactRecord, OffsetDateTime> updatedAt() { return OPPORTUNITY_CONTACT.UPDATED_AT; }
        TableField<OpportunityContactRecord, Boolean> deleted() { return OPPORTUNITY_CONTACT.DELETED; }
        UUID idOf(OpportunityContact o) { return o.id(); }

        void fill(OpportunityContact o, OpportunityContactRecord r) {
            r.setOpportunityId(o.opportunityId());
            r.setContactId(o.contactId());
            r.setBuyingRole(o.role().name());
        }

        OpportunityContact read(OpportunityContactRecord r) {
            return new OpportunityContact(r.getId(), r.getOpportunityId(), r.getContactId(),
                    BuyingRole.valueOf(r.getBuyingRole()));
        }
    };

    static final EntityMapping<StageChange, StageChangeRecord> STAGE_CHANGES = new EntityMapping<>() {
        String entity() { return "stage_change"; }
        Table<StageChangeRecord> table() { return STAGE_CHANGE; }
        TableField<StageChangeRecord, UUID> id() { return STAGE_CHANGE.ID; }
        TableField<StageChangeRecord, OffsetDateTime> createdAt() { return STAGE_CHANGE.CREATED_AT; }
        TableField<StageChangeRecord, OffsetDateTime> updatedAt() { return STAGE_CHANGE.UPDATED_AT; }
        TableField<StageChangeRecord, Boolean> deleted() { return STAGE_CHANGE.DELETED; }
        UUID idOf(StageChange s) { return s.id(); }
        Instant createdAtOf(StageChange s) { return s.changedAt(); }
        boolean insertOnly() { return true; }

        void fill(StageChange s, StageChangeRecord r) {
            r.setOpportunityId(s.opportunityId());
            r.setFromStageId(s.fromStageId());
            r.setToStageId(s.toStageId());
            r.setChangedAt(toDb(s.changedAt()));
            r.setChangedBy(s.changedBy());
        }

        StageChange read(StageChangeRecord r) {
            return new StageChange(r.getId(), r.getOpportunityId(), r.getFromStageId(), r.getToStageId(),
                    fromDb(r.getChangedAt()), r.getChangedBy());
        }
    };

    static final EntityMapping<Activity, ActivityRecord> ACTIVITIES = new EntityMapping<>() {
        String entity() { return "activity"; }
        Table<ActivityRecord> table() { return ACTIVITY; }
        TableField<ActivityRecord, UUID> id() { return ACTIVITY.ID; }
        TableField<ActivityRecord, OffsetDateTime> createdAt() { return ACTIVITY.CREATED_AT; }
        TableField<ActivityRecord, OffsetDateTime> updatedAt() { return ACTIVITY.UPDATED_AT; }
        TableField<ActivityRecord, Boolean> deleted() { return ACTIVITY.DELETED; }
        UUID idOf(Activity a) { return a.id(); }

        Instant createdAtOf(Activity a) {
            return a.doneAt() != null ? a.doneAt() : null;
        }

        void fill(Activity a, ActivityRecord r) {
            r.setActivityType(a.type().name());
            r.setSubject(a.subject());
            r.setNotes(a.notes());
            r.setDueAt(toDb(a.dueAt()));
            r.setDoneAt(toDb(a.doneAt()));
            r.setOutcome(a.outcome());
            r.setLocation(a.location());
            r.setAccountId(a.accountId());
            r.setContactId(a.contactId());
            r.setOpportunityId(a.opportunityId());
            r.setOwnerId(a.ownerId());
            r.setLeadId(a.leadId());
        }

        Activity read(ActivityRecord r) {
            return new Activity(r.getId(), ActivityType.valueOf(r.getActivityType()), r.getSubject(), r.getNotes(),
                    fromDb(r.getDueAt()), fromDb(r.getDoneAt()), r.getOutcome(), r.getLocation(), r.getAccountId(),
                    r.getContactId(), r.getOpportunityId(), r.getOwnerId(), r.getLeadId());
        }
    };

    static final EntityMapping<Lead, LeadRecord> LEADS = new EntityMapping<>() {
        String entity() { return "lead"; }
        Table<LeadRecord> table() { return LEAD; }
        TableField<LeadRecord, UUID> id() { return LEAD.ID; }
        TableField<LeadRecord, OffsetDateTime> createdAt() { return LEAD.CREATED_AT; }
        TableField<LeadRecord, OffsetDateTime> updatedAt() { return LEAD.UPDATED_AT; }
        TableField<LeadRecord, Boolean> deleted() { return LEAD.DELETED; }
        UUID idOf(Lead l) { return l.id(); }
        Instant createdAtOf(Lead l) { return l.createdAt(); }

        void fill(Lead l, LeadRecord r) {
            r.setName(l.name());
            r.setCompany(l.company());
            r.setEmail(l.email());
            r.setPhone(l.phone());
            r.setSourceChannel(l.channelCode());
            r.setStatus(l.status().name());
            r.setScore(l.score());
            r.setOwnerId(l.ownerId());
            r.setConvertedAt(toDb(l.convertedAt()));
            r.setConvertedOpportunityId(l.convertedOpportunityId());
            r.setConvertedAccountId(l.convertedAccountId());
            r.setConvertedContactId(l.convertedContactId());
            r.setFirstResponseAt(toDb(l.firstResponseAt()));
            r.setCustomFields(CustomValuesJson.encode(l.customFields()));
            r.setRegion(l.region());
            r.setAssignmentRuleId(l.assignmentRuleId());
        }

        Lead read(LeadRecord r) {
            SourceChannel builtIn = CustomChannel.builtIn(r.getSourceChannel());
            return new Lead(r.getId(), r.getName(), r.getCompany(), r.getEmail(), r.getPhone(),
                    builtIn, LeadStatus.valueOf(r.getStatus()), r.getScore(), r.getOwnerId(),
                    fromDb(r.getConvertedAt()), r.getConvertedOpportunityId(), fromDb(r.getCreatedAt()),
                    r.getConvertedAccountId(), r.getConvertedContactId(), fromDb(r.getFirstResponseAt()),
                    builtIn == null ? r.getSourceChannel() : null, CustomValuesJson.decode(r.getCustomFields()),
                    r.getRegion(), r.getAssignmentRuleId());
        }
    };

    static final EntityMapping<CustomFieldDefinition, CustomFieldRecord> CUSTOM_FIELDS = new EntityMapping<>() {
        String entity() { return "custom_field"; }
        Table<CustomFieldRecord> table() { return CUSTOM_FIELD; }
        TableField<CustomFieldRecord, UUID> id() { return CUSTOM_FIELD.ID; }
        TableField<CustomFieldRecord, OffsetDateTime> createdAt() { return CUSTOM_FIELD.CREATED_AT; }
        TableField<CustomFieldRecord, OffsetDateTime> updatedAt() { return CUSTOM_FIELD.UPDATED_AT; }
        TableField<CustomFieldRecord, Boolean> deleted() { return CUSTOM_FIELD.DELETED; }
        UUID idOf(CustomFieldDefinition c) { return c.id(); }

        void fill(CustomFieldDefinition c, CustomFieldRecord r) {
            r.setEntity(c.entity());
            r.setFieldKey(c.key());
            r.setLabel(c.label());
            r.setFieldType(c.type().name());
            r.setOptions(joinList(c.options()));
            r.setPosition(c.position());
            r.setRequired(c.required());
        }

        CustomFieldDefinition read(CustomFieldRecord r) {
            return new CustomFieldDefinition(r.getId(), r.getEntity(), r.getFieldKey(), r.getLabel(),
                    CustomFieldType.valueOf(r.getFieldType()), splitList(r.getOptions()), r.getPosition(),
                    r.getRequired());
        }
    };

    static final EntityMapping<CustomChannel, CustomChannelRecord> CUSTOM_CHANNELS = new EntityMapping<>() {
        String entity() { return "custom_channel"; }
        Table<CustomChannelRecord> table() { return CUSTOM_CHANNEL; }
        TableField<CustomChannelRecord, UUID> id() { return CUSTOM_CHANNEL.ID; }
        TableField<CustomChannelRecord, OffsetDateTime> createdAt() { return CUSTOM_CHANNEL.CREATED_AT; }
        TableField<CustomChannelRecord, OffsetDateTime> updatedAt() { return CUSTOM_CHANNEL.UPDATED_AT; }
        TableField<CustomChannelRecord, Boolean> deleted() { return CUSTOM_CHANNEL.DELETED; }
        UUID idOf(CustomChannel c) { return c.id(); }

        void fill(CustomChannel c, CustomChannelRecord r) {
            r.setName(c.name());
            r.setPosition(c.position());
        }

        CustomChannel read(CustomChannelRecord r) {
            return new CustomChannel(r.getId(), r.getName(), r.getPosition());
        }
    };

    /**
     * Every synced table, each after the tables it refers to: a snapshot writes and loads rows in this order, so
     * a row's foreign keys always find their rows (MappingsOrderTest keeps it so).
     */
    static final List<EntityMapping<?, ?>> ALL = List.of(PIPELINES, STAGES, SALES_REPS, ACCOUNTS, CONTACTS,
            OPPORTUNITIES, OPPORTUNITY_CONTACTS, STAGE_CHANGES, AssignmentRuleMappings.ASSIGNMENT_RULES, LEADS,
            ACTIVITIES, CUSTOM_FIELDS, CUSTOM_CHANNELS,
            ProductMappings.PRODUCTS, ProductMappings.PRODUCT_PRICES, ProductMappings.OPPORTUNITY_LINES,
            ProductMappings.PAYMENTS, QuoteMappings.COMPANY_LOGOS, QuoteMappings.COMPANY_PROFILES,
            QuoteMappings.QUOTES, QuoteMappings.QUOTE_LINES, ApprovalMappings.APPROVAL_RULES,
            ApprovalMappings.APPROVAL_REQUESTS);

    private static final java.util.Map<String, EntityMapping<?, ?>> BY_ENTITY = ALL.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(EntityMapping::entity, m -> m));

    private Mappings() {
    }

    /** The mapping of an entity named in a change record, or empty for one this version does not know. */
    static java.util.Optional<EntityMapping<?, ?>> byEntity(String entity) {
        return java.util.Optional.ofNullable(BY_ENTITY.get(entity));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** An account's or deal's channel; a team's own channel name (copied in by a peer) reads as none. */
    private static SourceChannel channel(String name) {
        return CustomChannel.builtIn(name);
    }

    /** Lists of e-mails, phones and options are stored one item a line: none of them can hold a line break. */
    private static String joinList(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    private static List<String> splitList(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }
}
