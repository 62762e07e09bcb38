package org.fieldbook.domain;

public enum LeadStatus {
    NEW, WORKING, QUALIFIED, CONVERTED, DISQUALIFIED
}
