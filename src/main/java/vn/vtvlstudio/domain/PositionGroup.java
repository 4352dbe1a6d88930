package vn.vtvlstudio.domain;

/** A position group as a regime names and numbers it (I–IV). */
public record PositionGroup(String regimeCode, GroupKind kind, int ordinal, String roman, String nameVi, String nameEn) {
}
