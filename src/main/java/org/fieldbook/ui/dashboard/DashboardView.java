package org.fieldbook.ui.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fieldbook.analytics.DashboardFigures;
import org.fieldbook.analytics.Drill;
import org.fieldbook.analytics.FilterChoices;
import org.fieldbook.report.MeetingPack;
import org.fieldbook.report.MeetingPacks;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.OpportunityEditor;
import org.fieldbook.ui.common.Pickers;
import org.fieldbook.ui.common.SectionView;

/**
 * The dashboard: the filter bar, the KPI tiles with their change against the period before, and the charts.
 * Every figure that stands for deals opens their list when clicked; hovering shows the exact value.
 */
public final class DashboardView implements SectionView {
    private final DashboardViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final OpportunityEditor editor;
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper noSelection = new ReadOnlyBooleanWrapper(false);
    private DashboardTiles tileViews;
    private DashboardCharts chartViews;

    @FXML private ScrollPane root;
    @FXML private VBox page;
    @FXML private ComboBox<PeriodPreset> presetField;
    @FXML private DatePicker fromField;
    @FXML private DatePicker toField;
    @FXML private ComboBox<FilterChoices.Choice> pipelineField;
    @FXML private ComboBox<FilterChoices.Choice> ownerField;
    @FXML private ComboBox<String> channelField;
    @FXML private Button ratesButton;
    @FXML private Button packButton;
    @FXML private ProgressIndicator computingIndicator;
    @FXML private Label periodErrorLabel;
    @FXML private HBox ratesBar;
    @FXML private Label missingRatesLabel;
    @FXML private Button setRatesButton;
    @FXML private FlowPane tiles;
    @FXML private GridPane charts;
    @FXML private GridPane sales;
    private DashboardSales salesViews;

    public DashboardView(DashboardViewModel model, Messages messages, Formats formats, OpportunityEditor editor) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        presetField.getItems().setAll(PeriodPreset.values());
        Pickers.show(presetField, preset -> messages.get(preset.key()), "");
        presetField.valueProperty().bindBidirectional(model.presetProperty());
        fromField.valueProperty().bindBidirectional(model.fromProperty());
        toField.valueProperty().bindBidirectional(model.toProperty());
        pipelineField.setItems(model.pipelines());
        Pickers.show(pipelineField, choice -> messages.dataName(choice.name()), messages.get("dashboard.pipeline.all"));
        pipelineField.valueProperty().bindBidirectional(model.pipelineProperty());
        pipelineField.setPromptText(messages.get("dashboard.pipeline.all"));
        ownerField.setPromptText(messages.get("dashboard.owner.all"));
        channelField.setPromptText(messages.get("dashboard.channel.all"));
        ownerField.setItems(model.owners());
        Pickers.show(ownerField, FilterChoices.Choice::name, messages.get("dashboard.owner.all"));
        ownerField.valueProperty().bindBidirectional(model.ownerProperty());
        channelField.setItems(model.channels());
        Pickers.show(channelField, this::channelName, messages.get("dashboard.channel.all"));
        channelField.valueProperty().bindBidirectional(model.channelProperty());
        computingIndicator.visibleProperty().bind(model.computingProperty());
        computingIndicator.managedProperty().bind(computingIndicator.visibleProperty());
        periodErrorLabel.textProperty().bind(model.periodErrorProperty());
        periodErrorLabel.visibleProperty().bind(model.periodErrorProperty().isNotEmpty());
        periodErrorLabel.managedProperty().bind(periodErrorLabel.visibleProperty());
        missingRatesLabel.textProperty().bind(model.missingRatesProperty());
        ratesBar.visibleProperty().bind(model.missingRatesProperty().isNotEmpty());
        ratesBar.managedProperty().bind(ratesBar.visibleProperty());
        ratesButton.setOnAction(event -> openRates());
        setRatesButton.setOnAction(event -> openRates());

        tileViews = new DashboardTiles(tiles, messages, formats, this::drill);
        tiles.getChildren().add(approvalsTile());
        chartViews = new DashboardCharts(charts, messages, formats, this::drill);
        salesViews = new DashboardSales(sales, messages, formats);
        ChartMenu menu = new ChartMenu(messages, model::reportFailure, model::meetingPack);
        List<Node> cards = List.copyOf(charts.getChildren());
        for (int i = 0; i < cards.size(); i++) {
            menu.attach((VBox) cards.get(i), MeetingPacks.CHART_NAMES.get(i));
        }
        packButton.setOnAction(event -> openPack());
        packButton.disableProperty().bind(model.figuresProperty().isNull());
        model.figuresProperty().addListener((obs, old, figures) -> show(figures));
        if (model.figuresProperty().get() != null) {
            show(model.figuresProperty().get());
        }
    }

    /** The approvals of the period: requests, what became of them, the median hours to a decision. */
    private Node approvalsTile() {
        javafx.scene.control.Label title = new javafx.scene.control.Label(messages.get("dashboard.approvals.title"));
        title.getStyleClass().add("tile-title");
        javafx.scene.control.Label value = new javafx.scene.control.Label("–");
        value.getStyleClass().add("tile-value");
        javafx.scene.control.Label line = new javafx.scene.control.Label();
        line.getStyleClass().add("tile-detail");
        line.setWrapText(true);
        javafx.scene.control.Label median = new javafx.scene.control.Label();
        median.getStyleClass().add("tile-detail");
        VBox tile = new VBox(title, value, line, median);
        tile.setId("approvalsTile");
        tile.getStyleClass().add("kpi-tile");
        model.approvalsProperty().addListener((obs, old, kpi) -> {
            if (kpi == null) {
                return;
            }
            value.setText(formats.integer(kpi.requests()));
            line.setText(messages.get("dashboard.approvals.line", kpi.requests(), kpi.approved(), kpi.rejected(),
                    kpi.pending()));
            median.setText(kpi.medianHoursToDecision() == null ? messages.get("dashboard.approvals.noMedian")
                    : messages.get("dashboard.approvals.median", formats.amount(java.math.BigDecimal.valueOf(
                            kpi.medianHoursToDecision()).setScale(1, java.math.RoundingMode.HALF_UP))));
        });
        return tile;
    }

    String channelName(String stored) {
        if (stored == null) {
            return messages.get("dashboard.channel.none");
        }
        String known = messages.find("enum.SourceChannel." + stored);
        return known != null ? known : stored;
    }

    /** Updates the tiles and charts in place: the old figures stay until the new ones replace them. */
    private void show(DashboardFigures figures) {
        if (figures == null) {
            return;
        }
        tileViews.show(figures);
        salesViews.show(figures.kpis());
        chartViews.show(figures.kpis(), model.pipelineProperty().get() == null ? null
                : model.pipelineProperty().get().id(), this::channelName);
    }

    private void drill(String title, Drill drill) {
        model.drill(drill, rows -> new DrillDownDialog(messages, formats, editor, model::shown)
                .show(window(), title, rows));
    }

    private void openPack() {
        MeetingPack pack = model.meetingPack();
        if (pack != null) {
            new MeetingPackDialog(messages).show(window(), pack, Path.of(System.getProperty("user.home")),
                    model.newPackExport());
        }
    }

    private void openRates() {
        model.readRates(form -> new RatesDialog(messages, formats).show(window(), form)
                .ifPresent(result -> model.saveRates(result.reporting(), result.rates())));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The whole dashboard, also the part scrolled out of sight: what the screenshots show. */
    public VBox page() {
        return page;
    }

    @Override
    public Parent root() {
        return root;
    }

    /** The dashboard has no rows to search. */
    @Override
    public StringProperty filterProperty() {
        return search;
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return model.summaryProperty();
    }

    @Override
    public ReadOnlyBooleanProperty loadedProperty() {
        return model.loadedProperty();
    }

    @Override
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return noSelection.getReadOnlyProperty();
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void newRecord() {
        editor.create(window(), model::shown);
    }

    @Override
    public void editSelected() {
    }

    @Override
    public void deleteSelected() {
    }

    @Override
    public void reveal(UUID id) {
    }

    @Override
    public void focusTable() {
        presetField.requestFocus();
    }
}
