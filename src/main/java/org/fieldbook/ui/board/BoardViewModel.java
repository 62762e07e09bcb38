package org.fieldbook.ui.board;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.service.BoardService;
import org.fieldbook.service.PipelineService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * The pipeline board: the chosen pipeline's open stages as columns of cards, the filter and the column
 * headers' figures. Moves are {@link BoardMoves}; this class reads, filters and counts.
 */
public final class BoardViewModel {
    private final BoardService board;
    private final PipelineService pipelines;
    private final ProfileService profiles;
    private final BoardPreferences preferences;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Formats formats;
    private final DataRevision revision;
    private final Clock clock;
    private final BoardMoves moves;

    private final ObservableList<Pipeline> pipelineChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Pipeline> pipeline = new SimpleObjectProperty<>();
    private final ObservableList<BoardColumn> columns = FXCollections.observableArrayList();
    private final BooleanProperty mine = new SimpleBooleanProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> closeFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> closeTo = new SimpleObjectProperty<>();
    private final StringProperty minAmount = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper minAmountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Map<UUID, PipelineStage> stagesById = new HashMap<>();
    private BoardFilter filter = BoardFilter.NONE;
    private UUID me;
    private String currency;
    private long readAt = -1;
    private boolean filling;

    public BoardViewModel(BoardService board, PipelineService pipelines, ProfileService profiles,
                          BoardPreferences preferences, BackgroundRunner runner, ErrorReporter errors,
                          Messages messages, Formats formats, org.fieldbook.ui.common.UndoStack undo,
                          DataRevision revision, org.fieldbook.ui.common.Announcer announcer, Clock clock) {
        this.board = board;
        this.pipelines = pipelines;
        this.profiles = profiles;
        this.preferences = preferences;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.revision = revision;
        this.clock = clock;
        this.moves = new BoardMoves(this, board, runner, messages, undo, revision, announcer, clock);
        pipeline.addListener((obs, old, chosen) -> {
            if (!filling && chosen != null) {
                preferences.pipeline(chosen.id());
                read(chosen.id());
            }
        });
        for (var property : List.of(mine, text, closeFrom, closeTo, minAmount)) {
            property.addListener((obs, old, value) -> filterChanged());
        }
    }

    /** Reads the board when it was never read or something changed since (a save elsewhere, an undo). */
    public void shown() {
        if (readAt != revision.current()) {
            reload();
        }
    }

    public void reload() {
        read(pipeline.get() == null ? preferences.pipeline().orElse(null) : pipeline.get().id());
    }

    private record Snapshot(Map<Pipeline, List<PipelineStage>> pipelines, Pipeline chosen, List<BoardCard> cards,
                            Optional<ProfileService.Profile> profile, long revision) {
    }

    private void read(UUID wanted) {
        long startedAt = revision.current();
        runner.run(() -> {
            Map<Pipeline, List<PipelineStage>> all = pipelines.pipelinesWithStages();
            Pipeline chosen = all.keySet().stream().filter(p -> p.id().equals(wanted)).findFirst()
                    .orElse(all.isEmpty() ? null : all.keySet().iterator().next());
            List<BoardCard> cards = chosen == null ? List.of() : board.cards(chosen.id());
            return new Snapshot(all, chosen, cards, profiles.profile(), startedAt);
        }, this::fill, errors::report);
    }

    private void fill(Snapshot snapshot) {
        filling = true;
        try {
            me = snapshot.profile().map(p -> p.me().id()).orElse(null);
            currency = snapshot.profile().map(ProfileService.Profile::defaultCurrency).orElse(null);
            pipelineChoices.setAll(snapshot.pipelines().keySet());
            pipeline.set(snapshot.chosen());
            stagesById.clear();
            List<BoardColumn> built = new ArrayList<>();
            Map<UUID, List<BoardCard>> byStage = new HashMap<>();
            for (BoardCard card : snapshot.cards()) {
                byStage.computeIfAbsent(card.stageId(), id -> new ArrayList<>()).add(card);
            }
            if (snapshot.chosen() != null) {
                BoardFilter stored = preferences.filterOf(snapshot.chosen().id());
                showFilter(stored);
                filter = stored;
                for (PipelineStage stage : snapshot.pipelines().get(snapshot.chosen())) {
                    stagesById.put(stage.id(), stage);
                    if (stage.isOpen()) {
                        BoardColumn column = new BoardColumn(stage, messages.get("board.column.title",
                                messages.dataName(stage.name()), stage.probability()), currency);
                        column.fill(byStage.getOrDefault(stage.id(), List.of()), this::shows);
                        built.add(column);
                    }
                }
            }
            columns.setAll(built);
            recount();
            readAt = snapshot.revision();
            loaded.set(true);
        } finally {
            filling = false;
        }
    }

    private void showFilter(BoardFilter stored) {
        mine.set(stored.mine());
        text.set(stored.text());
        closeFrom.set(stored.closeFrom());
        closeTo.set(stored.closeTo());
        minAmount.set(stored.minAmount() == null ? "" : formats.amount(stored.minAmount()));
        minAmountError.set("");
    }

    private void filterChanged() {
        BigDecimal least = null;
        String amountText = minAmount.get() == null ? "" : minAmount.get().strip();
        if (!amountText.isEmpty()) {
            Optional<BigDecimal> parsed = formats.parseAmount(amountText);
            least = parsed.orElse(null);
            minAmountError.set(parsed.isEmpty() ? messages.get("validation.amount.invalid") : "");
        } else {
            minAmountError.set("");
        }
        if (filling) {
            return;
        }
        filter = new BoardFilter(mine.get(), text.get(), closeFrom.get(), closeTo.get(), least);
        if (pipeline.get() != null) {
            preferences.filter(pipeline.get().id(), filter);
        }
        columns.forEach(column -> column.refilter(this::shows));
        recount();
    }

    boolean shows(BoardCard card) {
        return filter.matches(card, me);
    }

    public void clearFilter() {
        showFilter(BoardFilter.NONE);
    }

    /** Recomputes every header and the status-bar summary. */
    void recount() {
        int shown = 0;
        int total = 0;
        for (BoardColumn column : columns) {
            recount(column);
            shown += column.cards().size();
            total += column.size();
        }
        summary.set(filter.isEmpty() ? messages.get("board.summary", total)
                : messages.get("board.summaryFiltered", shown, total));
    }

    /**
     * One column's header: the cards shown, their total and their weighted total (amount × the stage's
     * probability) in the user's currency. Deals in other currencies are counted, not added: there are no
     * exchange rates to add them with.
     */
    void recount(BoardColumn column) {
        String reporting = column.reportingCurrency();
        BigDecimal sum = column.shownTotal();
        int others = column.shownInOtherCurrencies();
        String totalText = reporting == null ? "" : formats.money(new Money(sum, reporting));
        String countText = others == 0 ? messages.get("board.column.count", column.cards().size())
                : messages.get("board.column.countWithOthers", column.cards().size(), others, reporting);
        BigDecimal weightedSum = sum.multiply(BigDecimal.valueOf(column.stage().probability()))
                .movePointLeft(2);
        column.header(countText, totalText, reporting == null ? "" : messages.get("board.column.weighted",
                formats.money(new Money(weightedSum, reporting))));
    }

    /** The column a card is shown in, or null. */
    BoardColumn columnOf(UUID cardId) {
        for (BoardColumn column : columns) {
            if (column.indexOf(cardId) >= 0) {
                return column;
            }
        }
        return null;
    }

    /** The pipeline's won or lost stage, or null when it has none. */
    PipelineStage closingStage(org.fieldbook.domain.StageKind kind) {
        return stagesById.values().stream().filter(stage -> stage.kind() == kind)
                .min(java.util.Comparator.comparingInt(PipelineStage::position)).orElse(null);
    }

    void markRead() {
        readAt = revision.current();
    }

    UUID me() {
        return me;
    }

    public BoardMoves moves() {
        return moves;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long daysInStage(BoardCard card) {
        return card.daysInStage(today(), clock.getZone());
    }

    public boolean isRotting(BoardCard card) {
        PipelineStage stage = stagesById.get(card.stageId());
        return stage != null && stage.isRotting(card.lastTouched(clock.getZone()), today());
    }

    /** At Proposal or beyond without a decision maker: the card and the deal's roles say so. */
    public boolean lacksDecisionMaker(BoardCard card) {
        PipelineStage stage = stagesById.get(card.stageId());
        return stage != null && org.fieldbook.domain.BuyingRoleRule.lacksDecisionMaker(stage,
                List.copyOf(stagesById.values()), card.hasDecisionMaker());
    }

    public boolean isOverdue(BoardCard card) {
        return card.isOverdue(today());
    }

    /** True when a card cell would show {@code a} and {@code b} alike (text, marks and flags). */
    boolean looksTheSame(BoardCard a, BoardCard b) {
        return a.id().equals(b.id()) && a.stageId().equals(b.stageId()) && describe(a).equals(describe(b))
                && a.ownerInitials().equals(b.ownerInitials()) && lacksDecisionMaker(a) == lacksDecisionMaker(b);
    }

    /** What a screen reader says for a card. */
    public String describe(BoardCard card) {
        var deal = card.opportunity();
        String text = messages.get("board.card.accessible", deal.title(), card.accountName(),
                formats.money(deal.amount()), deal.expectedClose() == null ? "" : formats.date(deal.expectedClose()),
                card.ownerName() == null ? "" : card.ownerName(), daysInStage(card));
        if (isOverdue(card)) {
            text += " " + messages.get("board.card.overdue");
        }
        if (isRotting(card)) {
            text += " " + messages.get("board.card.rotting");
        }
        return text;
    }

    public ObservableList<Pipeline> pipelineChoices() {
        return pipelineChoices;
    }

    public ObjectProperty<Pipeline> pipelineProperty() {
        return pipeline;
    }

    public ObservableList<BoardColumn> columns() {
        return columns;
    }

    public BooleanProperty mineProperty() {
        return mine;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> closeFromProperty() {
        return closeFrom;
    }

    public ObjectProperty<LocalDate> closeToProperty() {
        return closeTo;
    }

    public StringProperty minAmountProperty() {
        return minAmount;
    }

    /** Why the minimum amount typed is not one, or empty. */
    public ReadOnlyStringProperty minAmountErrorProperty() {
        return minAmountError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    Messages messages() {
        return messages;
    }
}
