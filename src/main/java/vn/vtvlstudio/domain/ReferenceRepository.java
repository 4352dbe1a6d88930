package vn.vtvlstudio.domain;

import java.util.List;
import java.util.Optional;

/** Reference data: grades, competency dictionary, regimes with their groups, legal references, deputy limits. */
public interface ReferenceRepository {

    List<Grade> grades();

    void saveGrade(Grade grade);

    List<Competency> competencies();

    /** Inserts a new competency or updates the one with the same code; returns it with its id. */
    Competency saveCompetency(Competency competency);

    List<Regime> regimes();

    Optional<Regime> regime(String code);

    List<LegalReference> legalReferences();

    Optional<LegalReference> legalReference(String code);

    /** Inserts or updates by code; returns it with its id. */
    LegalReference saveLegalReference(LegalReference reference);

    List<DeputyLimit> deputyLimits();
}
