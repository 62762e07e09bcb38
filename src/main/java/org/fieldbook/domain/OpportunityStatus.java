package org.fieldbook.domain;

public enum OpportunityStatus {
    OPEN, WON, LOST
}
