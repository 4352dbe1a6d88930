package vn.vtvlstudio.app;

import atlantafx.base.theme.PrimerLight;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import vn.vtvlstudio.cli.VersionProvider;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.persistence.RulePackStore;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.SampleLoader;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.ui.main.MainView;
import vn.vtvlstudio.ui.main.MainViewModel;

/** The window: composition root of the GUI. Opens the user's database, loading the samples on first run. */
public final class DesktopApp extends Application {

    private Database database;
    private ExecutorService background;

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw().toArray(String[]::new));
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", options.locale());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        try {
            database = openWithSamples(options);
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(messages.getString("error.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vtvl-background");
            t.setDaemon(true);
            return t;
        });
        Repositories repos = database.repositories();
        EditService edits = new EditService(repos, new EditHistory(repos.transactor()));
        MainViewModel viewModel = new MainViewModel(new SchemeService(repos), edits, messages, background, Platform::runLater);
        viewModel.setChecks(new CheckService(RulePackStore.of(database), repos.transactor()));
        MainView view = new MainView(viewModel, messages);
        Scene scene = new Scene(view.load(), 1366, 740);
        view.quitItem().setOnAction(e -> stage.close());
        view.aboutItem().setOnAction(e -> {
            Alert about = new Alert(Alert.AlertType.INFORMATION,
                    String.format(messages.getString("about.text"), VersionProvider.version(), database.file()));
            about.setHeaderText("VTVL Studio");
            about.showAndWait();
        });
        stage.setTitle(messages.getString("app.title") + " — " + database.file().getFileName());
        viewModel.titleProperty().addListener((obs, old, now) -> stage.setTitle(now));
        stage.setScene(scene);
        stage.show();
        viewModel.load();
    }

    /** Opens the database; a database this call created gets the samples, so a new user opens real content. */
    static Database openWithSamples(StartOptions options) {
        Database db = Database.open(options.database());
        if (db.wasCreated()) {
            new SampleLoader(db.repositories()).loadBundled();
        }
        return db;
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
        if (database != null) {
            database.close();
        }
    }
}
