package vn.vtvlstudio.ui.main;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.vtvlstudio.ui.Formats;

/** Cells of the positions table that edit in place and hand the typed value to the ViewModel. */
final class EditingCells {

    private EditingCells() {
    }

    /** A text-valued cell that shows its value as plain text whenever it is not being edited. */
    abstract static class StringCell extends TreeTableCell<PositionRow, String> {

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setText(getItem());
            setGraphic(null);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setGraphic(null);
        }
    }

    /** Free text (code, name). Enter commits, Escape cancels, leaving the field commits. */
    static final class TextCell extends StringCell {
        private final BiConsumer<PositionRow, String> commit;
        private TextField field;

        TextCell(BiConsumer<PositionRow, String> commit) {
            this.commit = commit;
        }

        @Override
        public void startEdit() {
            PositionRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || row.groupRow()) {
                return;
            }
            super.startEdit();
            field = new TextField(getItem());
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    finish(row, field.getText());
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now && isEditing()) {
                    finish(row, field.getText());
                }
            });
            setText(null);
            setGraphic(field);
            field.selectAll();
            field.requestFocus();
        }

        private void finish(PositionRow row, String text) {
            boolean changed = !text.equals(getItem());
            cancelEdit();
            if (changed) {
                commit.accept(row, text);
            }
        }

    }

    /**
     * A headcount: shown as 1.578, edited as a whole number. While typing, a ControlsFX decoration says in Vietnamese
     * what is wrong; a wrong value is never committed.
     */
    static final class CountCell extends TreeTableCell<PositionRow, Number> {
        private final BiConsumer<PositionRow, String> commit;
        private final Function<String, String> problem;

        CountCell(BiConsumer<PositionRow, String> commit, Function<String, String> problem) {
            this.commit = commit;
            this.problem = problem;
            getStyleClass().add("number");
        }

        @Override
        public void startEdit() {
            PositionRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || row.groupRow() || commit == null) {
                return;
            }
            super.startEdit();
            TextField field = new TextField(getItem() == null ? "" : Integer.toString(getItem().intValue()));
            field.setId("countEditor");
            ValidationSupport validation = new ValidationSupport();
            validation.registerValidator(field, false, (c, v) -> {
                String p = problem.apply((String) v);
                return ValidationResult.fromErrorIf(c, p, p != null);
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    if (problem.apply(field.getText()) == null) {
                        String text = field.getText();
                        cancelEdit();
                        if (getItem() == null || !text.strip().equals(Integer.toString(getItem().intValue()))) {
                            commit.accept(row, text);
                        }
                    }
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            setText(null);
            setGraphic(field);
            field.selectAll();
            field.requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            show(getItem(), false);
        }

        @Override
        protected void updateItem(Number item, boolean empty) {
            super.updateItem(item, empty);
            show(item, empty);
        }

        private void show(Number item, boolean empty) {
            setGraphic(null);
            setText(empty || item == null ? null : Formats.integer(item.longValue()));
        }
    }

    /** A choice from a list that depends on the row (units of its agency, grades, workload types). */
    static final class ChoiceCell extends StringCell {
        private final Function<PositionRow, List<String>> choices;
        private final BiConsumer<PositionRow, String> commit;

        ChoiceCell(Function<PositionRow, List<String>> choices, BiConsumer<PositionRow, String> commit) {
            this.choices = choices;
            this.commit = commit;
        }

        @Override
        public void startEdit() {
            PositionRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || row.groupRow()) {
                return;
            }
            super.startEdit();
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(choices.apply(row));
            box.setValue(getItem());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> {
                String chosen = box.getValue();
                if (chosen != null && !chosen.equals(getItem())) {
                    cancelEdit();
                    commit.accept(row, chosen);
                }
            });
            box.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(box);
            box.requestFocus();
            box.show();
        }

    }
}
