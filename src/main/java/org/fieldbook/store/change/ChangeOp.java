package org.fieldbook.store.change;

public enum ChangeOp {
    CREATE, SET, DELETE, RESTORE
}
