package vn.vtvlstudio.domain;

/** Ngạch công chức or chức danh nghề nghiệp viên chức. */
public enum GradeKind {
    NGACH, CDNN
}
