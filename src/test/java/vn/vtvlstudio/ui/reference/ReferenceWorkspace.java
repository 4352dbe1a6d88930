package vn.vtvlstudio.ui.reference;

import java.util.Locale;
import java.util.ResourceBundle;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.ReferenceService;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.ui.main.MainViewModel;

/** The main window's ViewModel as the application builds it (checks on, reference tab sharing the undo history), synchronous. */
final class ReferenceWorkspace {

    private ReferenceWorkspace() {
    }

    static MainViewModel open(Database db) {
        MainViewModel main = closed(db);
        main.referenceViewModel().activate(); // as the tab does when it is first opened
        return main;
    }

    /** The same with the reference tab never opened. */
    static MainViewModel closed(Database db) {
        EditService edits = new EditService(db.repositories(), new EditHistory(db));
        MainViewModel main = new MainViewModel(new SchemeService(db.repositories()), edits,
                ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN")), Runnable::run, Runnable::run);
        main.setChecks(new CheckService(db.rulePacks(), db));
        main.setReference(new ReferenceService(db.repositories(), db.rulePacks(), edits.history()));
        main.load();
        return main;
    }
}
