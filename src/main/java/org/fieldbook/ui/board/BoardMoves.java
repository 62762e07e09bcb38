package org.fieldbook.ui.board;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fieldbook.domain.ApprovalRequired;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.BoardPlaces;
import org.fieldbook.domain.MissingRequiredFields;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RequiredField;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.service.BoardService;
import org.fieldbook.service.BoardService.FilledIn;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.UndoableChange;
import org.slf4j.LoggerFactory;

/**
 * What the user does to cards: a drop into a column or on Won, Lost or Delete, and the keyboard's moves. The
 * card moves on screen at once and is stored in the background; a stage's missing fields are asked for, and a
 * move that cannot be stored (or is cancelled) puts the card back where it was. Ctrl+Z takes a move back.
 */
public final class BoardMoves {
    private static final List<String> DEFAULT_LOST_REASONS = List.of("board.lostReason.price",
            "board.lostReason.competitor", "board.lostReason.noBudget", "board.lostReason.noDecision",
            "board.lostReason.timing");

    private final BoardViewModel board;
    private final BoardService service;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final UndoStack undo;
    private final DataRevision revision;
    private final Announcer announcer;
    private final Clock clock;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private BoardQuestions questions;

    BoardMoves(BoardViewModel board, BoardService service, BackgroundRunner runner, Messages messages,
               UndoStack undo, DataRevision revision, Announcer announcer, Clock clock) {
        this.board = board;
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.undo = undo;
        this.revision = revision;
        this.announcer = announcer;
        this.clock = clock;
    }

    /** Who answers the questions a move asks (the view's dialogs). */
    public void askWith(BoardQuestions answers) {
        this.questions = answers;
    }

    /**
     * A card dropped into {@code target} at {@code index} of its list, counted while the card is still where
     * it was (so a drop just below itself in its own column changes nothing).
     */
    public void drop(UUID cardId, BoardColumn target, int index) {
        BoardColumn source = board.columnOf(cardId);
        if (source == null) {
            return;
        }
        int from = source.indexOf(cardId);
        int to = source == target && from < index ? index - 1 : index;
        if (source == target && from == to) {
            return;
        }
        BoardCard card = source.cards().get(from);
        // where the card lands, counted in the target's list as it is once the card has left its place
        int landingSize = target.cards().size() - (source == target ? 1 : 0);
        int at = Math.max(0, Math.min(to, landingSize));
        BoardCard above = at > 0 ? landingCard(source, target, from, at - 1) : null;
        BoardCard below = at < landingSize ? landingCard(source, target, from, at) : null;
        double place = BoardPlaces.between(positionOf(above), positionOf(below));
        if (Double.isNaN(place)) {
            place = above.opportunity().position(); // the store numbers the column afresh
        }
        Instant now = clock.instant();
        PipelineStage stage = target.stage();
        Opportunity deal = card.opportunity();
        Opportunity moved = (stage.id().equals(deal.stageId()) ? deal : deal.movedTo(stage, now)).withPosition(place);
        Runnable show = () -> {
            source.remove(cardId);
            target.insert(card.movedTo(moved, now), at);
            recount(source, target);
        };
        Runnable putBack = () -> {
            target.remove(cardId);
            source.insert(card, from);
            recount(source, target);
        };
        var drop = new BoardService.Drop(cardId, stage.id(), above == null ? null : above.id(),
                below == null ? null : below.id());
        boolean changesStage = source != target;
        persist(card, stage, filled -> service.move(drop, filled, board.me()), show, putBack, move -> {
            BoardCard stored = card.movedTo(move.after(), now);
            if (target.indexOf(cardId) >= 0) {
                target.replace(stored, board::looksTheSame);
            }
            recount(source, target);
            String stageName = messages.dataName(stage.name());
            remember(move, changesStage ? messages.get("board.undo.move", deal.title(), stageName)
                    : messages.get("board.undo.reorder", deal.title()));
            announcer.announce(changesStage ? messages.get("board.status.moved", deal.title(), stageName)
                    : messages.get("board.status.reordered", deal.title()));
        });
    }

    /** Ctrl+Shift+Left/Right: the card to the top of the next or previous stage. Returns that column, or null. */
    public BoardColumn moveBy(UUID cardId, int stages) {
        BoardColumn source = board.columnOf(cardId);
        int at = board.columns().indexOf(source);
        int to = at + stages;
        if (source == null || to < 0 || to >= board.columns().size()) {
            return null;
        }
        BoardColumn target = board.columns().get(to);
        drop(cardId, target, 0);
        return target;
    }

    public void markWon(UUID cardId) {
        PipelineStage won = board.closingStage(org.fieldbook.domain.StageKind.WON);
        close(cardId, won, filled -> service.markWon(cardId, filled, board.me()), "board.undo.won",
                "board.status.won");
    }

    /** Asks why the deal was lost, then closes it; the reason given goes to the top of the user's list. */
    public void markLost(UUID cardId) {
        BoardColumn source = board.columnOf(cardId);
        if (source == null) {
            return;
        }
        BoardCard card = source.cards().get(source.indexOf(cardId));
        List<String> defaults = DEFAULT_LOST_REASONS.stream().map(messages::get).toList();
        runner.run(() -> service.lostReasons(defaults), offered -> {
            List<String> reasons = new ArrayList<>(offered);
            questions.lostReason(card, List.copyOf(reasons), edited -> {
                reasons.clear();
                reasons.addAll(edited);
                List<String> remaining = List.copyOf(edited);
                runner.run(() -> {
                    service.saveLostReasons(remaining);
                    return null;
                }, saved -> { }, this::failed);
            }, reason -> markLost(cardId, reason, reasons), () -> { });
        }, this::failed);
    }

    private void markLost(UUID cardId, String reason, List<String> reasons) {
        List<String> kept = new ArrayList<>();
        kept.add(reason.strip());
        kept.addAll(reasons);
        PipelineStage lost = board.closingStage(org.fieldbook.domain.StageKind.LOST);
        close(cardId, lost, filled -> {
            BoardService.Move move = service.markLost(cardId, reason, filled, board.me());
            try {
                service.saveLostReasons(kept);
            } catch (RuntimeException notRemembered) {
                // the deal is closed; only the list of reasons is not updated, which must not undo the move
                LoggerFactory.getLogger(BoardMoves.class).warn("the lost reasons were not saved", notRemembered);
            }
            return move;
        }, "board.undo.lost", "board.status.lost");
    }

    private void close(UUID cardId, PipelineStage stage, Function<FilledIn, BoardService.Move> work,
                       String undoKey, String statusKey) {
        BoardColumn source = board.columnOf(cardId);
        if (source == null || stage == null) {
            return;
        }
        int from = source.indexOf(cardId);
        BoardCard card = source.cards().get(from);
        Runnable show = () -> {
            source.remove(cardId);
            board.recount();
        };
        Runnable putBack = () -> {
            source.insert(card, from);
            board.recount();
        };
        persist(card, stage, work, show, putBack, move -> {
            remember(move, messages.get(undoKey, card.opportunity().title()));
            announcer.announce(messages.get(statusKey, card.opportunity().title()));
        });
    }

    /** Asks first; a deleted deal goes to the trash, and Ctrl+Z brings it back. */
    public void delete(UUID cardId) {
        BoardColumn source = board.columnOf(cardId);
        if (source == null) {
            return;
        }
        int from = source.indexOf(cardId);
        BoardCard card = source.cards().get(from);
        questions.confirmDelete(card, () -> {
            source.remove(cardId);
            board.recount();
            runner.run(() -> {
                service.delete(cardId);
                return null;
            }, done -> {
                String title = card.opportunity().title();
                undo.push(UndoableChange.of(messages.get("undo.deleteOpportunity", title),
                        () -> service.restore(cardId)));
                changed();
                announcer.announce(messages.get("status.deletedOpportunity", title));
            }, failure -> {
                source.insert(card, from);
                board.recount();
                failed(failure);
            });
        }, () -> { });
    }

    /**
     * Stores a move and shows it ({@code show}), asking for the fields the stage requires; on cancel or failure
     * the card goes back. The store is asked first: showing the move updates every card cell it shifts, about
     * a millisecond of the FX thread that the database thread can use meanwhile. What the store answers is
     * handled once the move is shown, also when the runner answers before it returns (tests run inline).
     */
    private void persist(BoardCard card, PipelineStage stage, Function<FilledIn, BoardService.Move> work,
                         Runnable show, Runnable putBack, Consumer<BoardService.Move> stored) {
        AfterShown afterShown = new AfterShown(false);
        attempt(card, stage, work, putBack, stored, FilledIn.NOTHING, afterShown);
        try {
            show.run();
        } finally {
            afterShown.shown(); // the write is on its way: its outcome (undo, or the card put back) must follow
        }
    }

    private void attempt(BoardCard card, PipelineStage stage, Function<FilledIn, BoardService.Move> work,
                         Runnable putBack, Consumer<BoardService.Move> stored, FilledIn filledIn,
                         AfterShown afterShown) {
        runner.run(() -> work.apply(filledIn), move -> afterShown.run(() -> {
            problem.set("");
            stored.accept(move);
            changed();
        }), failure -> afterShown.run(() -> {
            if (failure instanceof ApprovalRequired approval && approval.need().pending().isEmpty()
                    && questions != null) {
                putBack.run();
                questions.approvalNeeded(card, stage, approval.need(), note -> requestApproval(card, stage, note),
                        () -> failed(failure));
            } else if (failure instanceof MissingRequiredFields missing && questions != null) {
                UUID account = card.opportunity().accountId();
                runner.run(() -> missing.fields().contains(RequiredField.DECISION_MAKER)
                        ? service.contactsOf(account).stream().map(c -> new Choice(c.id(), c.name())).toList()
                        : List.<Choice>of(), contacts -> questions.requiredFields(card, stage, missing.fields(),
                                contacts, filled -> attempt(card, stage, work, putBack, stored, filled,
                                        AfterShown.ALREADY), putBack),
                        problem -> {
                            putBack.run();
                            failed(problem);
                        });
            } else {
                putBack.run();
                failed(failure);
            }
        }));
    }

    /** Holds back what the store answered until the move it answers is on the board. */
    private static final class AfterShown {
        /** For a move already on the board: asked again with the fields the user filled in. */
        static final AfterShown ALREADY = new AfterShown(true);

        private boolean shown;
        private Runnable waiting;

        AfterShown(boolean shown) {
            this.shown = shown;
        }

        void run(Runnable outcome) {
            if (shown) {
                outcome.run();
            } else {
                waiting = outcome;
            }
        }

        void shown() {
            shown = true;
            if (waiting != null) {
                Runnable outcome = waiting;
                waiting = null;
                outcome.run();
            }
        }
    }

    /** Asks a manager to approve the move the rule held back; the card stays where it was meanwhile. */
    private void requestApproval(BoardCard card, PipelineStage stage, String note) {
        String title = card.opportunity().title();
        String stageName = messages.dataName(stage.name());
        runner.run(() -> service.requestApproval(card.id(), stage.id(), note), request -> {
            problem.set(messages.get("board.approval.requested", title, stageName));
            announcer.announce(messages.get("board.approval.requested", title, stageName));
            changed();
        }, this::failed);
    }

    private void remember(BoardService.Move move, String description) {
        undo.push(UndoableChange.of(description, () -> service.undo(move)));
    }

    /** Other screens read again; the board itself already shows the change. */
    private void changed() {
        revision.changed();
        board.markRead();
    }

    private void failed(Throwable failure) {
        LoggerFactory.getLogger(BoardMoves.class).warn("a board move was not stored", failure);
        String why = failure instanceof RuleViolation violation && !violation.violations().isEmpty()
                && messages.find(violation.violations().get(0).messageKey()) != null
                ? messages.get(violation.violations().get(0).messageKey())
                : ErrorReporter.sentence(failure, messages);
        problem.set(messages.get("board.move.failed", why));
    }

    private void recount(BoardColumn source, BoardColumn target) {
        board.recount(source);
        if (target != source) {
            board.recount(target);
        }
    }

    /** The card at {@code index} of {@code target}'s list once the card at {@code from} of {@code source} is out. */
    private static BoardCard landingCard(BoardColumn source, BoardColumn target, int from, int index) {
        return target.cards().get(source == target && index >= from ? index + 1 : index);
    }

    private static Double positionOf(BoardCard card) {
        return card == null ? null : card.opportunity().position();
    }

    /** Why the last move could not be stored, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void dismissProblem() {
        problem.set("");
    }
}
