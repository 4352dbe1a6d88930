package vn.vtvlstudio.ui.welcome;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The texts of the first-run welcome: where the data lives, how to start a new scheme, how to back up. Shown once,
 * when the database was just created (and the samples loaded into it).
 */
public final class WelcomeViewModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dataLocation = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper databasePath = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper newScheme = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper backup = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper closeLabel = new ReadOnlyStringWrapper();

    /** @param databaseFile the {@code .mv.db} file just created */
    public WelcomeViewModel(ResourceBundle messages, Path databaseFile) {
        Path file = databaseFile.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String fileName = file.getFileName().toString();
        title.set(messages.getString("welcome.title"));
        heading.set(messages.getString("welcome.heading"));
        dataLocation.set(String.format(messages.getString("welcome.data"), folder, fileName));
        databasePath.set(file.toString());
        newScheme.set(messages.getString("welcome.newScheme"));
        backup.set(String.format(messages.getString("welcome.backup"), fileName, folder));
        closeLabel.set(messages.getString("welcome.close"));
    }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dataLocationProperty() { return dataLocation.getReadOnlyProperty(); }
    /** The full path of the database file, shown selectable so it can be copied. */
    public ReadOnlyStringProperty databasePathProperty() { return databasePath.getReadOnlyProperty(); }
    public ReadOnlyStringProperty newSchemeProperty() { return newScheme.getReadOnlyProperty(); }
    public ReadOnlyStringProperty backupProperty() { return backup.getReadOnlyProperty(); }
    public ReadOnlyStringProperty closeLabelProperty() { return closeLabel.getReadOnlyProperty(); }
}
