package org.fieldbook.domain;

/** What a sales rep may do beyond selling: a manager decides approval requests. */
public enum RepRole {
    REP, MANAGER
}
