package org.fieldbook.domain;

public enum ApprovalStatus {
    PENDING, APPROVED, REJECTED
}
