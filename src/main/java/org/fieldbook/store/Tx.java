package org.fieldbook.store;

import java.time.Clock;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.OpportunityContact;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.ActivityRecord;
import org.fieldbook.store.jooq.tables.records.CustomFieldRecord;
import org.fieldbook.store.jooq.tables.records.LeadRecord;
import org.fieldbook.store.jooq.tables.records.OpportunityContactRecord;
import org.fieldbook.store.jooq.tables.records.SalesRepRecord;
import org.jooq.DSLContext;

/** One transaction's view of the store: the repositories, all sharing its connection and change capture. */
public final class Tx {
    private final DSLContext db;
    private final ChangeCapture capture;
    private final Clock clock;

    Tx(DSLContext db, ChangeCapture capture, Clock clock) {
        this.db = db;
        this.capture = capture;
        this.clock = clock;
    }

    public PipelineRepository pipelines() {
        return new PipelineRepository(db, capture, clock);
    }

    public StageRepository stages() {
        return new StageRepository(db, capture, clock);
    }

    public Entities<SalesRep, SalesRepRecord> reps() {
        return new Entities<>(db, Mappings.SALES_REPS, capture, clock);
    }

    public AccountRepository accounts() {
        return new AccountRepository(db, capture, clock);
    }

    public ContactRepository contacts() {
        return new ContactRepository(db, capture, clock);
    }

    public OpportunityRepository opportunities() {
        return new OpportunityRepository(db, capture, clock);
    }

    public Entities<OpportunityContact, OpportunityContactRecord> opportunityContacts() {
        return new Entities<>(db, Mappings.OPPORTUNITY_CONTACTS, capture, clock);
    }

    public StageChangeRepository stageChanges() {
        return new StageChangeRepository(db, capture, clock);
    }

    public Entities<Activity, ActivityRecord> activities() {
        return new Entities<>(db, Mappings.ACTIVITIES, capture, clock);
    }

    public Entities<Lead, LeadRecord> leads() {
        return new Entities<>(db, Mappings.LEADS, capture, clock);
    }

    public Entities<CustomFieldDefinition, CustomFieldRecord> customFields() {
        return new Entities<>(db, Mappings.CUSTOM_FIELDS, capture, clock);
    }

    public SettingRepository settings() {
        return new SettingRepository(db);
    }

    // The readers of the change log and the register first write what this transaction batched.

    public ChangeLogRepository changeLog() {
        capture.writePendingChanges();
        return new ChangeLogRepository(db);
    }

    public Replica replica() {
        return new Replica(db, capture);
    }

    public ConflictQueries conflicts() {
        capture.writePendingChanges();
        return new ConflictQueries(db);
    }

    public ReplicaState state() {
        capture.writePendingChanges();
        return new ReplicaState(db);
    }

    public SyncBookkeeping sync() {
        return new SyncBookkeeping(db);
    }

    public BoardQueries board() {
        return new BoardQueries(db);
    }

    public StatsQueries stats() {
        return new StatsQueries(db);
    }
}
