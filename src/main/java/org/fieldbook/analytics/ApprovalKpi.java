package org.fieldbook.analytics;

/** KPIS.md's {@code approvals} for one filter set: requests created in the period and what became of them. */
public record ApprovalKpi(long requests, long approved, long rejected, long pending,
                          Double medianHoursToDecision) {
}
