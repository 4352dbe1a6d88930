package vn.vtvlstudio.domain;

/** Nhóm năng lực: chung / chuyên môn / quản lý. */
public enum CompetencyGroup {
    GENERAL, PROFESSIONAL, MANAGEMENT
}
