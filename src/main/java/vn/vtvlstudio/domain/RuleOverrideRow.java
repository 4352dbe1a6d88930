package vn.vtvlstudio.domain;

/** A scheme's own severity for one rule (ERROR, WARNING, INFO or OFF), overriding the rule pack. */
public record RuleOverrideRow(long schemeId, String ruleId, String severity) {
}
