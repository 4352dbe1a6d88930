package vn.vtvlstudio.domain;

/** How "cut at least r%" turns into a number of people: strictly up (default) or half-up. */
public enum RoundingRule {
    CEILING, HALF_UP
}
