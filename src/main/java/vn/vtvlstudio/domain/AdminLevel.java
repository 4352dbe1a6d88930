package vn.vtvlstudio.domain;

/** Cấp hành chính. DISTRICT was abolished on 1/7/2025 but legacy schemes keep it. */
public enum AdminLevel {
    CENTRAL, PROVINCE, DISTRICT, COMMUNE
}
