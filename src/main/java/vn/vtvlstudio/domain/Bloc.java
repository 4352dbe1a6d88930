package vn.vtvlstudio.domain;

/** Khối: Đảng – MTTQ – đoàn thể / chính quyền / sự nghiệp. */
public enum Bloc {
    PARTY_FRONT, GOVERNMENT, PUBLIC_SERVICE
}
