package vn.vtvlstudio.ui.detail;

/** A competency a position requires, with the descriptor of the required level. */
public record CompetencyLine(long competencyId, String group, String name, int level, String descriptor) {
}
