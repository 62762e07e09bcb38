package org.fieldbook.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.domain.StageChange;
import org.fieldbook.store.Store;

/**
 * A small hand-made book of deals whose KPIs {@link KpiTest} works out by hand. The default pipelines'
 * stages are used (New business: Prospecting 10 %, Qualification 25 %, Proposal 50 %, Negotiation 75 %,
 * Won, Lost; Expansion: Discovery 20 %, Proposal 50 %, Negotiation 75 %, Won, Lost). The period the test
 * looks at is Q2 2025 (2025-04-01 to 2025-06-30, UTC); today is 2025-06-15.
 *
 * <pre>
 * deal  account pipeline owner amount     created     history                                 now
 * D1    Acme    NB       Ann   10,000 USD 2024-11-01  P → Q 02-01 → Pr 03-01 → Won 04-20       won  (170 days)
 * D2    Beta    NB       Bob   20,000 EUR 2025-04-02  P → Won 05-02                            won  (30 days)
 * D3    Acme    EX       Ann    5,000 USD 2025-05-01  D → Won 06-10                            won  (40 days)
 * D4    Gamma   NB       Bob    8,000 USD 2025-04-05  P → Q 04-10 → Lost 05-15 ("Price")       lost
 * D5    Delta   NB       Ann   12,000 USD 2025-04-10  P → Pr 04-20 (skips Q)                   open in Proposal, close 07-15
 * D6    Beta    NB       Bob    4,000 USD 2025-05-20  (no history)                             open in Qualification, close 06-30
 * D7    Gamma   NB       Ann    1,000 EUR 2025-02-01  → Negotiation                           open in Negotiation, close 08-05
 * D8    Delta   NB       Ann   99,999 USD 2025-04-01  P → Won 05-05                            deleted
 * D9    Delta   NB       Bob    7,000 USD 2025-04-03  P → Won 04-25 → Neg 05-10 (reopened)      open in Negotiation, close 06-20
 * D10   Acme    NB       Ann    3,000 USD 2024-05-01  P → Won 2024-09-01                       won
 * D11   Gamma   NB       Bob    2,000 USD 2024-10-01  P → Won 2024-12-01                       won
 * D12   Delta   NB       Ann      500 USD 2024-12-01  P → Won 2025-01-15                       won
 * </pre>
 * Channels: D1, D3 referral; D2, D4, D6 website; D5, D9 event; the rest none. Leads: L1 website created
 * 04-01 09:00, converted into D2 04-02 08:00; L2 website 04-15, not converted; L3 referral 05-01 09:00,
 * converted into D3 05-01 10:00; L4 event 03-01 (before the period); L5 website 04-20, deleted.
 * Activities done: A1 Bob on D2 04-03 08:00, A2 Bob on D2 04-05 10:00, A3 Ann on D3 05-01 15:00, A4 Ann
 * 03-20 (before), A5 Ann not done, A6 Bob 04-07 deleted, A7 Bob answering L2 04-15 11:00 (on no deal).
 */
public final class KpiFixture {
    public static final UUID NEW_BUSINESS = UUID.fromString("01900000-0000-7000-8000-000000000001");
    public static final UUID EXPANSION = UUID.fromString("01900000-0000-7000-8000-000000000002");
    public static final UUID PROSPECTING = stage(101);
    public static final UUID QUALIFICATION = stage(102);
    public static final UUID PROPOSAL = stage(103);
    public static final UUID NEGOTIATION = stage(104);
    public static final UUID WON = stage(105);
    public static final UUID LOST = stage(106);
    public static final UUID DISCOVERY = stage(201);
    public static final UUID EXPANSION_WON = stage(204);

    public static final UUID ANN = id("00000000-0000-7000-8000-0000000000a1");
    public static final UUID BOB = id("00000000-0000-7000-8000-0000000000b2");
    // ids in name order, so that the RFM scores' tie-break (by account id) is known
    public static final UUID ACME = id("00000000-0000-7000-8000-000000000001");
    public static final UUID BETA = id("00000000-0000-7000-8000-000000000002");
    public static final UUID GAMMA = id("00000000-0000-7000-8000-000000000003");
    public static final UUID DELTA = id("00000000-0000-7000-8000-000000000004");
    public static final UUID[] D = new UUID[13];

    static {
        for (int i = 1; i <= 12; i++) {
            D[i] = id(String.format("00000000-0000-7000-8000-0000000d%04d", i));
        }
    }

    private final List<Opportunity> deals = new ArrayList<>();
    private final List<StageChange> history = new ArrayList<>();
    private final List<UUID> deleted = new ArrayList<>();

    private KpiFixture() {
    }

    public static void load(Store store) {
        KpiFixture f = new KpiFixture();
        f.deal(1, ACME, NEW_BUSINESS, ANN, "10000", "USD", "2024-11-01T09:00:00Z", SourceChannel.REFERRAL,
                null, WON, OpportunityStatus.WON, null, "2025-04-20T10:00:00Z");
        f.moves(1, "2024-11-01T09:00:00Z", PROSPECTING, "2025-02-01T09:00:00Z", QUALIFICATION,
                "2025-03-01T09:00:00Z", PROPOSAL, "2025-04-20T10:00:00Z", WON);
        f.deal(2, BETA, NEW_BUSINESS, BOB, "20000", "EUR", "2025-04-02T08:00:00Z", SourceChannel.WEBSITE,
                null, WON, OpportunityStatus.WON, null, "2025-05-02T08:00:00Z");
        f.moves(2, "2025-04-02T08:00:00Z", PROSPECTING, "2025-05-02T08:00:00Z", WON);
        f.deal(3, ACME, EXPANSION, ANN, "5000", "USD", "2025-05-01T09:00:00Z", SourceChannel.REFERRAL,
                null, EXPANSION_WON, OpportunityStatus.WON, null, "2025-06-10T12:00:00Z");
        f.moves(3, "2025-05-01T09:00:00Z", DISCOVERY, "2025-06-10T12:00:00Z", EXPANSION_WON);
        f.deal(4, GAMMA, NEW_BUSINESS, BOB, "8000", "USD", "2025-04-05T09:00:00Z", SourceChannel.WEBSITE,
                null, LOST, OpportunityStatus.LOST, "Price", "2025-05-15T09:00:00Z");
        f.moves(4, "2025-04-05T09:00:00Z", PROSPECTING, "2025-04-10T09:00:00Z", QUALIFICATION,
                "2025-05-15T09:00:00Z", LOST);
        f.deal(5, DELTA, NEW_BUSINESS, ANN, "12000", "USD", "2025-04-10T09:00:00Z", SourceChannel.EVENT,
                "2025-07-15", PROPOSAL, OpportunityStatus.OPEN, null, null);
        f.moves(5, "2025-04-10T09:00:00Z", PROSPECTING, "2025-04-20T09:00:00Z", PROPOSAL);
        f.deal(6, BETA, NEW_BUSINESS, BOB, "4000", "USD", "2025-05-20T09:00:00Z", SourceChannel.WEBSITE,
                "2025-06-30", QUALIFICATION, OpportunityStatus.OPEN, null, null);
        f.deal(7, GAMMA, NEW_BUSINESS, ANN, "1000", "EUR", "2025-02-01T09:00:00Z", null,
                "2025-08-05", NEGOTIATION, OpportunityStatus.OPEN, null, null);
        f.moves(7, "2025-02-01T09:00:00Z", NEGOTIATION);
        f.deal(8, DELTA, NEW_BUSINESS, ANN, "99999", "USD", "2025-04-01T09:00:00Z", null,
                null, WON, OpportunityStatus.WON, null, "2025-05-05T09:00:00Z");
        f.moves(8, "2025-04-01T09:00:00Z", PROSPECTING, "2025-05-05T09:00:00Z", WON);
        f.deleted.add(D[8]);
        f.deal(9, DELTA, NEW_BUSINESS, BOB, "7000", "USD", "2025-04-03T09:00:00Z", SourceChannel.EVENT,
                "2025-06-20", NEGOTIATION, OpportunityStatus.OPEN, null, null);
        f.moves(9, "2025-04-03T09:00:00Z", PROSPECTING, "2025-04-25T09:00:00Z", WON,
                "2025-05-10T09:00:00Z", NEGOTIATION);
        f.deal(10, ACME, NEW_BUSINESS, ANN, "3000", "USD", "2024-05-01T09:00:00Z", null,
                null, WON, OpportunityStatus.WON, null, "2024-09-01T09:00:00Z");
        f.moves(10, "2024-05-01T09:00:00Z", PROSPECTING, "2024-09-01T09:00:00Z", WON);
        f.deal(11, GAMMA, NEW_BUSINESS, BOB, "2000", "USD", "2024-10-01T09:00:00Z", null,
                null, WON, OpportunityStatus.WON, null, "2024-12-01T09:00:00Z");
        f.moves(11, "2024-10-01T09:00:00Z", PROSPECTING, "2024-12-01T09:00:00Z", WON);
        f.deal(12, DELTA, NEW_BUSINESS, ANN, "500", "USD", "2024-12-01T09:00:00Z", null,
                null, WON, OpportunityStatus.WON, null, "2025-01-15T09:00:00Z");
        f.moves(12, "2024-12-01T09:00:00Z", PROSPECTING, "2025-01-15T09:00:00Z", WON);

        List<Lead> leads = List.of(
                lead(1, SourceChannel.WEBSITE, "2025-04-01T09:00:00Z", "2025-04-02T08:00:00Z", D[2]),
                lead(2, SourceChannel.WEBSITE, "2025-04-15T09:00:00Z", null, null),
                lead(3, SourceChannel.REFERRAL, "2025-05-01T09:00:00Z", "2025-05-01T10:00:00Z", D[3]),
                lead(4, SourceChannel.EVENT, "2025-03-01T09:00:00Z", null, null),
                lead(5, SourceChannel.WEBSITE, "2025-04-20T09:00:00Z", null, null));
        List<Activity> activities = List.of(
                activity(1, BOB, D[2], "2025-04-03T08:00:00Z"),
                activity(2, BOB, D[2], "2025-04-05T10:00:00Z"),
                activity(3, ANN, D[3], "2025-05-01T15:00:00Z"),
                activity(4, ANN, D[1], "2025-03-20T09:00:00Z"),
                activity(5, ANN, D[5], null),
                activity(6, BOB, D[9], "2025-04-07T09:00:00Z"),
                answer(7, BOB, leads.get(1).id(), "2025-04-15T11:00:00Z"));
        store.writeVoid(tx -> {
            tx.reps().insertAll(List.of(new SalesRep(ANN, "Ann", null, null, null),
                    new SalesRep(BOB, "Bob", null, null, null)));
            tx.accounts().insertAll(List.of(account(ACME, "Acme"), account(BETA, "Beta"), account(GAMMA, "Gamma"),
                    account(DELTA, "Delta")));
            tx.opportunities().insertAll(f.deals);
            tx.stageChanges().insertAll(f.history);
            tx.leads().insertAll(leads);
            tx.activities().insertAll(activities);
            f.deleted.forEach(id -> tx.opportunities().delete(id));
            tx.leads().delete(leads.get(4).id());
            tx.activities().delete(activities.get(5).id());
        });
    }

    private void deal(int n, UUID account, UUID pipeline, UUID owner, String amount, String currency, String created,
                      SourceChannel channel, String expectedClose, UUID stage, OpportunityStatus status,
                      String lostReason, String closed) {
        deals.add(new Opportunity(D[n], account, pipeline, stage, "D" + n, new Money(new BigDecimal(amount), currency),
                expectedClose == null ? LocalDate.parse(created.substring(0, 10)).plusDays(30)
                        : LocalDate.parse(expectedClose),
                owner, channel, status, lostReason, closed == null ? null : Instant.parse(closed), n,
                Instant.parse(created), null));
    }

    /** The deal's stage history: pairs of (moment, stage entered); the first is its creation. */
    private void moves(int n, Object... momentsAndStages) {
        UUID from = null;
        for (int i = 0; i < momentsAndStages.length; i += 2) {
            UUID to = (UUID) momentsAndStages[i + 1];
            history.add(new StageChange(UUID.randomUUID(), D[n], from, to, Instant.parse((String) momentsAndStages[i]),
                    null));
            from = to;
        }
    }

    private static Lead lead(int n, SourceChannel channel, String created, String converted, UUID opportunity) {
        return new Lead(UUID.randomUUID(), "Lead " + n, "Company " + n, null, null, channel,
                converted == null ? LeadStatus.WORKING : LeadStatus.CONVERTED, 50, null,
                converted == null ? null : Instant.parse(converted), opportunity, Instant.parse(created));
    }

    private static Activity activity(int n, UUID owner, UUID opportunity, String done) {
        Instant at = done == null ? Instant.parse("2025-06-20T09:00:00Z") : Instant.parse(done);
        return new Activity(UUID.randomUUID(), ActivityType.CALL, "A" + n, null, at, done == null ? null : at, null,
                null, null, null, opportunity, owner);
    }

    /** An activity that answers a lead (V7's activity.lead_id), on no deal. */
    private static Activity answer(int n, UUID owner, UUID lead, String done) {
        Instant at = Instant.parse(done);
        return new Activity(UUID.randomUUID(), ActivityType.CALL, "A" + n, null, at, at, null, null, null, null, null,
                owner, lead);
    }

    private static Account account(UUID id, String name) {
        return new Account(id, name, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static UUID stage(int n) {
        return UUID.fromString(String.format("01900000-0000-7000-8000-000000000%03d", n));
    }

    private static UUID id(String text) {
        return UUID.fromString(text);
    }
}
