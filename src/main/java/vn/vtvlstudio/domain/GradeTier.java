package vn.vtvlstudio.domain;

/** Grade tiers used by the grade-structure shares (TT 13/2022) and public-employee ranks. */
public enum GradeTier {
    CHUYEN_GIA_CAO_CAP, CVCC, CVC, CV, CAN_SU, NHAN_VIEN, HANG_I, HANG_II, HANG_III, HANG_IV
}
