package vn.vtvlstudio.rules;

/** What a rule looks at one at a time: a position, an agency (with its subtree), or an internal unit. */
public enum Scope {
    POSITION, AGENCY, UNIT
}
