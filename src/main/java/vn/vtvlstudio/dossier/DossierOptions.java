package vn.vtvlstudio.dossier;

import java.math.BigDecimal;
import java.util.Map;
import vn.vtvlstudio.domain.GradeTier;

/**
 * What to export and how.
 *
 * @param agencyId       restrict the dossier to this agency and everything below it; null for the whole scheme
 * @param gradeCaps      the largest share a grade tier may take (0.40 for "CVC ≤ 40%"), from the rule pack; empty
 *                       when no cap is known, and the structure sheets then say so instead of judging
 * @param capBasis       the legal reference of the caps, printed beside them (may be null)
 * @param deputyTable    deputy-limit table to judge units by (e.g. ND370_2025)
 * @param deputyUnitKind unit kind of that table used when a unit's own kind has no row (e.g. PHONG)
 * @param rowWindow      rows kept in memory per sheet while streaming
 */
public record DossierOptions(Long agencyId, Map<GradeTier, BigDecimal> gradeCaps, String capBasis,
                             String deputyTable, String deputyUnitKind, int rowWindow) {

    public static final String FORMAT_VERSION = "vtvl-dossier/1";

    public DossierOptions {
        gradeCaps = gradeCaps == null ? Map.of() : Map.copyOf(gradeCaps);
        deputyTable = deputyTable == null ? "ND370_2025" : deputyTable;
        deputyUnitKind = deputyUnitKind == null ? "PHONG" : deputyUnitKind;
        if (rowWindow <= 0) {
            rowWindow = 500;
        }
    }

    public static DossierOptions defaults() {
        return new DossierOptions(null, Map.of(), null, null, null, 500);
    }

    public DossierOptions forAgency(Long id) {
        return new DossierOptions(id, gradeCaps, capBasis, deputyTable, deputyUnitKind, rowWindow);
    }

    public DossierOptions withGradeCaps(Map<GradeTier, BigDecimal> caps, String basis) {
        return new DossierOptions(agencyId, caps, basis, deputyTable, deputyUnitKind, rowWindow);
    }
}
