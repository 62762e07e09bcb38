package org.fieldbook.ui.search;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import atlantafx.base.controls.CustomTextField;
import org.fieldbook.service.search.SearchKind;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The global search (Ctrl+K): a borderless box over the top of the window, a command palette. Typing searches,
 * the arrows move between the records found, Enter or a click opens one, Esc or a click elsewhere closes it.
 */
public final class SearchPalette {
    private static final double WIDTH = 620;
    private static final double MAX_RESULTS_HEIGHT = 380;
    /** The heights of the cells the style sheet gives (.palette-header, .palette-hit) at the default font. */
    private static final double HEADER_HEIGHT = 27;
    private static final double HIT_HEIGHT = 39;

    private final SearchPaletteViewModel model;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final CustomTextField field = new CustomTextField();
    private final ListView<SearchPaletteViewModel.Row> results = new ListView<>();
    private final Label status = new Label();

    public SearchPalette(SearchPaletteViewModel model, Messages messages, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(messages.get("search.palette.title"));
        field.setId("globalSearchField");
        field.setPromptText(messages.get("search.palette.prompt"));
        field.setLeft(new FontIcon("mdmz-search"));
        field.getStyleClass().add("palette-field");
        field.textProperty().bindBidirectional(model.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);

        results.setId("globalSearchResults");
        results.getStyleClass().add("palette-results");
        results.setItems(model.rows());
        results.setCellFactory(list -> new RowCell());
        results.setFocusTraversable(false);
        // as tall as its rows, up to a limit: no empty band under three hits
        results.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.min(
                MAX_RESULTS_HEIGHT, model.rows().stream().mapToDouble(row -> row instanceof
                        SearchPaletteViewModel.Header ? HEADER_HEIGHT : HIT_HEIGHT).sum() + 6), model.rows()));
        results.managedProperty().bind(results.visibleProperty());
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.rows()));
        model.selectedProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                results.getSelectionModel().select(index.intValue());
                results.scrollTo(Math.max(0, index.intValue() - 3));
            } else {
                results.getSelectionModel().clearSelection();
            }
        });
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                model.select(results.getSelectionModel().getSelectedIndex());
                openSelected();
            }
        });

        status.setId("globalSearchStatus");
        status.getStyleClass().add("palette-status");
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.visibleProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        Label keys = new Label(messages.get("search.palette.keys"));
        keys.getStyleClass().add("palette-keys");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(status, gap, keys);
        footer.getStyleClass().add("palette-footer");

        VBox box = new VBox(field, results, footer);
        box.setId("globalSearch");
        box.getStyleClass().add("command-palette");
        box.setPrefWidth(WIDTH);
        Scene scene = new Scene(box);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        // a shown stage keeps its size: it grows to the results and shrinks back when they go
        results.prefHeightProperty().addListener((obs, was, height) -> stage.sizeToScene());
        results.visibleProperty().addListener((obs, was, visible) -> stage.sizeToScene());
        status.visibleProperty().addListener((obs, was, visible) -> stage.sizeToScene());
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && stage.isShowing()) {
                stage.hide();
            }
        });
    }

    /** Shows the box over the top of its window with the last query selected, so typing replaces it. */
    public void show() {
        Window owner = stage.getOwner();
        if (owner != null) {
            Rectangle2D area = new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            stage.setX(area.getMinX() + (area.getWidth() - WIDTH) / 2);
            stage.setY(area.getMinY() + Math.min(120, area.getHeight() / 8));
        }
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
        model.opened();
    }

    public void hide() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private void keyPressed(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> model.move(1);
            case UP -> model.move(-1);
            case ENTER -> openSelected();
            case ESCAPE -> stage.hide();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void openSelected() {
        stage.hide(); // first: the editor the record opens in is a dialog over the main window
        if (!model.openSelected()) {
            stage.show();
            field.requestFocus();
        }
    }

    /** A kind's header, or a record with its icon, name and the line that places it. */
    private final class RowCell extends ListCell<SearchPaletteViewModel.Row> {
        @Override
        protected void updateItem(SearchPaletteViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("palette-header", "palette-hit");
            setText(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            if (row instanceof SearchPaletteViewModel.Header header) {
                getStyleClass().add("palette-header");
                setText(header.text());
                setMouseTransparent(true);
                return;
            }
            setMouseTransparent(false);
            var hit = ((SearchPaletteViewModel.Hit) row).hit();
            getStyleClass().add("palette-hit");
            Label title = new Label(hit.title());
            title.getStyleClass().add("palette-title");
            Label detail = new Label(hit.detail());
            detail.getStyleClass().add("palette-detail");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(new FontIcon(icon(hit.kind())), title, gap, detail);
            line.getStyleClass().add("palette-line");
            setGraphic(line);
        }
    }

    private static String icon(SearchKind kind) {
        return SearchPaletteViewModel.sectionOf(kind).icon();
    }
}
