package org.fieldbook.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.domain.AssignmentRule;
import org.fieldbook.domain.AssignmentRuleKind;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.ui.common.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead assignment editor without the toolkit: edits go into the chosen rule; a wrong rule saves nothing. */
class AssignmentRulesViewModelTest {
    @TempDir
    Path folder;

    private static AssignmentRulesViewModel editor(Fixture f) {
        return new AssignmentRulesViewModel(f.context.assignmentRules(), f.context.pipelines(), f.context.leads(),
                f.runner, f.errors, f.messages, f.revision);
    }

    @Test
    void aRuleWithoutRepsIsRefusedByNumberAndNothingIsSaved() {
        try (Fixture f = Fixture.withProfile(folder)) {
            AssignmentRulesViewModel vm = editor(f);
            vm.load();
            vm.add();
            vm.kindProperty().set(AssignmentRuleKind.CHANNEL);
            vm.channels().stream().filter(c -> c.value().equals(SourceChannel.EVENT.name())).findFirst()
                    .orElseThrow().chosenProperty().set(true);
            vm.reps().get(0).chosenProperty().set(true);
            vm.add(); // a second rule, left without reps
            boolean[] saved = {false};
            vm.save(() -> saved[0] = true);
            assertFalse(saved[0]);
            assertEquals(1, vm.selectedProperty().get(), "the wrong rule is chosen to be put right");
            assertEquals(f.messages.get("assignment.problem", 2, f.messages.get("validation.assignment.repRequired")),
                    vm.problemProperty().get());
            assertTrue(f.context.assignmentRules().rules().isEmpty());

            vm.remove();
            vm.save(() -> saved[0] = true);
            assertTrue(saved[0]);
            List<AssignmentRule> stored = f.context.assignmentRules().rules();
            assertEquals(1, stored.size());
            assertEquals(List.of(SourceChannel.EVENT.name()), stored.get(0).values());
            assertEquals("1. Source Event → Ada Lovelace", vm.describe(vm.rules().get(0)));
            assertTrue(f.reported.isEmpty(), f.reported.toString());
        }
    }

    @Test
    void regionsAreSplitAtCommasOfEitherScriptAndMovingKeepsTheRuleChosen() {
        try (Fixture f = Fixture.withProfile(folder)) {
            AssignmentRulesViewModel vm = editor(f);
            vm.load();
            vm.add();
            vm.reps().get(0).chosenProperty().set(true);
            vm.add();
            vm.kindProperty().set(AssignmentRuleKind.REGION);
            vm.regionsProperty().set("North， 华北,  ,South");
            vm.reps().get(0).chosenProperty().set(true);
            assertEquals(List.of("North", "华北", "South"), vm.rules().get(1).values());
            vm.move(-1);
            assertEquals(0, vm.selectedProperty().get());
            assertEquals(AssignmentRuleKind.REGION, vm.rules().get(0).kind());
            assertEquals("North, 华北, South", vm.regionsProperty().get(), "the moved rule is shown as stored");
            vm.move(-1); // already first: stays
            assertEquals(0, vm.selectedProperty().get());
        }
    }
}
