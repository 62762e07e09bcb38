package org.fieldbook.store;

import java.time.Clock;
import org.fieldbook.domain.CustomChannel;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.CustomChannelRecord;
import org.fieldbook.store.jooq.tables.records.CustomFieldRecord;
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

    public BuyingRoleRepository opportunityContacts() {
        return new BuyingRoleRepository(db, capture, clock);
    }

    public StageChangeRepository stageChanges() {
        return new StageChangeRepository(db, capture, clock);
    }

    public ActivityRepository activities() {
        return new ActivityRepository(db, capture, clock);
    }

    public LeadRepository leads() {
        return new LeadRepository(db, capture, clock);
    }

    public TimelineQueries timeline() {
        capture.writePendingChanges();
        return new TimelineQueries(db);
    }

    public Entities<CustomFieldDefinition, CustomFieldRecord> customFields() {
        return new Entities<>(db, Mappings.CUSTOM_FIELDS, capture, clock);
    }

    public Entities<CustomChannel, CustomChannelRecord> customChannels() {
        return new Entities<>(db, Mappings.CUSTOM_CHANNELS, capture, clock);
    }

    /** The sequence number this device's next change in this transaction gets (see {@link ChangeCapture#nextSequence}). */
    public long nextChangeSeq() {
        return capture.nextSequence();
    }

    /**
     * Writes the change records batched so far. A bulk writer (an import) calls it between chunks of rows so
     * that a transaction of a hundred thousand records does not hold all their change records in memory.
     */
    public void writePendingChanges() {
        capture.writePendingChanges();
    }

    public ImportBatchRepository imports() {
        return new ImportBatchRepository(db);
    }

    public ProductRepository products() {
        return new ProductRepository(db, capture, clock);
    }

    public OpportunityLineRepository opportunityLines() {
        return new OpportunityLineRepository(db, capture, clock);
    }

    public PaymentRepository payments() {
        return new PaymentRepository(db, capture, clock);
    }

    public QuoteRepository quotes() {
        return new QuoteRepository(db, capture, clock);
    }

    public CompanyRepository company() {
        return new CompanyRepository(db, capture, clock);
    }

    /** The team's lead assignment rules (V13). */
    public Entities<org.fieldbook.domain.AssignmentRule, org.fieldbook.store.jooq.tables.records.AssignmentRuleRecord>
            assignmentRules() {
        return new Entities<>(db, AssignmentRuleMappings.ASSIGNMENT_RULES, capture, clock);
    }

    public Entities<org.fieldbook.domain.ApprovalRule, org.fieldbook.store.jooq.tables.records.ApprovalRuleRecord>
            approvalRules() {
        return new Entities<>(db, ApprovalMappings.APPROVAL_RULES, capture, clock);
    }

    public ApprovalRepository approvalRequests() {
        return new ApprovalRepository(db, capture, clock);
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
        capture.touchEverything(); // loading a replica state writes rows past the capture
        return new ReplicaState(db);
    }

    public SyncBookkeeping sync() {
        return new SyncBookkeeping(db);
    }

    public BoardQueries board() {
        return new BoardQueries(db);
    }

    public SearchQueries search() {
        return new SearchQueries(db);
    }

    public StatsQueries stats() {
        return new StatsQueries(db);
    }
}
