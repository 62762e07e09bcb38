package org.fieldbook.ui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import atlantafx.base.controls.CustomTextField;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Section;
import org.fieldbook.ui.common.SectionView;
import org.fieldbook.ui.common.Theme;
import org.fieldbook.ui.common.UndoStack;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: menus, toolbar with the search, the sidebar of screens, the current screen and the status
 * bar. Screens are loaded the first time they are shown, so start-up reads only the first one.
 */
public final class MainWindow {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCode[] SCREEN_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final MainWindowViewModel model;
    private final Map<Section, Supplier<SectionView>> sectionFactories;
    private final Map<Section, SectionView> loadedSections = new EnumMap<>(Section.class);
    private final UndoStack undo;
    private final Messages messages;
    private final Path dataFolder;
    private final String version;
    private final Runnable quit;
    private final SyncIndicator sync;
    private final ReadOnlyBooleanWrapper firstScreenLoaded = new ReadOnlyBooleanWrapper();
    private final ToggleGroup sidebarGroup = new ToggleGroup();
    private final ToggleGroup viewGroup = new ToggleGroup();
    private final Map<Section, ToggleButton> sidebarButtons = new EnumMap<>(Section.class);
    private final Map<Section, RadioMenuItem> viewItems = new EnumMap<>(Section.class);
    private final PauseTransition announcementTimeout = new PauseTransition(Duration.seconds(8));
    private SectionView current;
    private final Map<Section, javafx.beans.value.ObservableValue<Integer>> badges = new EnumMap<>(Section.class);
    private final Map<MenuDialog, java.util.function.BiConsumer<Window, Runnable>> menuDialogs =
            new EnumMap<>(MenuDialog.class);
    private java.util.function.Consumer<Window> globalSearch = owner -> { };
    private Supplier<java.util.List<String[]>> bundledLibraries = java.util.List::of;

    @FXML private BorderPane root;
    @FXML private MenuItem demoDataItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem editItem;
    @FXML private MenuItem deleteItem;
    @FXML private Menu viewMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    @FXML private CustomTextField searchField;
    @FXML private ToggleButton themeToggle;
    @FXML private VBox sidebar;
    @FXML private StackPane content;
    @FXML private Label summaryLabel;
    @FXML private Label announcementLabel;
    @FXML private ProgressBar demoProgress;
    @FXML private Button cancelDemoButton;
    @FXML private Label folderLabel;
    @FXML private Button syncStatusButton;

    public MainWindow(MainWindowViewModel model, Map<Section, Supplier<SectionView>> sectionFactories,
                      UndoStack undo, Messages messages, Path dataFolder, String version, Runnable quit,
                      SyncIndicator sync) {
        this.model = model;
        this.sectionFactories = sectionFactories;
        this.undo = undo;
        this.messages = messages;
        this.dataFolder = dataFolder;
        this.version = version;
        this.quit = quit;
        this.sync = sync;
    }

    @FXML
    private void initialize() {
        buildNavigation();
        buildSearch();
        buildTheme();
        buildStatusBar();
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> undo.nextUndoProperty().get().isEmpty()
                ? messages.get("menu.edit.undo") : undo.nextUndoProperty().get(), undo.nextUndoProperty()));
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        undoButton.disableProperty().bind(undo.canUndoProperty().not());
        undoButton.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(undoItem.getText()),
                undoItem.textProperty()));
        demoDataItem.disableProperty().bind(model.loadingDemoProperty());
        model.loadingDemoProperty().addListener((obs, was, loading) -> {
            if (!loading) {
                refreshCurrent();
            }
        });
        model.revealProperty().addListener((obs, old, request) -> {
            if (request != null) {
                SectionView view = show(request.section());
                if (request.open()) {
                    view.openRecord(request.id());
                } else {
                    view.reveal(request.id());
                }
            }
        });
        model.sectionProperty().addListener((obs, old, section) -> show(section));
        select(model.sectionProperty().get());
        // Ctrl+N means "new" in whichever screen is shown, so it belongs to the scene, not to one menu item
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(NEW, this::newRecord);
            }
        });
    }

    private void buildNavigation() {
        int index = 0;
        viewMenu.getItems().add(0, new SeparatorMenuItem());
        for (Section section : Section.values()) {
            FontIcon icon = new FontIcon(section.icon());
            ToggleButton button = new ToggleButton(messages.get(section.titleKey()), icon);
            button.setId(section.name().toLowerCase(java.util.Locale.ROOT) + "Button");
            button.getStyleClass().add("sidebar-button");
            button.setToggleGroup(sidebarGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> {
                button.setSelected(true); // a second click keeps the screen, it does not unselect it
                model.show(section);
            });
            KeyCodeCombination key = new KeyCodeCombination(SCREEN_KEYS[index], KeyCombination.SHORTCUT_DOWN);
            button.setTooltip(new Tooltip(key.getDisplayText()));
            sidebar.getChildren().add(button);
            sidebarButtons.put(section, button);

            RadioMenuItem item = new RadioMenuItem(messages.get(section.titleKey()));
            item.setToggleGroup(viewGroup);
            item.setAccelerator(key);
            item.setOnAction(event -> model.show(section));
            viewMenu.getItems().add(index, item);
            viewItems.put(section, item);
            index++;
        }
        Map.copyOf(badges).forEach(this::badge);
    }

    private void buildSearch() {
        FontIcon searchIcon = new FontIcon("mdmz-search");
        searchField.setLeft(searchIcon);
        Button clear = new Button(null, new FontIcon("mdal-close"));
        clear.getStyleClass().addAll("button-icon", "flat", "search-clear");
        clear.setFocusTraversable(false);
        clear.setOnAction(event -> searchField.clear());
        clear.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        searchField.setRight(clear);
        searchField.textProperty().addListener((obs, old, text) -> {
            if (current != null) {
                current.filterProperty().set(text);
            }
        });
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                current.focusTable();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                current.focusTable();
            }
        });
    }

    private void buildTheme() {
        var dark = model.preferences().darkProperty();
        darkThemeItem.selectedProperty().bindBidirectional(dark);
        themeToggle.selectedProperty().bindBidirectional(dark);
        themeToggle.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(dark.get() ? "mdmz-wb_sunny" : "mdal-brightness_2"), dark));
        dark.addListener((obs, old, isDark) -> Theme.apply(isDark));
    }

    private void buildStatusBar() {
        folderLabel.setText(shortened(dataFolder, System.getProperty("user.home"), System.getProperty("os.name")));
        folderLabel.setTooltip(new Tooltip(messages.get("status.dataFolder", dataFolder)));
        announcementLabel.textProperty().bind(model.announcementProperty());
        model.announcementProperty().addListener((obs, old, text) -> announcementTimeout.playFromStart());
        announcementTimeout.setOnFinished(event -> {
            if (!model.loadingDemoProperty().get()) {
                model.announce("");
            }
        });
        demoProgress.progressProperty().bind(model.demoProgressProperty());
        for (var node : new javafx.scene.Node[] {demoProgress, cancelDemoButton}) {
            node.visibleProperty().bind(model.loadingDemoProperty());
            node.managedProperty().bind(model.loadingDemoProperty());
        }
        cancelDemoButton.disableProperty().bind(model.demoCancellable().not());
        SyncStatusButton.bind(syncStatusButton, sync, messages);
        sync.arrivalsProperty().addListener((obs, old, count) -> refreshCurrent());
    }

    /**
     * The data folder as the status bar shows it: under the home folder as {@code ~/...} (the tooltip has the
     * whole path), except on Windows, whose users do not write {@code ~}.
     */
    static String shortened(Path folder, String home, String osName) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (home == null || home.isBlank() || osName == null || osName.startsWith("Windows")) {
            return absolute.toString();
        }
        Path homeFolder = Path.of(home).toAbsolutePath().normalize();
        if (!absolute.startsWith(homeFolder) || absolute.equals(homeFolder)) {
            return absolute.toString();
        }
        return "~" + absolute.getFileSystem().getSeparator() + homeFolder.relativize(absolute);
    }

    /** Reads the rows of the screen the window opens on; until then it is built but empty. */
    public void showFirstScreen() {
        show(model.sectionProperty().get());
    }

    private SectionView show(Section section) {
        SectionView view = select(section);
        view.shown();
        return view;
    }

    /** Puts a screen in the window, building it the first time, without reading its rows. */
    private SectionView select(Section section) {
        SectionView view = loadedSections.computeIfAbsent(section, s -> sectionFactories.get(s).get());
        sidebarButtons.get(section).setSelected(true);
        viewItems.get(section).setSelected(true);
        boolean holdsRecords = section.newRecordKey() != null;
        String newText = messages.get(holdsRecords ? section.newRecordKey() : "action.new");
        newButton.setText(newText);
        newButton.setTooltip(new Tooltip(newText + "  " + NEW.getDisplayText()));
        newButton.setDisable(!holdsRecords);
        if (view != current) {
            current = view;
            content.getChildren().setAll(view.root());
            summaryLabel.textProperty().bind(view.summaryProperty());
            searchField.setText(view.filterProperty().get());
            for (var control : new javafx.scene.Node[] {editButton, deleteButton}) {
                control.disableProperty().bind(view.hasSelectionProperty().not());
            }
            editItem.disableProperty().bind(view.hasSelectionProperty().not());
            deleteItem.disableProperty().bind(view.hasSelectionProperty().not());
            if (!firstScreenLoaded.get()) {
                firstScreenLoaded.bind(view.loadedProperty());
            }
        }
        return view;
    }

    /** Reads the current screen's rows again after a change made outside it (an undo, demo data). */
    public void refreshCurrent() {
        if (current != null) {
            current.shown();
        }
    }

    /** True once the first screen shown holds its rows; the start-up measurement waits for it. */
    public ReadOnlyBooleanProperty firstScreenLoadedProperty() {
        return firstScreenLoaded.getReadOnlyProperty();
    }

    @FXML
    private void newRecord() {
        current.newRecord();
    }

    @FXML
    private void newAccount() {
        newIn(Section.ACCOUNTS);
    }

    @FXML
    private void newContact() {
        newIn(Section.CONTACTS);
    }

    @FXML
    private void newOpportunity() {
        newIn(Section.OPPORTUNITIES);
    }

    private void newIn(Section section) {
        model.show(section);
        show(section).newRecord();
    }

    @FXML
    private void editSelected() {
        current.editSelected();
    }

    @FXML
    private void deleteSelected() {
        current.deleteSelected();
    }

    @FXML
    private void undo() {
        undo.undo(description -> {
            model.announce(messages.get("status.undone", description));
            refreshCurrent();
        });
    }

    /**
     * How a File or Edit menu item opens its dialog over a window; {@code opener} gets the window and what to run
     * once the dialog has changed something (the screen reads its rows again).
     */
    public void onMenu(MenuDialog dialog, java.util.function.BiConsumer<Window, Runnable> opener) {
        menuDialogs.put(dialog, opener);
    }

    @FXML
    private void openMenuDialog(javafx.event.ActionEvent event) {
        Object named = ((javafx.scene.control.MenuItem) event.getSource()).getUserData();
        var opener = menuDialogs.get(MenuDialog.valueOf(String.valueOf(named)));
        if (opener != null) {
            opener.accept(window(), this::refreshCurrent);
        }
    }

    /** The libraries Help › About lists: name, version, licence. */
    public void onBundledLibraries(Supplier<java.util.List<String[]>> libraries) {
        this.bundledLibraries = libraries;
    }

    /** How Edit → Search everything (Ctrl+K) opens the search box over a window. */
    public void onGlobalSearch(java.util.function.Consumer<Window> search) {
        this.globalSearch = search;
    }

    /** Shows a count on a screen's sidebar button and menu item (requests waiting, say); none while it is 0. */
    public void badge(Section section, javafx.beans.value.ObservableValue<Integer> count) {
        badges.put(section, count);
        if (sidebarButtons.isEmpty()) {
            return; // the sidebar is built when the window's FXML is loaded
        }
        String title = messages.get(section.titleKey());
        var text = Bindings.createStringBinding(() -> count.getValue() == null || count.getValue() == 0 ? title
                : messages.get("sidebar.badge", title, count.getValue()), count);
        sidebarButtons.get(section).textProperty().bind(text);
        viewItems.get(section).textProperty().bind(text);
    }

    @FXML
    private void searchEverything() {
        globalSearch.accept(window());
    }

    @FXML
    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void loadDemoData() {
        model.loadDemoData();
    }

    @FXML
    private void cancelDemoData() {
        model.cancelDemoData();
    }

    @FXML
    private void syncNow() {
        sync.syncNow();
    }

    @FXML
    private void openSync() {
        sync.open();
    }

    @FXML
    private void quit() {
        quit.run();
    }

    @FXML
    private void showShortcuts() {
        HelpDialogs.shortcuts(window(), messages);
    }

    @FXML
    private void showAbout() {
        HelpDialogs.about(window(), messages, version, dataFolder, bundledLibraries.get());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }
}
