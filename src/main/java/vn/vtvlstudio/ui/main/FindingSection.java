package vn.vtvlstudio.ui.main;

import java.util.List;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.Severity;

/**
 * One severity of the findings panel ("Lỗi (18)") with its findings grouped by rule, so that one important finding
 * is not lost among hundreds of the same kind.
 */
public record FindingSection(Severity severity, String label, List<RuleGroup> rules) {

    public int count() {
        return rules.stream().mapToInt(r -> r.findings().size()).sum();
    }

    /**
     * The findings of one rule at one severity ("Ngạch, chức danh nghề nghiệp hợp lệ (17)"); {@code expanded} is how
     * it is first shown: a rule with many findings starts collapsed.
     */
    public record RuleGroup(Severity severity, String ruleId, String label, List<Finding> findings, boolean expanded) {
    }
}
