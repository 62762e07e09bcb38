package org.fieldbook.ui.leads;

import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fieldbook.domain.CustomChannel;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;

/** "Source channels…": the built-in channels, and the team's own ones to add and take off. */
final class ChannelsDialog {
    private final ChannelsViewModel model;
    private final Messages messages;

    ChannelsDialog(ChannelsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Dialog<ButtonType> show(Window owner, Runnable closed) {
        Label builtIn = new Label(messages.get("channels.builtIn", Arrays.stream(SourceChannel.values())
                .map(messages::name).collect(Collectors.joining(", "))));
        builtIn.setWrapText(true);
        builtIn.getStyleClass().add("text-muted");
        builtIn.setMaxWidth(420);

        ListView<CustomChannel> list = new ListView<>(model.own());
        list.setId("ownChannelsList");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(messages.get("channels.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CustomChannel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });

        TextField name = new TextField();
        name.setId("newChannelField");
        name.setPromptText(messages.get("channels.prompt"));
        name.textProperty().bindBidirectional(model.newNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(messages.get("channels.add"));
        add.setId("addChannelButton");
        add.setDefaultButton(true);
        add.setOnAction(event -> model.add());
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button remove = new Button(messages.get("channels.remove"));
        remove.setId("removeChannelButton");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(list.getSelectionModel().getSelectedItem()));

        VBox content = new VBox(8, builtIn, new Label(messages.get("channels.own")), list,
                new HBox(6, name, add), problem, new Label(messages.get("channels.removeNote")), remove);
        content.setPrefWidth(440);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("channels.title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("channelsDialog");
        Theme.style(dialog.getDialogPane());
        dialog.setOnHidden(event -> closed.run());
        model.load();
        dialog.show();
        return dialog;
    }
}
