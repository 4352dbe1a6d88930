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
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.testing.SampleStore;
import vn.vtvlstudio.ui.detail.CompetencyLine;

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

    @Test
    @SuppressWarnings("unchecked")
    void aCompetencyLevelIsChosenInItsCellOrTypedAndUndone(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, "HG-VPTU-005", "nameColumn"));
        robot.clickOn("Mô tả công việc và khung năng lực");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CompetencyLine> table = robot.lookup("#competencyTable").queryAs(TableView.class);
        CompetencyLine line = table.getItems().get(0);
        long competencyId = line.competencyId();
        int before = line.level();
        int chosen = before == 5 ? 4 : 5;
        Competency competency = db.repositories().reference().competencies().stream().filter(c -> c.id() == competencyId)
                .findFirst().orElseThrow();
        assertEquals(competency.descriptor(before), competencyCell(robot, table, competencyId, "descriptorColumn").getText());

        // with the mouse: a double-click opens the 1–5 choice, a click on a level saves it
        robot.doubleClickOn(competencyCell(robot, table, competencyId, "levelColumn"));
        robot.clickOn(robot.from(robot.lookup(".combo-box-popup").queryAll())
                .lookup((ListCell<?> c) -> Integer.toString(chosen).equals(c.getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Integer.toString(chosen), competencyCell(robot, table, competencyId, "levelColumn").getText());
        assertEquals(competency.descriptor(chosen), competencyCell(robot, table, competencyId, "descriptorColumn").getText());
        assertEquals(chosen, storedLevel("HG-VPTU-005", competencyId));
        assertEquals(competencyId, table.getSelectionModel().getSelectedItem().competencyId(), "the row stays selected");
        saveScreenshot(robot, "workspace-competency-level.png");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(competency.descriptor(before), competencyCell(robot, table, competencyId, "descriptorColumn").getText());
        assertEquals(before, storedLevel("HG-VPTU-005", competencyId));

        // without it: the selected row takes a typed digit
        robot.type(chosen == 5 ? KeyCode.DIGIT5 : KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(competency.descriptor(chosen), competencyCell(robot, table, competencyId, "descriptorColumn").getText());
        assertEquals(chosen, storedLevel("HG-VPTU-005", competencyId));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, storedLevel("HG-VPTU-005", competencyId));
        assertEquals(Integer.toString(before), competencyCell(robot, table, competencyId, "levelColumn").getText());

        // F2 opens the choice with the keyboard in it; Escape leaves it unchanged
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> editor = robot.lookup("#levelEditor").queryAs(javafx.scene.control.ComboBox.class);
        assertTrue(editor.isFocused(), "the level choice has the focus");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#levelEditor").tryQuery().isPresent());
        assertEquals(before, storedLevel("HG-VPTU-005", competencyId));
    }

    /** The level as stored, read again from the database. */
    private static int storedLevel(String positionCode, long competencyId) {
        vn.vtvlstudio.domain.SchemeSnapshot snap = new SchemeService(db.repositories()).snapshot(SampleStore.hauGiang(db).id());
        long positionId = snap.positions().stream().filter(p -> p.code().equals(positionCode)).findFirst().orElseThrow().id();
        return snap.requirements().stream().filter(r -> r.positionId() == positionId && r.competencyId() == competencyId)
                .findFirst().orElseThrow().level();
    }

    private static TableCell<?, ?> competencyCell(FxRobot robot, TableView<CompetencyLine> table, long competencyId, String columnId) {
        return robot.from(table).lookup((TableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() instanceof CompetencyLine l
                && l.competencyId() == competencyId && columnId.equals(c.getTableColumn().getId())).query();
    }

    @Test
    void aUnitMovedToAnotherAgencyTakesItsPositionsAndUndoBringsThemBack(FxRobot robot) throws Exception {
        String btc = "Ban Tổ chức Tỉnh ủy Hậu Giang";
        String bdv = "Ban Dân vận Tỉnh ủy Hậu Giang";
        assertTotals(robot, btc, "14", "33");
        assertTotals(robot, bdv, "6", "16");

        robot.clickOn("Cơ quan và biên chế");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeView<?> orgTree = robot.from(view.root()).lookup("#orgTree").queryAs(javafx.scene.control.TreeView.class);
        clickText(robot, treeCell(robot, orgTree, btc));
        robot.type(KeyCode.RIGHT); // opens the agency: its units show
        clickText(robot, treeCell(robot, orgTree, "Phòng Đảng viên"));
        robot.clickOn(robot.from(view.root()).lookup("#moveButton").queryButton());
        // the choice dialog: pick the target from its list, confirm with the Vietnamese button
        javafx.scene.control.ComboBox<?> targets = robot.lookup(".dialog-pane .combo-box").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(targets);
        javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>)
                ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) targets.getSkin()).getPopupContent();
        robot.interact(() -> list.scrollTo(list.getItems().stream().map(Object::toString).toList().indexOf(bdv)));
        robot.clickOn(robot.from(list).lookup((ListCell<?> c) -> bdv.equals(c.getText())).queryAs(ListCell.class));
        saveScreenshot(robot, robot.lookup(".dialog-pane").query(), "workspace-move-dialog.png");
        robot.clickOn(robot.lookup(".dialog-pane .button").lookup((javafx.scene.control.Button b) -> "Đồng ý".equals(b.getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TreeItem<?> unit = treeCell(robot, orgTree, "Phòng Đảng viên").getTreeItem();
        assertEquals(bdv, unit.getParent().getValue().toString(), "the unit is listed under its new agency");
        assertTotals(robot, btc, "11", "27");
        assertTotals(robot, bdv, "9", "22");
        assertEquals(3, viewModel.sections().stream().flatMap(s -> s.positions().stream())
                .filter(r -> r.unit().equals("Phòng Đảng viên")).count(), "its three positions are shown under Ban Dân vận");
        saveScreenshot(robot, "workspace-unit-moved.png");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTotals(robot, bdv, "6", "16");
        assertTotals(robot, btc, "14", "33");
        assertEquals(btc, treeCell(robot, orgTree, "Phòng Đảng viên").getTreeItem().getParent().getValue().toString());
    }

    /** Selects an agency in the window's agency tree and checks the totals bar: positions and CBCC. */
    private static void assertTotals(FxRobot robot, String agency, String positions, String cbcc) {
        clickText(robot, treeCell(robot, robot.lookup("#agencyTree").queryAs(javafx.scene.control.TreeView.class), agency));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(positions, text(robot, "#positionsTotal"), agency);
        assertEquals(cbcc, text(robot, "#cbccTotal"), agency);
    }

    /** Clicks just inside the start of a cell's text: a tree cell is as wide as the longest name, wider than its tree. */
    private static void clickText(FxRobot robot, javafx.scene.control.Cell<?> cell) {
        robot.clickOn(textStart(robot, cell));
    }

    private static org.testfx.service.query.PointQuery textStart(FxRobot robot, javafx.scene.control.Cell<?> cell) {
        Node text = robot.from(cell).lookup(".text").query();
        return robot.point(text).atPosition(javafx.geometry.Pos.CENTER_LEFT).atOffset(new javafx.geometry.Point2D(8, 0));
    }

    private static javafx.scene.control.TreeCell<?> treeCell(FxRobot robot, javafx.scene.control.TreeView<?> tree, String text) {
        return robot.from(tree).lookup((javafx.scene.control.TreeCell<?> c) -> c.isVisible() && c.getTreeItem() != null
                && text.equals(c.getText())).query();
    }

    @Test
    @SuppressWarnings("unchecked")
    void doubleClickOrEnterOnAFindingSelectsItsAgencyAndPosition(FxRobot robot) throws Exception {
        saveScreenshot(robot, "workspace-findings.png");
        javafx.scene.control.TreeView<Object> findings = robot.lookup("#findingsTree").queryAs(javafx.scene.control.TreeView.class);
        javafx.scene.control.TreeView<AgencyNode> agencies = robot.lookup("#agencyTree").queryAs(javafx.scene.control.TreeView.class);
        TreeTableView<PositionRow> table = robot.lookup("#positionTable").queryAs(TreeTableView.class);

        // the 17 grade errors start collapsed: open them from the keyboard
        clickText(robot, treeCell(robot, findings, "Ngạch, chức danh nghề nghiệp không hợp lệ (17)"));
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        var guard = treeCell(robot, findings, findingLine(findings, "Báo Hậu Giang › Phòng Trị sự › Bảo vệ  —  "));
        Finding finding = (Finding) guard.getTreeItem().getValue();
        String code = viewModel.snapshotProperty().get().position(finding.targetId()).code();
        robot.doubleClickOn(textStart(robot, guard));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Báo Hậu Giang", agencies.getSelectionModel().getSelectedItem().getValue().name());
        assertEquals(code, table.getSelectionModel().getSelectedItem().getValue().code());
        assertEquals("Bảo vệ", table.getSelectionModel().getSelectedItem().getValue().name());

        // Enter does the same for the one support position on biên chế
        String support = findingLine(findings, "Văn phòng Tỉnh ủy Hậu Giang › Phòng Hành chính – Lưu trữ › Nhân viên văn thư  —  ");
        robot.interact(() -> findings.scrollTo(rowOf(findings, support)));
        clickText(robot, treeCell(robot, findings, support));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Văn phòng Tỉnh ủy Hậu Giang", agencies.getSelectionModel().getSelectedItem().getValue().name());
        PositionRow selected = table.getSelectionModel().getSelectedItem().getValue();
        assertEquals("Nhân viên văn thư", selected.name());
        assertEquals(2, selected.cbcc(), "the two CBCC the warning is about");
    }

    /** The whole text of the findings panel's line that starts with {@code start} (among the open groups). */
    private String findingLine(javafx.scene.control.TreeView<Object> findings, String start) {
        return java.util.stream.IntStream.range(0, findings.getExpandedItemCount()).mapToObj(findings::getTreeItem)
                .filter(i -> i.getValue() instanceof Finding).map(i -> viewModel.findingLine((Finding) i.getValue()))
                .filter(t -> t.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no finding line starts with " + start));
    }

    private int rowOf(javafx.scene.control.TreeView<Object> findings, String line) {
        for (int i = 0; i < findings.getExpandedItemCount(); i++) {
            if (findings.getTreeItem(i).getValue() instanceof Finding f && viewModel.findingLine(f).equals(line)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> findingTexts(FxRobot robot) {
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#findingsTree").queryAs(javafx.scene.control.TreeView.class);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var severity : tree.getRoot().getChildren()) {
            for (var rule : severity.getChildren()) {
                for (var f : rule.getChildren()) {
                    out.add(((Finding) f.getValue()).messageVi());
                }
            }
        }
        return out;
    }

    static void saveScreenshot(FxRobot robot, String name) throws Exception {
        saveScreenshot(robot, robot.lookup("#positionTable").query(), name);
    }

    /** The whole window (or dialog) that {@code any} is in. */
    static void saveScreenshot(FxRobot robot, Node any, String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = any.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", out.resolve(name).toFile());
    }
}
