package org.fieldbook.domain;

import java.util.List;

/** Thrown when a record breaks a business rule; the UI shows each violation at its field. */
public class RuleViolation extends RuntimeException {
    private final transient List<Violation> violations;

    public RuleViolation(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }
}
