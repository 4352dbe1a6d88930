package vn.vtvlstudio.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.vtvlstudio.cli.VersionProvider;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.persistence.DatabaseException;
import vn.vtvlstudio.persistence.DatabaseLockedException;
import vn.vtvlstudio.service.AuditService;
import vn.vtvlstudio.service.BackupException;
import vn.vtvlstudio.service.BackupService;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.ReferenceService;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.ui.Theme;
import vn.vtvlstudio.ui.audit.AuditView;
import vn.vtvlstudio.ui.audit.AuditViewModel;
import vn.vtvlstudio.ui.main.MainView;
import vn.vtvlstudio.ui.main.MainViewModel;
import vn.vtvlstudio.ui.main.OpeningView;
import vn.vtvlstudio.ui.newscheme.NewSchemeDialog;
import vn.vtvlstudio.ui.newscheme.NewSchemeViewModel;
import vn.vtvlstudio.ui.welcome.WelcomeDialog;
import vn.vtvlstudio.ui.welcome.WelcomeViewModel;

/**
 * The window: composition root of the GUI. Shows the window at once in its opening state, then opens the user's
 * database (samples on first run) on a thread of its own and puts the workspace in with the first scheme read (see
 * docs/decisions/0006-window-first-then-database.md); keeps rolling backups on open (once the scheme is on screen)
 * and on close, and lets a second start on the same database bring this window forward.
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
    private DatabaseOpening opening;
    private volatile boolean stopped;
    private Thread openingBackup;

    /** Seconds between the first scheme on screen and the backup on opening. */
    private static final int OPENING_BACKUP_DELAY_SECONDS = 3;

    @Override
    public void start(Stage primaryStage) {
        StartupProbe.mark("phase-fx-start");
        stage = primaryStage;
        settings = AppSettings.load(UserDataFolder.folder());
        options = StartOptions.parse(getParameters().getRaw().toArray(String[]::new), settings.lang());
        messages = ResourceBundle.getBundle("i18n.messages", options.locale());
        Path dataFile = Database.dataFile(options.database());
        if (InstanceChannel.activateRunning(dataFile)) {
            // a window has this database open (it listens only once it has): that one comes forward, no second one
            System.err.println(messages.getString("locked.forward"));
            Platform.exit();
            return;
        }
        Theme.apply();
        // The window comes up first, in its opening state. The database opens once that is on screen: opening it
        // alongside costs the first frame a good part of the two cores (H2, jOOQ and the JIT compiling them). The
        // workspace then replaces the opening state.
        Scene scene = new Scene(OpeningView.build(messages, dataFile, stage::close), 1366, 740);
        stage.setTitle(messages.getString("app.title"));
        stage.setScene(scene);
        StartupProbe.watchShown(stage);
        stage.show();
        afterNextLayout(scene, () -> {
            opening = DatabaseOpening.start(options.database());
            opening.result().whenComplete((db, e) -> Platform.runLater(() -> opened(db, e == null ? null : DatabaseOpening.unwrap(e))));
        });
    }

    /** On the FX thread once the database is open (or failed to open). */
    private void opened(Database db, Throwable failure) {
        if (stopped) {
            return; // the window was closed while opening; stop() closes the database
        }
        if (failure != null) {
            openFailed(failure);
            return;
        }
        database = db;
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
        try {
            showMain(schemeOpen -> {
                afterNextLayout(stage.getScene(), () -> {
                    StartupProbe.ready(schemeOpen, stage.getScene());
                    backupLater(db);
                });
                if (db.wasCreated()) {
                    new WelcomeDialog(new WelcomeViewModel(messages, db.file()), stage).show();
                }
            });
        } catch (RuntimeException e) {
            // the workspace could not be built: say so rather than leave the window opening for ever
            quitWithError(messages.getString("error.title"),
                    String.format(messages.getString("opening.workspaceFailed"), db.file(), e));
        }
    }

    /**
     * The database did not open: say why in a dialog of its own (the opening window goes, so nothing half-working
     * stays on screen), or, when another window has it open, bring that window forward; then quit.
     */
    private void openFailed(Throwable e) {
        if (e instanceof DatabaseLockedException) {
            if (InstanceChannel.activateRunning(Database.dataFile(options.database()))) {
                System.err.println(messages.getString("locked.forward"));
                quitWithError(null, null);
            } else {
                quitWithError(messages.getString("locked.title"), e.getMessage());
            }
        } else if (e instanceof DatabaseException) {
            quitWithError(messages.getString("error.title"), e.getMessage());
        } else {
            quitWithError(messages.getString("error.title"), String.format(messages.getString("opening.failed"),
                    Database.dataFile(options.database()), e));
        }
    }

    /** Closes the window, shows {@code text} (unless null) in a dialog of its own, and quits. */
    private void quitWithError(String header, String text) {
        Platform.setImplicitExit(false);
        stage.hide();
        if (text != null) {
            error(header, text);
        }
        Platform.exit();
    }

    /**
     * Builds the workspace of {@link #database} and puts it into the window once its first scheme has been read
     * (meanwhile the window keeps what it shows), so that the window lays the workspace out once, with the scheme,
     * rather than empty first and then again. {@code inWindow} runs then, told whether a scheme is open.
     */
    private void showMain(Consumer<Boolean> inWindow) {
        Repositories repos = database.repositories();
        EditService edits = new EditService(repos, new EditHistory(repos.transactor()));
        MainViewModel viewModel = new MainViewModel(new SchemeService(repos), edits, messages, background, Platform::runLater);
        viewModel.setChecks(new CheckService(database.rulePacks(), repos.transactor()));
        viewModel.setDossier(new vn.vtvlstudio.service.DossierService(repos), new vn.vtvlstudio.service.ImportService(repos));
        viewModel.setReference(new ReferenceService(repos, database.rulePacks(), edits.history()));
        // the first scheme is read on the background thread while the workspace is built here
        viewModel.load();
        MainView view = new MainView(viewModel, messages);
        view.setOpenFolder(folder -> getHostServices().showDocument(folder.toUri().toString()));
        Parent root = view.load();
        view.quitItem().setOnAction(e -> stage.close());
        view.aboutItem().setOnAction(e -> {
            Alert about = new Alert(Alert.AlertType.INFORMATION,
                    String.format(messages.getString("about.text"), VersionProvider.version(), database.file()));
            about.setHeaderText("VTVL Studio");
            about.showAndWait();
        });
        addFileMenuItems(root, viewModel);
        StartupProbe.mark("phase-main-built");
        whenLoaded(viewModel, schemeOpen -> {
            stage.getScene().setRoot(root);
            stage.setTitle(viewModel.titleProperty().get().isEmpty()
                    ? messages.getString("app.title") + " — " + database.file().getFileName() : viewModel.titleProperty().get());
            viewModel.titleProperty().addListener((obs, old, now) -> stage.setTitle(now));
            inWindow.accept(schemeOpen);
        });
    }

    /**
     * Runs {@code then} on the FX thread once the view model has finished its first {@link MainViewModel#load} (it
     * then shows a scheme, or there is none, or its status line says what went wrong; {@code then} is told whether
     * a scheme is open).
     */
    private static void whenLoaded(MainViewModel viewModel, Consumer<Boolean> then) {
        viewModel.busyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean busy) {
                // the view model publishes right after clearing busy, and may start reading the scheme it selected
                // then: look once that is done
                Platform.runLater(() -> {
                    boolean opened = viewModel.snapshotProperty().get() != null;
                    if (!viewModel.busyProperty().get() && (opened || viewModel.schemeItems().isEmpty())) {
                        viewModel.busyProperty().removeListener(this);
                        then.accept(opened);
                    }
                });
            }
        });
    }

    /**
     * The backup on opening waits until the scheme is on screen and a little longer: it writes the whole database
     * as a script, and at start-up it would compete with the first snapshot and check for the second core. It runs
     * on a thread of its own, so that the first edits do not wait for it either.
     */
    private void backupLater(Database db) {
        PauseTransition idle = new PauseTransition(Duration.seconds(OPENING_BACKUP_DELAY_SECONDS));
        idle.setOnFinished(e -> {
            if (stopped || db != database) {
                return;
            }
            Thread t = new Thread(() -> rollingBackup(db, "mo"), "vtvl-backup-on-open");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            openingBackup = t;
            t.start();
        });
        idle.play();
    }

    /** Runs {@code then} once, after the next pulse has laid out {@code scene} (so it is what the next frame shows). */
    static void afterNextLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (once[0] == null) {
                return;
            }
            Runnable self = once[0];
            once[0] = null;
            Platform.runLater(() -> scene.removePostLayoutPulseListener(self));
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Backup, restore, change log and language, put before "Quit" in the File menu. */
    private void addFileMenuItems(Parent root, MainViewModel viewModel) {
        MenuBar bar = (MenuBar) root.lookup("#menuBar");
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
        awaitOpeningBackup();
        database.close();
        try {
            Path safety = backups.restore(file.toPath(), dbPath, safetyDir);
            database = Database.open(dbPath);
            showMain(schemeOpen -> { });
            info(String.format(messages.getString("restore.done"), file, safety));
        } catch (RuntimeException e) {
            database = Database.open(dbPath);
            showMain(schemeOpen -> { });
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

    /** The backup on opening uses the database: it finishes before the database is closed or replaced. */
    private void awaitOpeningBackup() {
        Thread t = openingBackup;
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void stop() {
        stopped = true;
        if (background != null) {
            background.shutdownNow();
        }
        if (channel != null) {
            channel.close();
        }
        // closed while still opening (e.g. during a first run's sample loading): let the opening finish, then close
        Database db = database != null ? database : opening == null ? null : opening.await();
        awaitOpeningBackup();
        if (db != null) {
            rollingBackup(db, "dong");
            db.close();
        }
    }
}
