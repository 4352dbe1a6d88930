package vn.vtvlstudio.ui.dashboard;

import java.io.IOException;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.vtvlstudio.domain.GradeTier;

/** The dashboard tab: binds {@link DashboardViewModel} to a table, two labels and a bar chart. */
public final class DashboardView {

    private final DashboardViewModel viewModel;
    private final ResourceBundle messages;
    private final ObservableStringValue findingsSummary;

    @FXML private TableView<CategoryRow> categoryTable;
    @FXML private TableColumn<CategoryRow, String> catColumn;
    @FXML private TableColumn<CategoryRow, String> baselineColumn;
    @FXML private TableColumn<CategoryRow, String> currentColumn;
    @FXML private TableColumn<CategoryRow, String> proposedColumn;
    @FXML private TableColumn<CategoryRow, String> differenceColumn;
    @FXML private TableColumn<CategoryRow, String> reductionColumn;
    @FXML private TableColumn<CategoryRow, String> rateColumn;
    @FXML private TableColumn<CategoryRow, String> targetColumn;
    @FXML private TableColumn<CategoryRow, String> verdictColumn;
    @FXML private Label groupsLabel;
    @FXML private Label findingsLabel;
    @FXML private BarChart<String, Number> gradeChart;

    public DashboardView(DashboardViewModel viewModel, ResourceBundle messages, ObservableStringValue findingsSummary) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.findingsSummary = findingsSummary;
    }

    public Parent load() {
        FXMLLoader loader = new FXMLLoader(DashboardView.class.getResource("DashboardView.fxml"), messages);
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("DashboardView.fxml cannot be loaded", e);
        }
    }

    @FXML
    private void initialize() {
        column(catColumn, CategoryRow::category);
        column(baselineColumn, CategoryRow::baseline);
        column(currentColumn, CategoryRow::current);
        column(proposedColumn, CategoryRow::proposed);
        column(differenceColumn, CategoryRow::difference);
        column(reductionColumn, CategoryRow::reduction);
        column(rateColumn, CategoryRow::rate);
        column(targetColumn, CategoryRow::target);
        column(verdictColumn, CategoryRow::verdict);
        categoryTable.setItems(viewModel.categories());
        groupsLabel.textProperty().bind(viewModel.groupsProperty());
        findingsLabel.textProperty().bind(findingsSummary);
        viewModel.gradeStructure().addListener((MapChangeListener<GradeTier, Integer>) c -> redrawChart());
        redrawChart();
    }

    private void redrawChart() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        viewModel.gradeStructure().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> series.getData().add(new XYChart.Data<>(messages.getString("tier." + e.getKey().name()), e.getValue())));
        gradeChart.getData().setAll(java.util.List.of(series));
    }

    private static void column(TableColumn<CategoryRow, String> column, Function<CategoryRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
