package vn.vtvlstudio.domain;

/** Kinds of internal units; used to pick the deputy-limit and unit-minimum rows that apply. */
public enum OrgUnitKind {
    PHONG, VAN_PHONG, CHI_CUC, TRUNG_TAM, KHAC
}
