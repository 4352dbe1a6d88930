package vn.vtvlstudio.ui.reference;

import vn.vtvlstudio.domain.Grade;

/** A grade as the catalogue table shows it: kind and tier in Vietnamese, validity as dd/MM/yyyy, positions using it. */
public record GradeRow(String code, String name, String kind, String tier, String sector, String validity, int uses,
                       String source, Grade grade) {
}
