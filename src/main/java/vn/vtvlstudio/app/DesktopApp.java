package vn.vtvlstudio.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import vn.vtvlstudio.cli.VersionProvider;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.persistence.DatabaseLockedException;
import vn.vtvlstudio.service.AuditService;
import vn.vtvlstudio.service.BackupException;
import vn.vtvlstudio.service.BackupService;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.ReferenceService;
import vn.vtvlstudio.service.SampleLoader;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.ui.Theme;
import vn.vtvlstudio.ui.audit.AuditView;
import vn.vtvlstudio.ui.audit.AuditViewModel;
import vn.vtvlstudio.ui.main.MainView;
import vn.vtvlstudio.ui.main.MainViewModel;
import vn.vtvlstudio.ui.newscheme.NewSchemeDialog;
import vn.vtvlstudio.ui.newscheme.NewSchemeViewModel;
import vn.vtvlstudio.ui.welcome.WelcomeDialog;
import vn.vtvlstudio.ui.welcome.WelcomeViewModel;

/**
 * The window: composition root of the GUI. Opens the user's database (samples on first run), keeps rolling backups
 * on open and close, and lets a second start on the same database bring this window forward.
 */
public final class DesktopApp extends Application {

    private final BackupService backups = new BackupService();
    private AppSettings settings;
    private StartOptions options;
    private ResourceBundle messages;
    private Database database;
    private InstanceChannel channel;
    private ExecutorService background;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        settings = AppSettings.load(UserDataFolder.folder());
        options = StartOptions.parse(getParameters().getRaw().toArray(String[]::new), settings.lang());
        messages = ResourceBundle.getBundle("i18n.messages", options.locale());
        Theme.apply();
        Path dataFile = Database.dataFile(options.database());
        try {
            database = openWithSamples(options);
        } catch (DatabaseLockedException e) {
            if (InstanceChannel.activateRunning(dataFile)) {
                System.err.println(messages.getString("locked.forward"));
            } else {
                error(messages.getString("locked.title"), e.getMessage());
            }
            Platform.exit();
            return;
        } catch (RuntimeException e) {
            error(messages.getString("error.title"), e.getMessage());
            Platform.exit();
            return;
        }
        try {
            channel = InstanceChannel.listen(database.file(), () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }));
        } catch (java.io.IOException e) {
            channel = null; // without it a second start still gets the locked-database message
        }
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vtvl-background");
            t.setDaemon(true);
            return t;
        });
        showMain();
        Database opened = database;
        background.execute(() -> rollingBackup(opened, "mo"));
    }

    private void showMain() {
        Repositories repos = database.repositories();
        EditService edits = new EditService(repos, new EditHistory(repos.transactor()));
        MainViewModel viewModel = new MainViewModel(new SchemeService(repos), edits, messages, background, Platform::runLater);
        viewModel.setChecks(new CheckService(database.rulePacks(), repos.transactor()));
        viewModel.setDossier(new vn.vtvlstudio.service.DossierService(repos), new vn.vtvlstudio.service.ImportService(repos));
        viewModel.setReference(new ReferenceService(repos, database.rulePacks(), edits.history()));
        MainView view = new MainView(viewModel, messages);
        view.setOpenFolder(folder -> getHostServices().showDocument(folder.toUri().toString()));
        Scene scene = new Scene(view.load(), 1366, 740);
        view.quitItem().setOnAction(e -> stage.close());
        view.aboutItem().setOnAction(e -> {
            Alert about = new Alert(Alert.AlertType.INFORMATION,
                    String.format(messages.getString("about.text"), VersionProvider.version(), database.file()));
            about.setHeaderText("VTVL Studio");
            about.showAndWait();
        });
        addFileMenuItems(scene, viewModel);
        stage.setTitle(messages.getString("app.title") + " — " + database.file().getFileName());
        viewModel.titleProperty().addListener((obs, old, now) -> stage.setTitle(now));
        stage.setScene(scene);
        StartupProbe.watch(stage, viewModel);
        stage.show();
        viewModel.load();
        if (database.wasCreated()) {
            new WelcomeDialog(new WelcomeViewModel(messages, database.file()), stage).show();
        }
    }

    /** Backup, restore, change log and language, put before "Quit" in the File menu. */
    private void addFileMenuItems(Scene scene, MainViewModel viewModel) {
        MenuBar bar = (MenuBar) scene.lookup("#menuBar");
        if (bar == null || bar.getMenus().isEmpty()) {
            return;
        }
        Menu file = bar.getMenus().get(0);
        MenuItem newScheme = new MenuItem(messages.getString("menu.file.newScheme"));
        newScheme.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+N"));
        newScheme.setOnAction(e -> new NewSchemeDialog(new NewSchemeViewModel(new SchemeService(database.repositories())), messages)
                .show(stage).ifPresent(viewModel::load));
        MenuItem backup = new MenuItem(messages.getString("menu.file.backup"));
        backup.setOnAction(e -> backupNow());
        MenuItem restore = new MenuItem(messages.getString("menu.file.restore"));
        restore.setOnAction(e -> restore());
        MenuItem audit = new MenuItem(messages.getString("menu.file.audit"));
        audit.setOnAction(e -> new AuditView(new AuditViewModel(new AuditService(database.repositories()), messages, background,
                Platform::runLater), messages).show(stage));
        MenuItem language = new MenuItem(messages.getString("menu.file.language"));
        language.setOnAction(e -> switchLanguage());
        file.getItems().addAll(0, java.util.List.of(newScheme, new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), audit, new SeparatorMenuItem(),
                language, new SeparatorMenuItem()));
    }

    private Path backupFolder() {
        return database.file().toAbsolutePath().getParent().resolve("backups");
    }

    private void rollingBackup(Database db, String reason) {
        try {
            backups.rolling(db, backupFolder(), settings.backupKeep(), reason);
        } catch (RuntimeException e) {
            System.err.println(messages.getString("backup.failed") + ": " + e.getMessage());
        }
    }

    private void backupNow() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("vtvl-sao-luu-" + java.time.LocalDate.now() + ".zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("VTVL Studio (*.zip)", "*.zip"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        try {
            backups.backup(database, file.toPath());
            info(String.format(messages.getString("backup.done"), file));
        } catch (BackupException e) {
            error(messages.getString("backup.failed"), e.getMessage());
        }
    }

    private void restore() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("VTVL Studio (*.zip)", "*.zip"));
        File file = chooser.showOpenDialog(stage);
        if (file == null) {
            return;
        }
        BackupService.Manifest manifest;
        try {
            manifest = backups.verify(file.toPath());
        } catch (BackupException e) {
            error(messages.getString("restore.failed"), e.getMessage());
            return;
        }
        ButtonType replace = new ButtonType(messages.getString("restore.confirm.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.getString("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                String.format(messages.getString("restore.confirm.text"), backupFolder(), manifest.created()), replace, keep);
        confirm.setHeaderText(messages.getString("restore.confirm.title"));
        if (confirm.showAndWait().orElse(keep) != replace) {
            return;
        }
        Path dbPath = database.file();
        Path safetyDir = backupFolder();
        database.close();
        try {
            Path safety = backups.restore(file.toPath(), dbPath, safetyDir);
            database = Database.open(dbPath);
            showMain();
            info(String.format(messages.getString("restore.done"), file, safety));
        } catch (RuntimeException e) {
            database = Database.open(dbPath);
            showMain();
            error(messages.getString("restore.failed"), e.getMessage());
        }
    }

    private void switchLanguage() {
        settings.set(AppSettings.LANG, options.locale().getLanguage().equals("en") ? "vi" : "en");
        try {
            settings.save();
            info(messages.getString("language.saved"));
        } catch (java.io.IOException e) {
            error(messages.getString("error.title"), e.getMessage());
        }
    }

    private void info(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setHeaderText(null);
        a.initOwner(stage);
        a.showAndWait();
    }

    private static void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.setHeaderText(header);
        a.showAndWait();
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
        if (channel != null) {
            channel.close();
        }
        if (database != null) {
            rollingBackup(database, "dong");
            database.close();
        }
    }
}
