package org.fieldbook.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A column of a pipeline; named so as not to clash with JavaFX's {@code Stage}. {@code requiredFields} must be
 * filled in before a deal enters the stage.
 */
public record PipelineStage(UUID id, UUID pipelineId, String name, int position, int probability,
                            StageKind kind, Integer rottingDays, Set<RequiredField> requiredFields) {
    public PipelineStage {
        requiredFields = requiredFields == null || requiredFields.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(requiredFields));
    }

    /** A stage that requires nothing. */
    public PipelineStage(UUID id, UUID pipelineId, String name, int position, int probability, StageKind kind,
                         Integer rottingDays) {
        this(id, pipelineId, name, position, probability, kind, rottingDays, Set.of());
    }

    public boolean isOpen() {
        return kind == StageKind.OPEN;
    }

    /**
     * The required fields {@code deal} lacks, in declaration order; {@code hasDecisionMaker} says whether one
     * of its contacts is in the decision maker's role.
     */
    public Set<RequiredField> missingFor(Opportunity deal, boolean hasDecisionMaker) {
        Set<RequiredField> missing = EnumSet.noneOf(RequiredField.class);
        for (RequiredField field : requiredFields) {
            boolean filled = switch (field) {
                case AMOUNT -> deal.amount() != null && deal.amount().amount().signum() > 0;
                case EXPECTED_CLOSE -> deal.expectedClose() != null;
                case DECISION_MAKER -> hasDecisionMaker;
            };
            if (!filled) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** True when nothing has happened to a deal since {@code lastTouched} for longer than the rotting days. */
    public boolean isRotting(LocalDate lastTouched, LocalDate today) {
        return rottingDays != null && lastTouched != null && lastTouched.plusDays(rottingDays).isBefore(today);
    }
}
