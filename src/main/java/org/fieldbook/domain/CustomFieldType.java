package org.fieldbook.domain;

public enum CustomFieldType {
    TEXT, NUMBER, DATE, CHOICE, BOOLEAN
}
