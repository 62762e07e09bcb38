package org.fieldbook.domain;

public enum StageKind {
    OPEN, WON, LOST
}
