package vn.vtvlstudio.ui.reference;

import java.util.ResourceBundle;
import java.util.function.Predicate;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import vn.vtvlstudio.ui.Dialogs;

/** The reference-data tab: three sub-tabs for the grade catalogue, the competency dictionary and the rule pack. */
public final class ReferenceView {

    private final ReferenceViewModel viewModel;
    private final ResourceBundle messages;
    private final ObservableStringValue mainError;
    private final ObservableStringValue findingsSummary;
    private Predicate<String> confirmer;
    private TabPane tabs;
    private GradeCatalogView grades;
    private CompetencyDictionaryView competencies;
    private RulePackView rules;

    /**
     * @param mainError       what the window says when an edit was refused in the service (e.g. a grade still in use)
     * @param findingsSummary the window's count of findings, shown above the rule pack
     */
    public ReferenceView(ReferenceViewModel viewModel, ResourceBundle messages, ObservableStringValue mainError,
                         ObservableStringValue findingsSummary) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.mainError = mainError;
        this.findingsSummary = findingsSummary;
        this.confirmer = question -> Dialogs.confirm(messages, question);
    }

    /** Asks before a delete; replaced in tests. */
    public void setConfirmer(Predicate<String> confirmer) {
        this.confirmer = confirmer;
    }

    /** Builds the three screens and starts reading the reference data (call when the tab is first shown). */
    public Parent load() {
        viewModel.activate();
        grades = new GradeCatalogView(viewModel.grades(), messages, mainError, q -> confirmer.test(q));
        competencies = new CompetencyDictionaryView(viewModel.competencies(), messages, mainError, q -> confirmer.test(q));
        rules = new RulePackView(viewModel.rules(), messages, mainError, findingsSummary);
        tabs = new TabPane(
                tab("gradesTab", messages.getString("reference.grades"), grades.load()),
                tab("competenciesTab", messages.getString("reference.competencies"), competencies.load()),
                tab("rulesTab", messages.getString("reference.rules"), rules.load()));
        tabs.setId("referenceTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStylesheets().add(ReferenceView.class.getResource("reference.css").toExternalForm());
        return tabs;
    }

    private static Tab tab(String id, String title, Parent content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    public TabPane tabs() { return tabs; }
}
