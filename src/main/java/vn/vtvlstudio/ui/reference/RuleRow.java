package vn.vtvlstudio.ui.reference;

import vn.vtvlstudio.service.SchemeRule;

/**
 * A rule of the scheme's pack as the table shows it: its name, the severity and parameters the scheme is checked with,
 * its legal basis by document number, its period, whether the scheme departs from the pack, and how many findings it
 * gives in the latest check of the scheme.
 */
public record RuleRow(String ruleId, String title, String severity, String params, String basis, String basisTitles,
                      String validity, boolean inForce, boolean overridden, long findings, SchemeRule rule) {
}
