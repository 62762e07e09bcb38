package org.fieldbook.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML (same package and name as its class) with the messages bundle, building its controller
 * by constructor through the supplier app wiring registered for the controller's type.
 */
public final class ViewLoader {
    private final Messages messages;
    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(Messages messages, Map<Class<?>, Supplier<?>> controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<T>(Parent root, T controller) {
    }

    public <T> Loaded<T> load(Class<T> viewType) {
        URL fxml = viewType.getResource(viewType.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("no FXML next to " + viewType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle(), null, this::controller);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    private Object controller(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no controller registered for " + type.getName());
        }
        return supplier.get();
    }

    public Messages messages() {
        return messages;
    }
}
