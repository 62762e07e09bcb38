package org.fieldbook.domain;

public enum CustomFieldType {
    TEXT, NUMBER, MONEY, DATE, CHOICE, MULTI_CHOICE, BOOLEAN
}
