package vn.vtvlstudio.ui.newscheme;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Regime;
import vn.vtvlstudio.service.InvalidEditException;
import vn.vtvlstudio.service.SchemeService;

/** The "new scheme" form: title, agency, kind, level, regime and year; validated by the service. */
public final class NewSchemeViewModel {

    private final SchemeService schemes;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty agencyName = new SimpleStringProperty("");
    private final ObjectProperty<AgencyKind> kind = new SimpleObjectProperty<>(AgencyKind.PARTY);
    private final ObjectProperty<AdminLevel> level = new SimpleObjectProperty<>(AdminLevel.PROVINCE);
    private final ObservableList<Regime> regimes = FXCollections.observableArrayList();
    private final ObjectProperty<Regime> regime = new SimpleObjectProperty<>();
    private final StringProperty year = new SimpleStringProperty(Integer.toString(java.time.Year.now().getValue()));
    private final StringProperty error = new SimpleStringProperty("");

    public NewSchemeViewModel(SchemeService schemes) {
        this.schemes = schemes;
        regimes.setAll(schemes.regimes());
        regimes.stream().filter(r -> r.code().equals("PARTY_FRONT")).findFirst().ifPresent(regime::set);
    }

    /** Creates the scheme; its id, or empty with {@link #errorProperty()} saying what to fix. */
    public Optional<Long> create() {
        int y;
        try {
            y = Integer.parseInt(year.get().strip());
        } catch (NumberFormatException e) {
            error.set("Năm: \"" + year.get() + "\" không phải là số năm (ví dụ 2026).");
            return Optional.empty();
        }
        if (regime.get() == null) {
            error.set("Chế độ áp dụng: hãy chọn một chế độ.");
            return Optional.empty();
        }
        try {
            long id = schemes.create(title.get(), agencyName.get(), kind.get(), level.get(), regime.get().code(), y).id();
            error.set("");
            return Optional.of(id);
        } catch (InvalidEditException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty agencyNameProperty() { return agencyName; }
    public ObjectProperty<AgencyKind> kindProperty() { return kind; }
    public ObjectProperty<AdminLevel> levelProperty() { return level; }
    public ObservableList<Regime> regimes() { return regimes; }
    public ObjectProperty<Regime> regimeProperty() { return regime; }
    public StringProperty yearProperty() { return year; }
    public StringProperty errorProperty() { return error; }
}
