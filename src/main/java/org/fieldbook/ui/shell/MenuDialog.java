package org.fieldbook.ui.shell;

/**
 * The dialogs the File and Edit menus open over the window. Each menu item names its dialog in its FXML
 * {@code userData}; {@code app.UiWiring} says how each one opens ({@link MainWindow#onMenu}).
 */
public enum MenuDialog {
    IMPORT, UNDO_IMPORT, CUSTOM_FIELDS, PRODUCTS, COMPANY, ASSIGNMENT_RULES, APPROVAL_SETTINGS, SECURITY
}
