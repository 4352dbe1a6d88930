package vn.vtvlstudio.domain;

/** Staff categories of DOMAIN.md §2. Only {@link #CBCC} and {@link #VIEN_CHUC} count towards biên chế. */
public enum StaffCategory {
    /** Cán bộ, công chức. */
    CBCC,
    /** Viên chức hưởng lương ngân sách nhà nước. */
    VIEN_CHUC,
    /** Hợp đồng lao động: shown beside biên chế, never part of it. */
    HOP_DONG,
    /** Cán bộ, công chức cấp xã: assigned under its own quota and reported on its own line. */
    CBCC_CAP_XA;

    public boolean isBienChe() {
        return this == CBCC || this == VIEN_CHUC;
    }
}
