package vn.vtvlstudio.rules;

/** How much a finding matters. ERROR blocks submission; OFF switches a rule off for a scheme. */
public enum Severity {
    ERROR, WARNING, INFO, OFF
}
