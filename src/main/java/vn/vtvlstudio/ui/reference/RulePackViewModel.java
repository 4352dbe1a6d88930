package vn.vtvlstudio.ui.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.LegalReference;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.ParamSpec;
import vn.vtvlstudio.rules.RuleCatalog;
import vn.vtvlstudio.rules.RuleParams;
import vn.vtvlstudio.rules.Severity;
import vn.vtvlstudio.service.InvalidEditException;
import vn.vtvlstudio.service.ReferenceService;
import vn.vtvlstudio.service.RuleInputs;
import vn.vtvlstudio.service.SchemeRule;
import vn.vtvlstudio.ui.Formats;

/**
 * The rule pack of the open scheme's regime: every rule with the severity and thresholds the scheme is checked with,
 * its legal basis and period. Severity and parameters are changed for this scheme only (the pack stays as shipped);
 * the change is one undoable edit and the window checks the scheme again at once.
 */
public final class RulePackViewModel {

    private final ReferenceService service;
    private final ResourceBundle messages;
    private final Consumer<Runnable> runEdit;

    private SchemeSnapshot snapshot;
    private Map<String, LegalReference> references = Map.of();
    private List<SchemeRule> current = List.of();
    private Map<String, Long> counts = Map.of();
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ObjectProperty<RuleRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ParamRow> params = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty ruleTitle = new SimpleStringProperty("");
    private final StringProperty ruleBasis = new SimpleStringProperty("");
    private final StringProperty severity = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public RulePackViewModel(ReferenceService service, ResourceBundle messages, Consumer<Runnable> runEdit) {
        this.service = service;
        this.messages = messages;
        this.runEdit = runEdit;
        selected.addListener((obs, old, now) -> showSelected());
    }

    /** Follows the window's findings, so that each rule shows how many it gives now. */
    void followFindings(ObservableList<Finding> findings) {
        Runnable count = () -> {
            Map<String, Long> out = new HashMap<>();
            findings.forEach(f -> out.merge(f.ruleId(), 1L, Long::sum));
            counts = out;
            rebuild();
        };
        findings.addListener((ListChangeListener<Finding>) c -> count.run());
        count.run();
    }

    void show(SchemeSnapshot snap, List<SchemeRule> schemeRules, List<LegalReference> legalReferences) {
        this.snapshot = snap;
        this.current = schemeRules;
        Map<String, LegalReference> byCode = new HashMap<>();
        legalReferences.forEach(l -> byCode.put(l.code(), l));
        this.references = byCode;
        if (snap == null) {
            rules.clear();
            heading.set("");
            return;
        }
        heading.set(String.format(messages.getString("rules.heading"), snap.regime().nameVi(), snap.regime().code()));
        rebuild();
    }

    private void rebuild() {
        if (snapshot == null) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().ruleId();
        rules.setAll(current.stream().map(this::row).toList());
        // the first rule at the start, so that the lower half never stands empty
        selected.set(rules.stream().filter(r -> keep == null || r.ruleId().equals(keep)).findFirst().orElse(null));
        showSelected();
    }

    private RuleRow row(SchemeRule r) {
        List<String> parts = new ArrayList<>();
        r.params().forEach((k, v) -> parts.add(k + " = " + RuleInputs.toDisplay(ParamSpec.of(r.ruleId(), k), v)));
        List<String> numbers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String code : RuleParams.list(r.pack().legalRef())) {
            LegalReference ref = references.get(code);
            numbers.add(ref == null ? code : ref.number());
            titles.add(ref == null ? code : ref.number() + " (" + ref.title() + ")");
        }
        LocalDate date = schemeDate();
        LocalDate from = r.pack().effectiveFrom();
        LocalDate to = r.pack().effectiveTo();
        boolean inForce = (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        String validity = validity(from, to);
        if (!inForce) {
            validity = String.format(messages.getString("rules.notInForce"), validity, Formats.date(date));
        }
        boolean english = "en".equals(messages.getLocale().getLanguage());
        return new RuleRow(r.ruleId(), RuleCatalog.title(r.ruleId(), english), severityLabel(r.severity()), String.join("; ", parts),
                String.join(", ", numbers), String.join("; ", titles), validity, inForce, r.overridden(),
                counts.getOrDefault(r.ruleId(), 0L), r);
    }

    /** The date a scheme is judged on, as the checks take it: its decision date, else 1 January of its year. */
    private LocalDate schemeDate() {
        return snapshot.scheme().decisionDate() != null ? snapshot.scheme().decisionDate()
                : LocalDate.of(snapshot.scheme().year(), 1, 1);
    }

    private void showSelected() {
        RuleRow r = selected.get();
        if (r == null) {
            params.clear();
            ruleTitle.set(messages.getString("rules.none"));
            ruleBasis.set("");
            severity.set("");
            return;
        }
        ruleTitle.set(r.title());
        ruleBasis.set(String.format(messages.getString("rules.basis"), r.basisTitles().isEmpty() ? "—" : r.basisTitles(), r.validity()));
        severity.set(r.severity());
        Map<String, String> pack = r.rule().packParams();
        Map<String, String> own = r.rule().schemeParams();
        params.setAll(r.rule().params().entrySet().stream().map(e -> {
            ParamSpec spec = ParamSpec.of(r.ruleId(), e.getKey());
            return new ParamRow(e.getKey(), paramLabel(e.getKey()), RuleInputs.toDisplay(spec, e.getValue()),
                    RuleInputs.toDisplay(spec, pack.get(e.getKey())), allowed(spec), own.containsKey(e.getKey()), spec);
        }).toList());
    }

    /** Sets the severity of the selected rule for this scheme; the pack's own severity removes the override. */
    public void setSeverity(String label) {
        RuleRow r = selected.get();
        Severity s = Arrays.stream(Severity.values()).filter(x -> severityLabel(x).equals(label)).findFirst().orElse(null);
        if (r == null || s == null || label.equals(r.severity())) {
            return;
        }
        long schemeId = snapshot.scheme().id();
        error.set("");
        runEdit.accept(() -> service.setRuleSeverity(schemeId, r.ruleId(), s));
    }

    /**
     * Sets a parameter of the selected rule for this scheme from what was typed (a share as a percentage: "9" or
     * "9,5 %"); a wrong value is reported naming the parameter, and nothing is saved.
     */
    public boolean setParam(ParamRow param, String typed) {
        RuleRow r = selected.get();
        if (r == null || param == null) {
            return false;
        }
        try {
            String stored = RuleInputs.toStored(param.label(), param.spec(), typed);
            error.set("");
            long schemeId = snapshot.scheme().id();
            runEdit.accept(() -> service.setRuleParam(schemeId, r.ruleId(), param.key(), stored));
            return true;
        } catch (InvalidEditException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Drops the scheme's own severity and parameters of the selected rule. */
    public void resetToPack() {
        RuleRow r = selected.get();
        if (r != null && r.overridden()) {
            long schemeId = snapshot.scheme().id();
            error.set("");
            runEdit.accept(() -> service.resetRule(schemeId, r.ruleId()));
        }
    }

    /** Selects a rule by id (e.g. from a finding). */
    public void select(String ruleId) {
        selected.set(rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElse(null));
    }

    public List<String> severityChoices() {
        return Arrays.stream(Severity.values()).map(this::severityLabel).toList();
    }

    String severityLabel(Severity s) {
        return messages.getString("severity." + s.name());
    }

    /** "Tỷ lệ tinh giản tối thiểu – Viên chức" for rate.VIEN_CHUC; the key itself when the messages do not name it. */
    String paramLabel(String key) {
        if (messages.containsKey("param." + key)) {
            return messages.getString("param." + key);
        }
        int dot = key.indexOf('.');
        if (dot > 0 && messages.containsKey("paramFamily." + key.substring(0, dot))) {
            String member = key.substring(dot + 1);
            String memberLabel = Arrays.stream(new String[] {"category.", "gradeTier.", "unitKind.", "groupKind."})
                    .filter(p -> messages.containsKey(p + member)).map(p -> messages.getString(p + member)).findFirst().orElse(member);
            return String.format(messages.getString("paramFamily." + key.substring(0, dot)), memberLabel);
        }
        return key;
    }

    private String allowed(ParamSpec spec) {
        return switch (spec.kind()) {
            case SHARE -> String.format(messages.getString("param.allowed.share"),
                    RuleInputs.toDisplay(spec, spec.min().toPlainString()), RuleInputs.toDisplay(spec, spec.max().toPlainString()));
            case COUNT -> String.format(messages.getString("param.allowed.count"), spec.min().toPlainString(), spec.max().toPlainString());
            case FLAG -> messages.getString("param.allowed.flag");
            case CHOICE -> String.format(messages.getString("param.allowed.choice"), String.join(", ", spec.choices().stream()
                    .map(c -> messages.containsKey("paramChoice." + c) ? c + " (" + messages.getString("paramChoice." + c) + ")" : c).toList()));
            case LIST -> String.format(messages.getString("param.allowed.list"), String.join(", ", spec.choices()));
            case TEXT -> "";
        };
    }

    private String validity(LocalDate from, LocalDate to) {
        return Validity.text(messages, from, to, messages.getString("validity.always"));
    }

    public ObservableList<RuleRow> rules() { return rules; }
    public ObjectProperty<RuleRow> selectedProperty() { return selected; }
    public ObservableList<ParamRow> params() { return params; }
    public StringProperty headingProperty() { return heading; }
    public StringProperty ruleTitleProperty() { return ruleTitle; }
    /** Legal basis (document numbers and titles) and period of the selected rule. */
    public StringProperty ruleBasisProperty() { return ruleBasis; }
    /** Severity of the selected rule as the scheme has it (its label). */
    public StringProperty severityProperty() { return severity; }
    public StringProperty errorProperty() { return error; }
}
