package vn.vtvlstudio.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.testing.SampleStore;

/** The authoring workspace driven by keyboard and mouse, headless, on the Hậu Giang sample. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFxTest {

    private static Database db;
    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN"));
        viewModel = new MainViewModel(new SchemeService(db.repositories()), new EditService(db.repositories(), new EditHistory(db)),
                messages, Runnable::run, Runnable::run);
        viewModel.setChecks(new CheckService(db.rulePacks(), db));
        view = new MainView(viewModel, messages);
        view.setConfirmer(q -> true);
        stage.setScene(new Scene(view.load(), 1366, 740));
        stage.show();
        viewModel.load();
    }

    /** Opened once, off the FX thread (loading the sample takes seconds); every test leaves it as it found it. */
    @org.junit.jupiter.api.BeforeAll
    static void open() throws Exception {
        db = SampleStore.open(Files.createTempDirectory("vtvl-ws"));
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        db.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableCell<PositionRow, ?> cell(FxRobot robot, String code, String columnId) {
        TreeTableView<PositionRow> table = robot.lookup("#positionTable").queryAs(TreeTableView.class);
        robot.interact(() -> {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                var item = table.getTreeItem(i);
                if (item != null && item.getValue() != null && code.equals(item.getValue().code())) {
                    table.scrollTo(Math.max(0, i - 2));
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(table).lookup((TreeTableCell<PositionRow, ?> c) -> c.getTableRow() != null
                && c.getTableRow().getItem() != null && code.equals(c.getTableRow().getItem().code())
                && c.getTableColumn().getId().equals(columnId)).query();
    }

    @Test
    void addAPositionRaiseItsHeadcountPastTheQuotaAndUndo(FxRobot robot) throws Exception {
        saveScreenshot(robot, "workspace-positions.png");
        assertEquals("660", text(robot, "#bienCheTotal"));

        robot.clickOn(cell(robot, "HG-VPTU-005", "nameColumn"));
        robot.type(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("323", text(robot, "#positionsTotal"));
        String blank = viewModel.sections().stream().flatMap(s -> s.positions().stream())
                .filter(r -> r.name().equals("Vị trí mới")).findFirst().orElseThrow().code();

        // a negative number is refused where it is typed
        robot.doubleClickOn(cell(robot, blank, "cbccColumn"));
        robot.write("-2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#countEditor").tryQuery().isPresent(), "still editing: -2 is not committed");
        saveScreenshot(robot, "workspace-invalid-headcount.png");
        TextField editor = robot.lookup("#countEditor").queryAs(TextField.class);
        robot.interact(() -> editor.setText(""));
        robot.clickOn(editor).write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("571", text(robot, "#cbccTotal"));
        assertEquals("663", text(robot, "#bienCheTotal"));
        assertTrue(robot.lookup("#quotaText").queryAs(Label.class).getStyleClass().contains("over"));
        assertTrue(viewModel.titleProperty().get().endsWith("— đã lưu"));
        assertTrue(findingTexts(robot).stream().anyMatch(t -> t.contains("37")), "the QUOTA_EXCEEDED finding of Văn phòng Tỉnh ủy");
        long quotaFindings = viewModel.findings().stream().filter(f -> f.ruleId().equals("QUOTA_EXCEEDED")).count();
        saveScreenshot(robot, "workspace-over-quota.png");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("660", text(robot, "#bienCheTotal"));
        assertFalse(robot.lookup("#quotaText").queryAs(Label.class).getStyleClass().contains("over"));
        assertEquals(quotaFindings - 1, viewModel.findings().stream().filter(f -> f.ruleId().equals("QUOTA_EXCEEDED")).count());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("322", text(robot, "#positionsTotal"));
    }

    @Test
    void f2RenamesAndDeleteAsksThenDeletes(FxRobot robot) {
        robot.clickOn(cell(robot, "HG-VPTU-005", "nameColumn"));
        robot.type(KeyCode.F2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Chuyên viên tổng hợp").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chuyên viên tổng hợp", cell(robot, "HG-VPTU-005", "nameColumn").getText());

        robot.clickOn(cell(robot, "HG-VPTU-005", "codeColumn"));
        robot.type(KeyCode.ESCAPE); // a click on a selected cell starts editing it; Delete then belongs to the text
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("321", text(robot, "#positionsTotal"));
        assertEquals("560", text(robot, "#cbccTotal"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("322", text(robot, "#positionsTotal"));
        assertEquals("Chuyên viên tổng hợp, theo dõi thực hiện nghị quyết", cell(robot, "HG-VPTU-005", "nameColumn").getText());
    }

    @Test
    void addAUnitInTheAgenciesTab(FxRobot robot) throws Exception {
        view.agenciesView().setAskName(title -> "Phòng Chuyển đổi số");
        robot.clickOn("Cơ quan và biên chế");
        javafx.scene.control.TreeView<?> tree = robot.from(view.root()).lookup("#orgTree").queryAs(javafx.scene.control.TreeView.class);
        var agencies = viewModel.agenciesViewModel();
        robot.interact(() -> agencies.selectedProperty().set(agencies.rootProperty().get().children().stream()
                .filter(n -> n.name().equals("Văn phòng Tỉnh ủy Hậu Giang")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, robot.from(view.root()).lookup("#quotaTable").queryAs(javafx.scene.control.TableView.class).getItems().size());
        robot.clickOn(robot.from(view.root()).lookup("#addUnitButton").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(tree).lookup((javafx.scene.control.TreeCell<?> c) -> "Phòng Chuyển đổi số".equals(c.getText())).tryQuery().isPresent());
        saveScreenshot(robot, "workspace-agencies.png");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.from(tree).lookup((javafx.scene.control.TreeCell<?> c) -> "Phòng Chuyển đổi số".equals(c.getText())).tryQuery().isPresent());
    }

    @Test
    void theDetailTabShowsTheLeadersDescriptionAndCompetencies(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, "HG-VPTU-001", "nameColumn"));
        robot.clickOn("Mô tả công việc và khung năng lực");
        WaitForAsyncUtils.waitForFxEvents();
        var detail = viewModel.detailViewModel();
        assertTrue(detail.titleProperty().get().startsWith("HG-VPTU-001"), detail.titleProperty().get());
        assertTrue(detail.leaderLinkProperty().get().contains("HG-VPTU-005"));
        assertFalse(detail.competencies().isEmpty());
        saveScreenshot(robot, "workspace-detail.png");
    }

    @Test
    void theDashboardShowsTheSeedFigures(FxRobot robot) throws Exception {
        robot.clickOn("Tổng quan đề án");
        WaitForAsyncUtils.waitForFxEvents();
        var rows = viewModel.dashboardViewModel().categories();
        var cbcc = rows.stream().filter(r -> r.category().equals("CBCC")).findFirst().orElseThrow();
        assertEquals("598 (2022)", cbcc.baseline());
        assertEquals("568", cbcc.proposed());
        assertEquals("30", cbcc.reduction());
        assertEquals("5,02 %", cbcc.rate());
        var vc = rows.stream().filter(r -> r.category().equals("Viên chức")).findFirst().orElseThrow();
        assertEquals("102 (2022)", vc.baseline());
        assertEquals("9,80 %", vc.rate());
        saveScreenshot(robot, "workspace-dashboard.png");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> findingTexts(FxRobot robot) {
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#findingsTree").queryAs(javafx.scene.control.TreeView.class);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var severity : tree.getRoot().getChildren()) {
            for (var rule : severity.getChildren()) {
                for (var f : rule.getChildren()) {
                    out.add(((vn.vtvlstudio.rules.Finding) f.getValue()).messageVi());
                }
            }
        }
        return out;
    }

    static void saveScreenshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        WritableImage[] holder = new WritableImage[1];
        Node any = robot.lookup("#positionTable").query();
        robot.interact(() -> holder[0] = any.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", out.resolve(name).toFile());
    }
}
