package vn.vtvlstudio.domain;

/** Dự thảo → đã trình → đã thẩm định → đã phê duyệt. */
public enum SchemeStatus {
    DRAFT, SUBMITTED, APPRAISED, APPROVED
}
