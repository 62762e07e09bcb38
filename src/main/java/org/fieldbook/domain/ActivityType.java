package org.fieldbook.domain;

public enum ActivityType {
    CALL, VISIT, MEETING, EMAIL, TASK, NOTE
}
