package org.fieldbook.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalFacts;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.store.Database;
import org.fieldbook.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KPIS.md's {@code approvals} over {@link KpiFixture}'s deals with these requests, worked out by hand for
 * Q2 2025 in UTC (D5, D7 Ann's; D6, D9 Bob's; D8 deleted):
 * <pre>
 * R1 D5 requested 04-02 09:00  approved 04-02 13:00   4 h
 * R2 D5 requested 05-10 08:00  rejected 05-11 08:00  24 h
 * R3 D6 requested 06-01 10:00  approved 06-01 10:30   0.5 h
 * R4 D9 requested 06-20 09:00  pending
 * R5 D5 requested 06-30 23:30  approved 07-01 01:30   2 h   (created in Q2, decided after it: counts)
 * R6 D7 requested 03-31 23:00  approved 04-01 08:00         (created before Q2)
 * R7 D8 requested 04-10 10:00  approved 04-10 11:00         (its deal is deleted)
 * R8 D6 requested 05-05 10:00  approved 05-06 10:00         (the request itself is deleted)
 * </pre>
 */
class ApprovalKpiTest {
    static final Clock TODAY = Clock.fixed(Instant.parse("2025-07-15T12:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    static Path folder;
    static Database database;
    AnalyticsService analytics;

    @BeforeAll
    static void open() {
        database = Database.open(folder);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void loadFixture() {
        TestDatabases.reset(database);
        KpiFixture.load(database.store());
        analytics = new AnalyticsService(database.store(), TODAY);
        UUID deletedRequest = TimeOrderedId.next();
        List<ApprovalRequest> requests = List.of(
                request(5, KpiFixture.ANN, "2025-04-02T09:00:00Z", ApprovalStatus.APPROVED, "2025-04-02T13:00:00Z"),
                request(5, KpiFixture.ANN, "2025-05-10T08:00:00Z", ApprovalStatus.REJECTED, "2025-05-11T08:00:00Z"),
                request(6, KpiFixture.BOB, "2025-06-01T10:00:00Z", ApprovalStatus.APPROVED, "2025-06-01T10:30:00Z"),
                request(9, KpiFixture.BOB, "2025-06-20T09:00:00Z", ApprovalStatus.PENDING, null),
                request(5, KpiFixture.ANN, "2025-06-30T23:30:00Z", ApprovalStatus.APPROVED, "2025-07-01T01:30:00Z"),
                request(7, KpiFixture.ANN, "2025-03-31T23:00:00Z", ApprovalStatus.APPROVED, "2025-04-01T08:00:00Z"),
                request(8, KpiFixture.ANN, "2025-04-10T10:00:00Z", ApprovalStatus.APPROVED, "2025-04-10T11:00:00Z"),
                withId(request(6, KpiFixture.BOB, "2025-05-05T10:00:00Z", ApprovalStatus.APPROVED,
                        "2025-05-06T10:00:00Z"), deletedRequest));
        database.store().writeVoid(tx -> {
            tx.approvalRequests().insertAll(requests);
            tx.approvalRequests().delete(deletedRequest);
        });
    }

    private static ApprovalRequest request(int deal, UUID by, String at, ApprovalStatus status, String decidedAt) {
        ApprovalRequest asked = ApprovalRequest.create(KpiFixture.D[deal], ApprovalAction.quote(),
                new ApprovalFacts(new BigDecimal("20"), Money.of("1000", "USD")), by, Instant.parse(at), null);
        return status == ApprovalStatus.PENDING ? asked
                : asked.decided(status, KpiFixture.BOB, Instant.parse(decidedAt), "ok");
    }

    private static ApprovalRequest withId(ApprovalRequest r, UUID id) {
        return new ApprovalRequest(id, r.opportunityId(), r.action(), r.facts(), r.requestedBy(), r.requestedAt(),
                r.note(), r.status(), r.decidedBy(), r.decidedAt(), r.comment());
    }

    @Test
    void requestsOfThePeriodWithTheirDecisionsAndTheMedianHours() {
        ApprovalKpi q2 = analytics.approvals(KpiFilter.period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
        // R1, R2, R3, R4, R5; hours decided 0.5, 2, 4, 24: median (2 + 4) / 2
        assertEquals(new ApprovalKpi(5, 3, 1, 1, 3.0), q2);
    }

    @Test
    void theOwnerFilterCountsTheRequestsOnTheirDeals() {
        KpiFilter bob = KpiFilter.period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
        bob = new KpiFilter(bob.from(), bob.to(), null, Set.of(KpiFixture.BOB), Set.of());
        // R3 and R4 (R8 is deleted)
        assertEquals(new ApprovalKpi(2, 1, 0, 1, 0.5), analytics.approvals(bob));
    }

    @Test
    void anEmptyPeriodGivesZerosAndNoMedian() {
        ApprovalKpi january = analytics.approvals(KpiFilter.period(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31)));
        assertEquals(0, january.requests());
        assertNull(january.medianHoursToDecision());
    }
}
