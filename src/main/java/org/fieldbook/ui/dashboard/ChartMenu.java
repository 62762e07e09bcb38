package org.fieldbook.ui.dashboard;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.fieldbook.report.AtomicFile;
import org.fieldbook.report.MeetingPack;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Each chart card's menu (a small button by its title, and the card's context menu): save as PNG at 1×, 2× or
 * 3× on white or transparent, copy the image, print it fitted to the page. The image is the card as on screen
 * with a caption under it: period, filters, as-of date and currency.
 */
final class ChartMenu {
    private final Messages messages;
    private final ErrorReporter errors;
    private final Supplier<MeetingPack> pack;
    private final CheckMenuItem transparent;

    ChartMenu(Messages messages, ErrorReporter errors, Supplier<MeetingPack> pack) {
        this.messages = messages;
        this.errors = errors;
        this.pack = pack;
        this.transparent = new CheckMenuItem(messages.get("export.png.transparent"));
    }

    /** Puts the menu on a card: its first child, the title, gets the button beside it. */
    void attach(VBox card, String name) {
        Node title = card.getChildren().remove(0); // before the row takes it, which would move it anyway
        MenuButton button = new MenuButton();
        button.setId(name + "ChartMenu");
        button.setGraphic(new FontIcon("mdmz-more_vert"));
        button.getStyleClass().addAll("flat", "chart-menu");
        button.setTooltip(new Tooltip(messages.get("export.chart.menu")));
        button.getItems().setAll(items(card, name));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(4, title, spacer, button);
        row.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(0, row);
        ContextMenu context = new ContextMenu();
        context.getItems().setAll(items(card, name));
        card.setOnContextMenuRequested(event -> context.show(card, event.getScreenX(), event.getScreenY()));
    }

    private List<MenuItem> items(VBox card, String name) {
        MenuItem one = save(card, name, 1);
        MenuItem two = save(card, name, 2);
        MenuItem three = save(card, name, 3);
        MenuItem copy = new MenuItem(messages.get("export.copy"));
        copy.setId(name + "CopyItem");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image(card, 2, false));
            Clipboard.getSystemClipboard().setContent(content);
        });
        MenuItem print = new MenuItem(messages.get("export.print"));
        print.setOnAction(event -> print(card));
        CheckMenuItem clear = new CheckMenuItem(transparent.getText());
        clear.selectedProperty().bindBidirectional(transparent.selectedProperty());
        return List.of(one, two, three, clear, new SeparatorMenuItem(), copy, print);
    }

    private MenuItem save(VBox card, String name, int scale) {
        MenuItem item = new MenuItem(messages.get("export.png.scale", scale));
        item.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.format.png"),
                    "*.png"));
            MeetingPack shown = pack.get();
            chooser.setInitialFileName(name + (shown == null ? "" : "-" + shown.asOf()) + ".png");
            File file = chooser.showSaveDialog(window(card));
            if (file != null) {
                write(image(card, scale, transparent.isSelected()), file);
            }
        });
        return item;
    }

    void write(Image image, File file) {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        try {
            AtomicFile.write(file.toPath(), out -> ImageIO.write(pixels, "png", out));
        } catch (java.io.IOException e) {
            errors.report(e);
        }
    }

    /** The card as on screen, at {@code scale} times its size, with the caption lines under it. */
    WritableImage image(Node card, int scale, boolean clear) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(clear ? Color.TRANSPARENT : Color.WHITE);
        WritableImage chart = card.snapshot(parameters, null);
        MeetingPack shown = pack.get();
        List<String> lines = shown == null ? List.of()
                : List.of(shown.period() + " · " + String.join(" · ", shown.filters()), shown.asOfLine());
        double line = 16.0 * scale;
        Canvas canvas = new Canvas(chart.getWidth(), chart.getHeight() + line * lines.size() + 8.0 * scale);
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (!clear) {
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        }
        g.drawImage(chart, 0, 0);
        g.setFill(Color.web("#6B7280"));
        g.setFont(Font.font(11.0 * scale));
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), 8.0 * scale, chart.getHeight() + line * (i + 1));
        }
        SnapshotParameters plain = new SnapshotParameters();
        plain.setFill(Color.TRANSPARENT);
        return canvas.snapshot(plain, null);
    }

    private void print(VBox card) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Label none = new Label(messages.get("export.print.none"));
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, none.getText())
                    .showAndWait();
            return;
        }
        if (!job.showPrintDialog(window(card))) {
            job.cancelJob();
            return;
        }
        WritableImage image = image(card, 3, false);
        PageLayout page = job.getJobSettings().getPageLayout();
        double fit = Math.min(page.getPrintableWidth() / image.getWidth(),
                page.getPrintableHeight() / image.getHeight());
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(image.getWidth() * fit);
        if (job.printPage(view)) {
            job.endJob();
        }
    }

    private static Window window(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
