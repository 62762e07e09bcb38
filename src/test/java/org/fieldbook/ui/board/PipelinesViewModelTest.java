package org.fieldbook.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RequiredField;
import org.fieldbook.ui.common.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipelines editor's view model without the toolkit. */
class PipelinesViewModelTest {
    @TempDir
    Path dataFolder;
    private Fixture fx;
    private PipelinesViewModel editor;

    @BeforeEach
    void open() {
        fx = Fixture.withProfile(dataFolder);
        editor = new PipelinesViewModel(fx.context.pipelines(), fx.runner, fx.errors, fx.messages);
        editor.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void showsTheFirstPipelineAndItsFirstStage() {
        assertEquals("New business", editor.pipelineProperty().get().name());
        assertEquals("Prospecting", editor.nameProperty().get());
        assertEquals("10", editor.probabilityProperty().get());
        assertEquals("30", editor.rottingDaysProperty().get());
        assertFalse(editor.changed());
    }

    @Test
    void aStageIsSavedWithItsRequiredFieldsAndBadInputStaysAtTheField() {
        editor.stageProperty().set(editor.stages().get(1));
        editor.probabilityProperty().set("140");
        assertFalse(editor.saveStage());
        assertEquals("pipelines.validation.probability", editor.errors().of(PipelinesViewModel.PROBABILITY));

        editor.probabilityProperty().set("35");
        editor.rottingDaysProperty().set("");
        editor.requiresCloseProperty().set(true);
        assertTrue(editor.saveStage());
        PipelineStage saved = fx.context.pipelines().pipelinesWithStages().values().iterator().next().get(1);
        assertEquals(35, saved.probability());
        assertEquals(null, saved.rottingDays(), "no rotting");
        assertEquals(Set.of(RequiredField.EXPECTED_CLOSE), saved.requiredFields());
        assertTrue(editor.changed());
    }

    @Test
    void stagesAreAddedMovedAndARefusedDeleteSaysWhy() {
        editor.addStage("Site visit");
        assertEquals("Site visit", editor.stageProperty().get().name());
        editor.moveStage(-1);
        List<String> names = editor.stages().stream().map(PipelineStage::name).toList();
        assertEquals(List.of("Prospecting", "Qualification", "Proposal", "Site visit", "Negotiation", "Won",
                "Lost"), names);
        editor.stageProperty().set(editor.stages().get(5));
        editor.deleteStage(null, null);
        assertEquals("A pipeline keeps at least one open stage; won and lost stages stay.",
                editor.problemProperty().get());
    }
}
