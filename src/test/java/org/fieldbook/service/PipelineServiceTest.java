package org.fieldbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RequiredField;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.StageKind;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.store.change.ChangeOp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipelines editor's use cases: every edit is stored through the write path and captured for sync. */
class PipelineServiceTest {
    @TempDir
    Path folder;
    private Database database;
    private Store store;
    private PipelineService pipelines;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        store = database.store();
        pipelines = new PipelineService(store);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<PipelineStage> stagesOf(Pipeline pipeline) {
        return pipelines.pipelinesWithStages().get(pipeline);
    }

    private Pipeline named(String name) {
        return pipelines.pipelinesWithStages().keySet().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theDefaultProposalStagesRequireAnAmountAndACloseDate() {
        for (List<PipelineStage> stages : pipelines.pipelinesWithStages().values()) {
            PipelineStage proposal = stages.stream().filter(s -> s.name().equals("Proposal")).findFirst().orElseThrow();
            assertEquals(Set.of(RequiredField.AMOUNT, RequiredField.EXPECTED_CLOSE), proposal.requiredFields());
        }
    }

    @Test
    void aNewPipelineHasAnOpenAWonAndALostStageAndEveryEditIsCaptured() {
        long before = store.read(tx -> tx.changeLog().count());
        Pipeline field = pipelines.createPipeline("Field service", "Prospecting", "Won", "Lost");
        assertEquals(List.of(StageKind.OPEN, StageKind.WON, StageKind.LOST),
                stagesOf(field).stream().map(PipelineStage::kind).toList());
        pipelines.renamePipeline(field.id(), "Field sales");
        PipelineStage visit = pipelines.addStage(field.id(), "Site visit");
        assertEquals(List.of("Prospecting", "Site visit", "Won", "Lost"),
                stagesOf(named("Field sales")).stream().map(PipelineStage::name).toList());
        pipelines.moveStage(visit.id(), -1);
        assertEquals(List.of("Site visit", "Prospecting", "Won", "Lost"),
                stagesOf(named("Field sales")).stream().map(PipelineStage::name).toList());
        pipelines.saveStage(new PipelineStage(visit.id(), visit.pipelineId(), "On-site visit", 0, 40, StageKind.OPEN,
                10, Set.of(RequiredField.DECISION_MAKER)));
        PipelineStage saved = stagesOf(named("Field sales")).get(0);
        assertEquals("On-site visit", saved.name());
        assertEquals(40, saved.probability());
        assertEquals(10, saved.rottingDays());
        assertEquals(Set.of(RequiredField.DECISION_MAKER), saved.requiredFields());
        assertTrue(store.read(tx -> tx.changeLog().ofRow("stage", visit.id())).stream()
                .anyMatch(c -> c.op() == ChangeOp.SET && "required_fields".equals(c.field())));
        assertTrue(store.read(tx -> tx.changeLog().count()) > before + 6);
    }

    @Test
    void badSettingsAreRefusedAtTheirFields() {
        PipelineStage any = pipelines.pipelinesWithStages().values().iterator().next().get(0);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> pipelines.saveStage(new PipelineStage(
                any.id(), any.pipelineId(), " ", 0, 140, StageKind.OPEN, 0)));
        assertEquals(Set.of("name", "probability", "rottingDays"), refused.violations().stream()
                .map(v -> v.field()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void deletingAStageThatHoldsDealsMovesThemWithTheirHistory() {
        Pipeline newBusiness = named("New business");
        Map<String, PipelineStage> stages = new java.util.HashMap<>();
        stagesOf(newBusiness).forEach(s -> stages.put(s.name(), s));
        Account acme = new AccountService(store).create(Account.create("Acme", null));
        OpportunityService opportunities = new OpportunityService(store);
        Opportunity deal = opportunities.create(Opportunity.create(acme.id(), stages.get("Qualification"), "Forklifts",
                new Money(BigDecimal.TEN, "EUR"), LocalDate.of(2030, 1, 1), null), null);
        assertEquals(1, pipelines.dealsIn(stages.get("Qualification").id()));
        assertThrows(RuleViolation.class, () -> pipelines.deleteStage(stages.get("Qualification").id(), null, null),
                "asks where the deals go");
        assertThrows(RuleViolation.class, () -> pipelines.deletePipeline(newBusiness.id()), "it holds a deal");

        pipelines.deleteStage(stages.get("Qualification").id(), stages.get("Proposal").id(), null);
        assertEquals(stages.get("Proposal").id(), opportunities.edit(deal.id()).original().stageId());
        assertEquals(2, opportunities.history(deal.id()).size());
        assertFalse(stagesOf(newBusiness).stream().anyMatch(s -> s.name().equals("Qualification")));
        assertEquals(List.of(0, 1, 2, 3, 4), stagesOf(newBusiness).stream().map(PipelineStage::position).toList());
    }

    @Test
    void anEmptyPipelineCanBeDeletedButNotTheLastOne() {
        Pipeline spare = pipelines.createPipeline("Spare", "Prospecting", "Won", "Lost");
        pipelines.deletePipeline(spare.id());
        pipelines.deletePipeline(named("Expansion").id());
        assertThrows(RuleViolation.class, () -> pipelines.deletePipeline(named("New business").id()));
        assertEquals(1, pipelines.pipelinesWithStages().size());
    }
}
