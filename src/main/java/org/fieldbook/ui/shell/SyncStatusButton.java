package org.fieldbook.ui.shell;

import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** The status bar's sync button: the state's icon and line, coloured by state; a click opens the Sync screen. */
final class SyncStatusButton {
    private static final PseudoClass CONFLICTS = PseudoClass.getPseudoClass("conflicts");

    private SyncStatusButton() {
    }

    static void bind(Button button, SyncIndicator sync, Messages messages) {
        button.setId("syncStatusButton");
        button.textProperty().bind(sync.lineProperty());
        button.setTooltip(new Tooltip(messages.get("sync.status.tooltip")));
        button.setAccessibleHelp(messages.get("sync.status.tooltip"));
        show(button, sync.stateProperty().get(), sync.hasConflictsProperty().get());
        sync.stateProperty().addListener((obs, old, state) -> show(button, state, sync.hasConflictsProperty().get()));
        sync.hasConflictsProperty().addListener((obs, old, any) -> show(button, sync.stateProperty().get(), any));
        // "offline — retrying in N s" counts down; the timeline runs only while there is something to count
        Timeline countdown = new Timeline(new KeyFrame(Duration.seconds(1), tick -> sync.tick()));
        countdown.setCycleCount(Animation.INDEFINITE);
        sync.countingDownProperty().addListener((obs, was, counting) -> {
            if (counting) {
                countdown.play();
            } else {
                countdown.stop();
            }
        });
    }

    private static void show(Button button, SyncStatus.State state, boolean conflicts) {
        FontIcon icon = new FontIcon(conflicts ? "mdmz-sync_problem" : icon(state));
        button.setGraphic(icon);
        for (SyncStatus.State each : SyncStatus.State.values()) {
            button.pseudoClassStateChanged(pseudoClass(each), each == state);
        }
        button.pseudoClassStateChanged(CONFLICTS, conflicts);
    }

    private static String icon(SyncStatus.State state) {
        return switch (state) {
            case NOT_SET_UP -> "mdoal-cloud_queue";
            case OFFLINE -> "mdoal-cloud_off";
            case SYNCING -> "mdmz-sync_alt";
            case SYNCED -> "mdoal-cloud_done";
            case NEEDS_PASSPHRASE, NEEDS_PASSWORD -> "mdmz-vpn_key";
            case FAILED -> "mdmz-sync_problem";
        };
    }

    /** E.g. {@code :needs-passphrase} for NEEDS_PASSPHRASE. */
    static PseudoClass pseudoClass(SyncStatus.State state) {
        return PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
