package vn.vtvlstudio.domain;

/**
 * Position groups across the regimes. ND 62 / ND 106 / Party use LEADERSHIP, SPECIALISED, SHARED, SUPPORT;
 * ND 361 / ND 232 merge the two professional groups into PROFESSIONAL.
 */
public enum GroupKind {
    LEADERSHIP, SPECIALISED, SHARED, PROFESSIONAL, SUPPORT;

    /** Professional positions in the sense of the 65% rule (NĐ 106/2020 Art. 3.5). */
    public boolean isProfessional() {
        return this == SPECIALISED || this == SHARED || this == PROFESSIONAL;
    }
}
