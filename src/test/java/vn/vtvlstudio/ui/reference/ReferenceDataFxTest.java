package vn.vtvlstudio.ui.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.ReferenceService;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.testing.SampleStore;
import vn.vtvlstudio.ui.main.MainView;
import vn.vtvlstudio.ui.main.MainViewModel;

/**
 * The reference-data tab driven by mouse and keyboard, headless, on the Hậu Giang sample: a threshold and a severity
 * changed in the rule pack change the findings panel, and Ctrl+Z brings them back. Screenshots of the three screens.
 */
@ExtendWith(ApplicationExtension.class)
class ReferenceDataFxTest {

    private static final String VC_SHORT = "Viên chức: giảm 10 so với năm gốc 2022 (102) = 9,80% < 10%; cần giảm ít nhất 11 (còn thiếu 1).";

    private static Database db;
    private MainViewModel viewModel;
    private MainView view;

    @BeforeAll
    static void open() throws Exception {
        db = SampleStore.open(Files.createTempDirectory("vtvl-ref"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN"));
        EditService edits = new EditService(db.repositories(), new EditHistory(db));
        viewModel = new MainViewModel(new SchemeService(db.repositories()), edits, messages, Runnable::run, Runnable::run);
        viewModel.setChecks(new CheckService(db.rulePacks(), db));
        viewModel.setReference(new ReferenceService(db.repositories(), db.rulePacks(), edits.history()));
        view = new MainView(viewModel, messages);
        view.setConfirmer(q -> true);
        stage.setScene(new Scene(view.load(), 1366, 768));
        stage.show();
        viewModel.load();
        view.referenceView().setConfirmer(q -> true);
    }

    private void openSubTab(FxRobot robot, String title) {
        robot.clickOn("Danh mục và quy tắc");
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The messages of the findings panel (the tree under the positions table). */
    @SuppressWarnings("unchecked")
    private static List<String> findingTexts(FxRobot robot) {
        TreeView<Object> tree = robot.lookup("#findingsTree").queryAs(TreeView.class);
        return findings(tree.getRoot()).map(Finding::messageVi).toList();
    }

    /** The findings under a node of the panel's tree (severity → rule → finding), collapsed groups included. */
    private static java.util.stream.Stream<Finding> findings(javafx.scene.control.TreeItem<Object> node) {
        return node.getChildren().stream().flatMap(child -> child.getValue() instanceof Finding f
                ? java.util.stream.Stream.of(f) : findings(child));
    }

    private static long panelCount(FxRobot robot, String ruleId) {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#findingsTree").queryAs(TreeView.class);
        return findings(tree.getRoot()).filter(f -> f.ruleId().equals(ruleId)).count();
    }

    @SuppressWarnings("unchecked")
    private static <R> TableCell<R, ?> cell(FxRobot robot, String tableId, java.util.function.Predicate<R> row, String columnId) {
        TableView<R> table = robot.lookup(tableId).queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(row).findFirst().ifPresent(table::scrollTo));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(table).lookup((TableCell<R, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() != null
                && row.test(c.getTableRow().getItem()) && columnId.equals(c.getTableColumn().getId())).query();
    }

    private static TableCell<ParamRow, ?> valueCell(FxRobot robot, String key) {
        return cell(robot, "#paramTable", (ParamRow p) -> p.key().equals(key), "paramValueColumn");
    }

    private static void selectRule(FxRobot robot, String ruleId) {
        robot.clickOn(cell(robot, "#ruleTable", (RuleRow r) -> r.ruleId().equals(ruleId), "ruleTitleColumn"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLowerReductionTargetClearsTheErrorInTheFindingsPanelAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        assertTrue(findingTexts(robot).stream().anyMatch(t -> t.startsWith(VC_SHORT)), "the seed's one-short cut of public employees");
        assertEquals(1, panelCount(robot, "REDUCTION_TARGET"));
        String summary = robot.lookup("#findingsSummary").queryAs(Label.class).getText();

        openSubTab(robot, "Bộ quy tắc kiểm tra");
        selectRule(robot, "REDUCTION_TARGET");
        assertEquals("1", cell(robot, "#ruleTable", (RuleRow r) -> r.ruleId().equals("REDUCTION_TARGET"), "ruleFindingsColumn").getText());
        assertEquals("10 %", valueCell(robot, "rate.VIEN_CHUC").getText());
        saveScreenshot(robot, "reference-rules.png");

        // a value out of range is refused where it is typed, naming the parameter
        robot.doubleClickOn(valueCell(robot, "rate.VIEN_CHUC"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("120").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tỷ lệ tinh giản tối thiểu: Viên chức phải từ 0 đến 100 % (đã nhập 120).",
                robot.lookup("#ruleError").queryAs(Label.class).getText().strip());
        assertEquals("10 %", valueCell(robot, "rate.VIEN_CHUC").getText());
        saveScreenshot(robot, "reference-rules-invalid.png");

        robot.doubleClickOn(valueCell(robot, "rate.VIEN_CHUC"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("9").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("9 %", valueCell(robot, "rate.VIEN_CHUC").getText());
        assertEquals(0, panelCount(robot, "REDUCTION_TARGET"), "⌈9% × 102⌉ = 10: the 10 cut are enough");
        assertFalse(findingTexts(robot).stream().anyMatch(t -> t.startsWith("Viên chức: giảm 10")));
        assertFalse(summary.equals(robot.lookup("#findingsSummary").queryAs(Label.class).getText()));
        assertEquals("đã sửa", cell(robot, "#ruleTable", (RuleRow r) -> r.ruleId().equals("REDUCTION_TARGET"), "ruleOwnColumn").getText());
        assertEquals("", cell(robot, "#ruleTable", (RuleRow r) -> r.ruleId().equals("REDUCTION_TARGET"), "ruleFindingsColumn").getText());
        saveScreenshot(robot, "reference-rules-changed.png");

        undo(robot);
        assertEquals("10 %", valueCell(robot, "rate.VIEN_CHUC").getText());
        assertEquals(1, panelCount(robot, "REDUCTION_TARGET"));
        assertTrue(findingTexts(robot).stream().anyMatch(t -> t.startsWith(VC_SHORT)));
        assertEquals(summary, robot.lookup("#findingsSummary").queryAs(Label.class).getText());
    }

    @Test
    void switchingTheDescriptionRuleOffRemovesItsWarningsAndResetBringsThemBack(FxRobot robot) throws Exception {
        long warnings = panelCount(robot, "DESCRIPTION_COMPLETE");
        assertEquals(DESCRIPTION_WARNINGS, warnings, "positions of the sample whose description lacks a part");
        String summary = robot.lookup("#findingsSummary").queryAs(Label.class).getText();

        openSubTab(robot, "Bộ quy tắc kiểm tra");
        selectRule(robot, "DESCRIPTION_COMPLETE");
        @SuppressWarnings("unchecked")
        ComboBox<String> severity = robot.lookup("#severityBox").queryAs(ComboBox.class);
        assertEquals("Cảnh báo", severity.getValue());
        robot.clickOn(severity);
        // the choice in the drop-down list, not one of the "Tắt" cells of the rule table
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> "Tắt".equals(c.getText()))
                .queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, panelCount(robot, "DESCRIPTION_COMPLETE"));
        assertTrue(robot.lookup("#findingsSummary").queryAs(Label.class).getText().contains((countOf(summary, 1) - warnings) + " cảnh báo"),
                robot.lookup("#findingsSummary").queryAs(Label.class).getText());
        saveScreenshot(robot, "reference-rules-off.png");

        robot.clickOn(robot.lookup("#resetRuleButton").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(warnings, panelCount(robot, "DESCRIPTION_COMPLETE"));
        assertEquals("Cảnh báo", severity.getValue());
        assertEquals(summary, robot.lookup("#findingsSummary").queryAs(Label.class).getText());
        undo(robot);
        assertEquals(0, panelCount(robot, "DESCRIPTION_COMPLETE"), "undoing the reset switches it off again");
        undo(robot);
        assertEquals(warnings, panelCount(robot, "DESCRIPTION_COMPLETE"));
    }

    /** The n-th number of "1 lỗi, 284 cảnh báo, 0 thông tin" (0: errors, 1: warnings). */
    private static long countOf(String summary, int n) {
        return Long.parseLong(summary.split(", ")[n].split(" ")[0]);
    }

    /** Positions of the Hậu Giang sample whose job description lacks a part (DESCRIPTION_COMPLETE warnings). */
    static final long DESCRIPTION_WARNINGS = 284;

    @Test
    void aGradeIsAddedThroughTheFormAndUndone(FxRobot robot) throws Exception {
        openSubTab(robot, "Ngạch, chức danh nghề nghiệp");
        robot.clickOn(cell(robot, "#gradeTable", (GradeRow r) -> r.code().equals("01.003"), "gradeNameColumn"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chuyên viên", robot.lookup("#gradeNameField").queryTextInputControl().getText());
        saveScreenshot(robot, "reference-grades.png");

        robot.clickOn(robot.lookup("#newGradeButton").queryButton());
        robot.clickOn("#gradeCodeField").write("01.099");
        robot.clickOn("#gradeNameField").write("Chuyên viên thử nghiệm");
        robot.clickOn("#gradeSectorField").write("Hành chính");
        robot.clickOn("#gradeFromField").write("01/01/2025");
        robot.clickOn(robot.lookup("#saveGradeButton").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<GradeRow> table = robot.lookup("#gradeTable").queryAs(TableView.class);
        assertEquals(37, table.getItems().size());
        assertEquals("01.099", table.getSelectionModel().getSelectedItem().code());
        assertTrue(robot.lookup("#gradeCodeField").query().isDisabled(), "a stored grade keeps its code");

        // deleting a grade the positions use is refused, and the message says where
        robot.clickOn(cell(robot, "#gradeTable", (GradeRow r) -> r.code().equals("01.003"), "gradeNameColumn"));
        robot.clickOn(robot.lookup("#deleteGradeButton").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#gradeError").queryAs(Label.class).getText().contains("Không xóa được ngạch «01.003 Chuyên viên»: đang dùng ở "),
                robot.lookup("#gradeError").queryAs(Label.class).getText());
        saveScreenshot(robot, "reference-grades-in-use.png");

        undo(robot);
        assertEquals(36, table.getItems().size());
    }

    @Test
    void theCompetencyDictionaryShowsTheFiveLevels(FxRobot robot) throws Exception {
        openSubTab(robot, "Từ điển năng lực");
        robot.clickOn(cell(robot, "#competencyTable", (CompetencyRow r) -> r.code().equals("CHUNG_CNTT"), "competencyNameColumn"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chỉ đạo chuyển đổi số của cơ quan.", robot.lookup("#level5Area").queryTextInputControl().getText());
        saveScreenshot(robot, "reference-competencies.png");
    }

    static void saveScreenshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        WritableImage[] holder = new WritableImage[1];
        javafx.scene.Node any = robot.lookup("#positionTable").query();
        robot.interact(() -> holder[0] = any.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", out.resolve(name).toFile());
    }
}
