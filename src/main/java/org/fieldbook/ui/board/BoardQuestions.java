package org.fieldbook.ui.board;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RequiredField;
import org.fieldbook.service.BoardService;
import org.fieldbook.ui.common.Choice;

/**
 * What the board asks the user in the middle of a move; the view answers with dialogs, tests answer directly.
 * Each question ends in exactly one of its two callbacks.
 */
public interface BoardQuestions {
    /**
     * The fields {@code stage} requires and {@code card} lacks; {@code contacts} are the account's people to
     * choose a decision maker from (empty unless one is asked for).
     */
    void requiredFields(BoardCard card, PipelineStage stage, Set<RequiredField> missing, List<Choice> contacts,
                        Consumer<BoardService.FilledIn> filledIn, Runnable cancelled);

    /**
     * Why the deal was lost, offering {@code reasons} (the user may type another). The user may also take
     * reasons off the list: {@code listEdited} gets what is left each time, whether the deal is then marked
     * lost or not.
     */
    void lostReason(BoardCard card, List<String> reasons, Consumer<List<String>> listEdited, Consumer<String> reason,
                    Runnable cancelled);

    /**
     * A rule holds the deal back from {@code stage} until a manager approves: offers to ask for it, with a note
     * for the manager ({@code request}), or {@code cancelled}.
     */
    default void approvalNeeded(BoardCard card, PipelineStage stage, org.fieldbook.domain.ApprovalNeed need,
                                Consumer<String> request, Runnable cancelled) {
        cancelled.run();
    }

    /** "Delete opportunity “X”?" */
    void confirmDelete(BoardCard card, Runnable confirmed, Runnable cancelled);
}
