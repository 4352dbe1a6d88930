package vn.vtvlstudio.ui.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
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
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.DossierService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.ImportService;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.testing.DossierFiles;
import vn.vtvlstudio.testing.SampleStore;
import vn.vtvlstudio.ui.main.MainView;
import vn.vtvlstudio.ui.main.MainViewModel;

/**
 * Export and import through the File menu of the real window on the Hậu Giang sample, headless. Only the native
 * file chooser is replaced (by {@link DossierView#setFileChoice}); the workbook is really written, read back with POI,
 * edited and imported through the preview dialog. The export runs on a real background thread so that the progress
 * bar and its "Hủy" button are seen working.
 */
@ExtendWith(ApplicationExtension.class)
class LongWorkFxTest {

    private static Database db;
    private static Path dir;
    private static final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    /** Background work on {@link #thread} when true, else at once on the calling thread. */
    private static volatile boolean threaded;

    private MainViewModel viewModel;
    private MainView view;
    private final List<Path> openedFolders = new ArrayList<>();

    @BeforeAll
    static void openStore() throws Exception {
        dir = Files.createTempDirectory("vtvl-longwork");
        db = SampleStore.open(dir);
    }

    @AfterAll
    static void close() {
        db.close();
        thread.shutdownNow();
    }

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN"));
        threaded = false;
        viewModel = new MainViewModel(new SchemeService(db.repositories()), new EditService(db.repositories(), new EditHistory(db)),
                messages, r -> (threaded ? thread : (java.util.concurrent.Executor) Runnable::run).execute(r),
                r -> {
                    if (Platform.isFxApplicationThread()) {
                        r.run();
                    } else {
                        Platform.runLater(r);
                    }
                });
        viewModel.setChecks(new CheckService(db.rulePacks(), db));
        viewModel.setDossier(new DossierService(db.repositories()), new ImportService(db.repositories()));
        view = new MainView(viewModel, messages);
        view.setOpenFolder(openedFolders::add);
        stage.setScene(new Scene(view.load(), 1366, 740));
        stage.show();
        viewModel.load();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !viewModel.longWork().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportFromTheMenuShowsProgressAndWritesTheSchemesTotals(FxRobot robot) throws Exception {
        List<String> suggested = new ArrayList<>();
        view.dossierView().setFileChoice((save, name) -> {
            suggested.add(name);
            return dir.resolve(name);
        });
        // when the bar passes 30 %, look at the window as the user sees it then
        boolean[] seen = {false, false};
        ProgressBar bar = robot.lookup("#workBar").queryAs(ProgressBar.class);
        Node workPane = robot.lookup("#workPane").query();
        viewModel.longWork().progressProperty().addListener((obs, old, now) -> {
            if (!seen[0] && now.doubleValue() >= 0.3 && viewModel.longWork().messageProperty().get().startsWith("Đang xuất")) {
                seen[0] = true;
                seen[1] = workPane.isVisible() && bar.getProgress() >= 0.3;
                save(bar.getScene().getRoot(), "longwork-progress.png");
            }
        });
        threaded = true;
        // the File menu opened with the mouse, its first item chosen with the keyboard (under Monocle a click
        // lands on the window below the menu's popup)
        robot.clickOn("_Tệp").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntilIdle();
        threaded = false;

        assertEquals(List.of("Hồ sơ đề án VTVL - Khối Đảng, MTTQ, đoàn thể tỉnh Hậu Giang - 2024.xlsx"), suggested);
        assertTrue(seen[0], "the progress passed 30 %");
        assertTrue(seen[1], "the bar and Hủy were on screen while exporting");
        assertFalse(workPane.isVisible(), "and gone when done");
        Path file = dir.resolve(suggested.get(0));
        assertEquals("Đã xuất hồ sơ trình duyệt: " + file + " (322 vị trí, biên chế 660).", text(robot, "#statusLine"));
        DossierFiles.Totals totals = DossierFiles.totals(file);
        assertEquals("TỔNG CỘNG (322 vị trí việc làm)", totals.label());
        assertEquals(568, totals.cbcc());
        assertEquals(660, totals.bienChe());

        robot.clickOn("Mở thư mục chứa tệp");
        assertEquals(List.of(dir.toAbsolutePath()), openedFolders);
    }

    @Test
    void cancelInTheStatusBarStopsTheExportAndWritesNothing(FxRobot robot) throws Exception {
        Path target = dir.resolve("huy.xlsx");
        view.dossierView().setFileChoice((save, name) -> target);
        Button cancel = robot.lookup("#workCancel").queryAs(Button.class);
        viewModel.longWork().progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() >= 0.2 && !cancel.isDisabled()) {
                cancel.fire(); // "Hủy" as the bar passes 20 %
            }
        });
        threaded = true;
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntilIdle();
        threaded = false;
        assertEquals("Đã hủy xuất hồ sơ; không có tệp nào được tạo.", text(robot, "#statusLine"));
        assertFalse(Files.exists(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void importAnEditedWorkbookThroughThePreview(FxRobot robot) throws Exception {
        Path exported = dir.resolve("hg.xlsx");
        robot.interact(() -> viewModel.dossierViewModel().export(exported, false));
        Path edited = dir.resolve("hg-sua.xlsx");
        String code = DossierFiles.withFirstCbccRaised(exported, edited, 2);
        view.dossierView().setFileChoice((save, name) -> save ? null : edited);
        assertEquals("660", text(robot, "#bienCheTotal"));

        robot.clickOn("Tệp").clickOn("Nhập từ bảng tính…");
        WaitForAsyncUtils.waitForFxEvents();
        ImportPreviewDialog preview = view.dossierView().preview();
        assertNotNull(preview, "the preview is shown");
        assertTrue(preview.dialog().isShowing());
        assertEquals("Trang «Danh mục VTVL», 322 dòng: 0 vị trí tạo mới, 1 cập nhật, 321 không đổi.", text(robot, "#importSummary"));
        TableView<?> changes = robot.lookup("#importChanges").queryAs(TableView.class);
        assertEquals(1, changes.getItems().size());
        DossierViewModel.ChangeRow row = (DossierViewModel.ChangeRow) changes.getItems().get(0);
        assertEquals(List.of("Danh mục VTVL", "11", code, "Số CBCC"), List.of(row.sheet(), row.row(), row.code(), row.field()));
        assertEquals(Integer.parseInt(row.before()) + 2, Integer.parseInt(row.after()));
        save(preview.dialog().getDialogPane().getScene().getRoot(), "longwork-import-preview.png");
        assertEquals("660", text(robot, "#bienCheTotal"), "nothing saved before Nhập");

        robot.clickOn("#importApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(preview.dialog().isShowing());
        assertEquals("662", text(robot, "#bienCheTotal"));
        assertEquals("570", text(robot, "#cbccTotal"));
        assertEquals("Đã nhập từ tệp hg-sua.xlsx: 0 vị trí tạo mới, 1 cập nhật, 321 không đổi. Hoàn tác: Ctrl+Z.",
                text(robot, "#statusLine"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("660", text(robot, "#bienCheTotal"), "the import is one undo step");
    }

    @Test
    void aWorkbookWithAProblemIsShownInRedAndChangesNothing(FxRobot robot) throws Exception {
        Path exported = dir.resolve("hg-2.xlsx");
        robot.interact(() -> viewModel.dossierViewModel().export(exported, false));
        Path edited = dir.resolve("hg-am.xlsx");
        DossierFiles.withNegativeCbcc(exported, edited);
        view.dossierView().setFileChoice((save, name) -> save ? null : edited);

        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ImportPreviewDialog preview = view.dossierView().preview();
        assertNotNull(preview);
        assertTrue(robot.lookup("#importApply").queryAs(Button.class).isDisabled(), "Nhập is off for a file with problems");
        TableView<?> problems = robot.lookup("#importProblems").queryAs(TableView.class);
        assertEquals(1, problems.getItems().size());
        assertTrue(robot.lookup("#importSummary").queryAs(Label.class).getStyleClass().contains("import-refused"));
        save(preview.dialog().getDialogPane().getScene().getRoot(), "longwork-import-problems.png");

        robot.clickOn(robot.from(preview.dialog().getDialogPane()).lookup("Hủy").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(preview.dialog().isShowing());
        assertEquals("Đã bỏ qua tệp; không có thay đổi nào được lưu.", text(robot, "#statusLine"));
        assertEquals("660", text(robot, "#bienCheTotal"));
    }

    private static void save(Node root, String name) {
        if (!Platform.isFxApplicationThread()) {
            try {
                WaitForAsyncUtils.asyncFx(() -> save(root, name)).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        try {
            Path out = Path.of("target", "screenshots");
            Files.createDirectories(out);
            var image = root.snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
