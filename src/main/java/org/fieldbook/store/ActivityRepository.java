package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.ACTIVITY;
import static org.fieldbook.store.jooq.Tables.CONTACT;
import static org.fieldbook.store.jooq.Tables.LEAD;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.SALES_REP;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivitySummary;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.ActivityRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Activities, and the lists of them the agenda and the timelines read, with the names of what they concern. */
public final class ActivityRepository extends Entities<Activity, ActivityRecord> {
    ActivityRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, Mappings.ACTIVITIES, capture, clock);
    }

    public List<ActivitySummary> ofAccount(UUID accountId) {
        return summaries(ACTIVITY.ACCOUNT_ID.eq(accountId));
    }

    public List<ActivitySummary> ofContact(UUID contactId) {
        return summaries(ACTIVITY.CONTACT_ID.eq(contactId));
    }

    public List<ActivitySummary> ofOpportunity(UUID opportunityId) {
        return summaries(ACTIVITY.OPPORTUNITY_ID.eq(opportunityId));
    }

    public List<ActivitySummary> ofLead(UUID leadId) {
        return summaries(ACTIVITY.LEAD_ID.eq(leadId));
    }

    public Optional<ActivitySummary> summary(UUID id) {
        return summaries(ACTIVITY.ID.eq(id)).stream().findFirst();
    }

    /**
     * What the agenda shows: every open activity with a due time, and those done since {@code doneSince};
     * only {@code ownerId}'s when it is not null.
     */
    public List<ActivitySummary> agenda(UUID ownerId, Instant doneSince) {
        Condition open = ACTIVITY.DONE_AT.isNull().and(ACTIVITY.DUE_AT.isNotNull());
        Condition recentlyDone = ACTIVITY.DONE_AT.ge(EntityMapping.toDb(doneSince));
        return summaries(open.or(recentlyDone).and(ownerId == null ? DSL.noCondition()
                : ACTIVITY.OWNER_ID.eq(ownerId)));
    }

    /**
     * Open activities of {@code ownerId} (and those of no one) that fall due after {@code after} and at or
     * before {@code upTo}, soonest first: a teammate's calls, synced here, are not this user's to be told of.
     */
    public List<ActivitySummary> fallingDue(Instant after, Instant upTo, UUID ownerId) {
        Condition whose = ownerId == null ? ACTIVITY.OWNER_ID.isNull()
                : ACTIVITY.OWNER_ID.isNull().or(ACTIVITY.OWNER_ID.eq(ownerId));
        return summaries(ACTIVITY.DONE_AT.isNull().and(ACTIVITY.DUE_AT.gt(EntityMapping.toDb(after)))
                .and(ACTIVITY.DUE_AT.le(EntityMapping.toDb(upTo))).and(whose));
    }

    /** The newest done activity with the contact, or null. */
    public Instant lastTouchOf(UUID contactId) {
        var newest = db.select(DSL.max(ACTIVITY.DONE_AT)).from(ACTIVITY)
                .where(ACTIVITY.CONTACT_ID.eq(contactId), ACTIVITY.DELETED.isFalse())
                .fetchOne(0, java.time.OffsetDateTime.class);
        return EntityMapping.fromDb(newest);
    }

    /** Soonest first; undated notes last. */
    private List<ActivitySummary> summaries(Condition condition) {
        var when = DSL.coalesce(ACTIVITY.DONE_AT, ACTIVITY.DUE_AT);
        return db.select(ACTIVITY.asterisk(), ACCOUNT.NAME, CONTACT.NAME, OPPORTUNITY.TITLE, LEAD.NAME,
                        SALES_REP.NAME)
                .from(ACTIVITY)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(ACTIVITY.ACCOUNT_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(ACTIVITY.CONTACT_ID))
                .leftJoin(OPPORTUNITY).on(OPPORTUNITY.ID.eq(ACTIVITY.OPPORTUNITY_ID))
                .leftJoin(LEAD).on(LEAD.ID.eq(ACTIVITY.LEAD_ID))
                .leftJoin(SALES_REP).on(SALES_REP.ID.eq(ACTIVITY.OWNER_ID))
                .where(condition, ACTIVITY.DELETED.isFalse())
                .orderBy(when.asc().nullsLast(), ACTIVITY.ID.asc())
                .fetch(r -> new ActivitySummary(mapping.read(r.into(ACTIVITY)), r.get(ACCOUNT.NAME),
                        r.get(CONTACT.NAME), r.get(OPPORTUNITY.TITLE), r.get(LEAD.NAME), r.get(SALES_REP.NAME)));
    }
}
