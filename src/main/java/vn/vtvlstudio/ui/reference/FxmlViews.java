package vn.vtvlstudio.ui.reference;

import java.io.IOException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;

/** What the three reference views share: loading their fxml with a controller, and read-only table columns. */
final class FxmlViews {

    private FxmlViews() {
    }

    static Parent load(String fxml, Object controller, ResourceBundle messages) {
        FXMLLoader loader = new FXMLLoader(FxmlViews.class.getResource(fxml), messages);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new IllegalStateException(fxml + " cannot be loaded", e);
        }
    }

    /** What the view and the window say went wrong, without a stray separator when only one of them speaks. */
    static StringBinding errors(ObservableStringValue own, ObservableStringValue window) {
        return Bindings.createStringBinding(() -> Stream.of(own.get(), window.get()).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(" ")), own, window);
    }

    static <R> void column(TableColumn<R, Object> column, Function<R, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
