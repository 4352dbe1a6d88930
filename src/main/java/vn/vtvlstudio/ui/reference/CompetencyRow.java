package vn.vtvlstudio.ui.reference;

import vn.vtvlstudio.domain.Competency;

/** A competency of the dictionary as its table shows it: group in Vietnamese and how many positions require it. */
public record CompetencyRow(String group, String code, String name, int uses, Competency competency) {
}
