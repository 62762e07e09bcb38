package org.fieldbook.app;

import static org.fieldbook.app.CommandRun.fieldbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import org.fieldbook.analytics.KpiFixture;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalFacts;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --json} carries KPIS.md's {@code approvals} beside the other keys. */
class ApprovalReportCommandTest {
    @TempDir
    Path temp;

    @Test
    void theReportHasTheApprovalsOfThePeriod() throws Exception {
        try (AppContext context = AppContext.open(temp)) {
            KpiFixture.load(context.store());
            ApprovalFacts facts = new ApprovalFacts(new BigDecimal("20"), Money.of("1000", "USD"));
            context.store().writeVoid(tx -> tx.approvalRequests().insertAll(java.util.List.of(
                    ApprovalRequest.create(KpiFixture.D[5], ApprovalAction.quote(), facts, KpiFixture.ANN,
                            Instant.parse("2025-04-02T09:00:00Z"), null).decided(ApprovalStatus.APPROVED,
                            KpiFixture.BOB, Instant.parse("2025-04-02T15:00:00Z"), null),
                    ApprovalRequest.create(KpiFixture.D[6], ApprovalAction.quote(), facts, KpiFixture.BOB,
                            Instant.parse("2025-05-02T09:00:00Z"), null))));
        }
        CommandRun run = fieldbook("report", "--json", "--data-dir", temp.toString(), "--from", "2025-04-01",
                "--to", "2025-06-30");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode approvals = report.get("approvals");
        assertEquals(2, approvals.get("requests").asInt());
        assertEquals(1, approvals.get("approved").asInt());
        assertEquals(0, approvals.get("rejected").asInt());
        assertEquals(1, approvals.get("pending").asInt());
        assertEquals(6.0, approvals.get("median_hours_to_decision").asDouble(), 1e-9);
        assertTrue(report.has("won_amount"), "the other keys stay where they were");
    }
}
