package vn.vtvlstudio.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reference data: grades, competency dictionary, regimes with their groups, legal references, deputy limits. */
public interface ReferenceRepository {

    List<Grade> grades();

    /** Inserts a grade or updates the one with the same code. */
    void saveGrade(Grade grade);

    /** Removes a grade from the catalogue; the caller has made sure that no position uses it. */
    void deleteGrade(String code);

    /** How many positions (of every scheme) carry each grade code; codes no position uses are absent. */
    Map<String, Integer> gradeUseCounts();

    List<Competency> competencies();

    /** Inserts a new competency or updates the one with the same code; returns it with its id. */
    Competency saveCompetency(Competency competency);

    /**
     * Inserts a competency with its level descriptors and returns it with its id. A competency that has an id keeps
     * it, so that undoing its deletion brings back the row older edits refer to.
     */
    Competency insertCompetency(Competency competency);

    /** Updates the competency with the same id: code, group, name, definition, source and level descriptors. */
    void updateCompetency(Competency competency);

    /** Removes a competency and its descriptors; the caller has made sure that no position requires it. */
    void deleteCompetency(long id);

    /** How many positions (of every scheme) require each competency, by competency id; unused ones are absent. */
    Map<Long, Integer> competencyUseCounts();

    List<Regime> regimes();

    Optional<Regime> regime(String code);

    List<LegalReference> legalReferences();

    Optional<LegalReference> legalReference(String code);

    /** Inserts or updates by code; returns it with its id. */
    LegalReference saveLegalReference(LegalReference reference);

    List<DeputyLimit> deputyLimits();
}
