package vn.vtvlstudio.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.testing.SampleStore;

/**
 * What start-up puts on screen: the opening state the window shows first, and the workspace whose other tabs are
 * built only when first selected (so that they cost nothing before the first scheme is shown).
 */
@ExtendWith(ApplicationExtension.class)
class StartupFxTest {

    private static Database db;
    private final ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN"));
    private final AtomicInteger quits = new AtomicInteger();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Parent opening = OpeningView.build(messages, Path.of("/home/can-bo/.local/share/vtvl-studio/vtvl-studio.mv.db"),
                quits::incrementAndGet);
        stage.setScene(new Scene(opening, 1366, 740));
        stage.show();
    }

    @BeforeAll
    static void open() throws Exception {
        db = SampleStore.open(Files.createTempDirectory("vtvl-startup"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theWindowFirstSaysItIsOpeningWhichDatabase(FxRobot robot) throws Exception {
        assertEquals("Đang mở đề án…", robot.lookup("#openingHeading").queryAs(Label.class).getText());
        assertTrue(robot.lookup("/home/can-bo/.local/share/vtvl-studio/vtvl-studio.mv.db").tryQuery().isPresent());
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(3, menus.getMenus().size());
        assertEquals("_Tệp", menus.getMenus().get(0).getText());
        MenuItem quit = menus.getMenus().get(0).getItems().get(0);
        assertEquals("Thoát", quit.getText());
        robot.interact(quit::fire);
        assertEquals(1, quits.get(), "File > Quit works while opening");
        saveScreenshot(robot, "startup-opening.png");
    }

    @Test
    void theOtherTabsAreBuiltWhenFirstSelected(FxRobot robot) throws Exception {
        MainViewModel viewModel = new MainViewModel(new SchemeService(db.repositories()),
                new EditService(db.repositories(), new EditHistory(db)), messages, Runnable::run, Runnable::run);
        MainView view = new MainView(viewModel, messages);
        robot.interact(() -> {
            stage.getScene().setRoot(view.load());
            viewModel.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("322", robot.lookup("#positionsTotal").queryAs(Label.class).getText());
        assertNull(view.dashboardTab().getContent(), "not built before it is selected");
        assertNull(view.agenciesTab().getContent(), "not built before it is selected");
        assertNotNull(view.agenciesView(), "the agencies view exists (tests and the window configure it) before its controls");

        robot.clickOn("Tổng quan đề án");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.dashboardTab().getContent());
        var cbcc = viewModel.dashboardViewModel().categories().stream().filter(r -> r.category().equals("CBCC")).findFirst().orElseThrow();
        assertEquals("568", cbcc.proposed());

        robot.clickOn("Cơ quan và biên chế");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.agenciesTab().getContent());
        assertTrue(robot.from(view.root()).lookup("#orgTree").tryQuery().isPresent());
    }

    private static void saveScreenshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = robot.lookup("#openingView").query().getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", out.resolve(name).toFile());
    }
}
