package org.fieldbook.domain;

import java.util.List;
import java.util.Locale;

/**
 * "An opportunity at Proposal or beyond has a decision maker." Proposal is the open stage named so in the
 * deal's pipeline (the default pipelines' name, in any case); a pipeline without one counts its open stages of
 * 50 % probability or more as that far along.
 */
public final class BuyingRoleRule {
    static final String PROPOSAL = "proposal";
    static final int PROPOSAL_PROBABILITY = 50;

    private BuyingRoleRule() {
    }

    /** True when a deal in {@code stage} needs a decision maker; {@code pipeline} holds the stage's pipeline. */
    public static boolean needsDecisionMaker(PipelineStage stage, List<PipelineStage> pipeline) {
        if (stage == null || !stage.isOpen()) {
            return false;
        }
        return pipeline.stream()
                .filter(s -> s.pipelineId().equals(stage.pipelineId()) && s.isOpen()
                        && PROPOSAL.equals(s.name().strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(proposal -> stage.position() >= proposal.position())
                .orElse(stage.probability() >= PROPOSAL_PROBABILITY);
    }

    /** True when a deal should be flagged: it is that far along and nobody on it is a decision maker. */
    public static boolean lacksDecisionMaker(PipelineStage stage, List<PipelineStage> pipeline,
                                             boolean hasDecisionMaker) {
        return !hasDecisionMaker && needsDecisionMaker(stage, pipeline);
    }
}
