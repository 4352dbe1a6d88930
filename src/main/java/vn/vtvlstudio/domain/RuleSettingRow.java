package vn.vtvlstudio.domain;

import java.time.LocalDate;

/**
 * One stored rule setting of a regime's rule pack, as the database holds it: severity as text (ERROR, WARNING,
 * INFO, OFF), parameters as {@code key=value;key=value}, legal references as comma-separated codes. The rules layer
 * parses it; the domain only carries it.
 */
public record RuleSettingRow(String regimeCode, String ruleId, String severity, String params, String legalRef,
                             LocalDate effectiveFrom, LocalDate effectiveTo) {
}
