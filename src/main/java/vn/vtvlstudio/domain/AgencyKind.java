package vn.vtvlstudio.domain;

public enum AgencyKind {
    /** Cơ quan Đảng. */
    PARTY,
    /** Mặt trận Tổ quốc và các tổ chức chính trị - xã hội. */
    FRONT_MASS_ORG,
    /** Cơ quan hành chính nhà nước. */
    ADMINISTRATIVE,
    /** Đơn vị sự nghiệp công lập. */
    PUBLIC_SERVICE,
    /** A grouping node (bloc, district) that holds agencies but is no agency itself. */
    GROUPING
}
