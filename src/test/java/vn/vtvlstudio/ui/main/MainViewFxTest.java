package vn.vtvlstudio.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.WritableImage;
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
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.testing.SampleStore;
import vn.vtvlstudio.ui.Formats;
import vn.vtvlstudio.ui.Theme;

/** The real window on the real sample store, driven headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainViewFxTest {

    private static Database db;
    private MainViewModel viewModel;

    /** Loading the sample takes seconds: off the FX thread, before the window starts. */
    @BeforeAll
    static void openStore() throws Exception {
        db = SampleStore.open(Files.createTempDirectory("vtvl-fx"));
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN"));
        viewModel = new MainViewModel(new SchemeService(db.repositories()), messages, Runnable::run, Runnable::run);
        MainView view = new MainView(viewModel, messages);
        stage.setScene(new Scene(view.load(), 1366, 740));
        stage.show();
        viewModel.load();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void showsTheSampleTotalsAndFollowsTheSelectedAgency(FxRobot robot) throws Exception {
        assertEquals("322", robot.lookup("#positionsTotal").queryAs(Label.class).getText());
        assertEquals("660", robot.lookup("#bienCheTotal").queryAs(Label.class).getText());
        assertEquals("92", robot.lookup("#hopDongTotal").queryAs(Label.class).getText());
        saveScreenshot(robot, "main-window.png");

        TreeCell<?> cell = robot.from(robot.lookup("#agencyTree").queryParent())
                .lookup((TreeCell<?> c) -> c.isVisible() && c.getTreeItem() != null
                        && "Ban Tổ chức Tỉnh ủy Hậu Giang".equals(c.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        SchemeSnapshot snap = viewModel.snapshotProperty().get();
        long btc = viewModel.selectedAgencyProperty().get().id();
        assertEquals("Ban Tổ chức Tỉnh ủy Hậu Giang", snap.agencies().get(btc).name());
        assertEquals(Formats.integer(snap.totalsOf(btc).positions()), robot.lookup("#positionsTotal").queryAs(Label.class).getText());
        assertEquals(Formats.integer(snap.totalsOf(btc).bienChe()), robot.lookup("#bienCheTotal").queryAs(Label.class).getText());
        TreeTableView<?> table = robot.lookup("#positionTable").queryAs(TreeTableView.class);
        int shown = table.getRoot().getChildren().stream().mapToInt(g -> g.getChildren().size()).sum();
        assertEquals(snap.totalsOf(btc).positions(), shown);
        assertTrue(shown < 322);
        saveScreenshot(robot, "main-window-agency.png");
    }

    private static void saveScreenshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = robot.lookup("#positionTable").query().getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", out.resolve(name).toFile());
    }
}
