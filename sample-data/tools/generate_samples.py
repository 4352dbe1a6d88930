#!/usr/bin/env python3
"""Writes the two sample schemes of VTVL Studio (sample-data/*.json).

Standard library only, deterministic (no randomness). Run from anywhere:

    python3 sample-data/tools/generate_samples.py

The totals of the Hậu Giang sample are the published ones (seed 003: 322 positions, 568 CBCC + 92 VC = 660
biên chế, 92 contract workers; 2022 quota 598 CBCC / 102 VC). Everything below the totals (agencies' split, unit
names, position names, descriptions) is invented for illustration. The Đức Phổ quotas are those of seed 000.

The script asserts the totals before it writes anything. After the first release the JSON files are the source
of truth (see sample-data/README.md); re-running this script overwrites hand edits.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import sample_texts as T  # noqa: E402  (texts: competencies and job descriptions)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)

CATS = ("CBCC", "VIEN_CHUC", "HOP_DONG", "CBCC_CAP_XA")


# ---------------------------------------------------------------------------------------------------------------
# Small builders
# ---------------------------------------------------------------------------------------------------------------

class Pos:
    """One position as written in an agency table; codes and links are resolved later."""

    def __init__(self, key, name, group, grade, n=1, cat="CBCC", role="NONE", unit=None, link=None,
                 kn=False, prof=None, note=None):
        self.key = key
        self.name = name
        self.group = group
        self.grade = grade
        self.n = n
        self.cat = cat
        self.role = role
        self.unit = unit
        self.link = link
        self.kn = kn
        self.prof = prof
        self.note = note


def L(key, name, role, grade, link, n=1, unit=None, cat="CBCC", prof=None, note=None):
    """Leadership position: carries the leaders' own headcount and is linked to one professional position."""
    return Pos(key, name, "LEADERSHIP", grade, n=n, cat=cat, role=role, unit=unit, link=link, prof=prof, note=note)


def S(key, name, grade, n=1, unit=None, cat="CBCC", prof=None, kn=False, note=None):
    return Pos(key, name, "SPECIALISED", grade, n=n, cat=cat, unit=unit, prof=prof, kn=kn, note=note)


def D(key, name, grade, n=1, unit=None, cat="CBCC", prof=None, kn=False, note=None):
    """Shared professional position (nghiệp vụ chuyên môn dùng chung)."""
    return Pos(key, name, "SHARED", grade, n=n, cat=cat, unit=unit, prof=prof, kn=kn, note=note)


def H(key, name, grade, n=1, unit=None, cat="HOP_DONG", prof="CM_HAU_CAN_PHUC_VU", kn=False, note=None):
    """Support position (hỗ trợ, phục vụ); contract workers unless said otherwise."""
    return Pos(key, name, "SUPPORT", grade, n=n, cat=cat, unit=unit, prof=prof, kn=kn, note=note)


def agency(code, name, short, kind, level, bloc, parent, province_type=None, autonomy=None, units=()):
    return {
        "code": code, "name": name, "shortName": short, "kind": kind, "level": level, "bloc": bloc,
        "parent": parent, "provinceType": province_type, "autonomyGroup": autonomy,
        "units": [{"code": c, "name": n, "kind": k} for (c, n, k) in units],
    }


GRADE_TIER = {
    "01.001": "CVCC", "01.002": "CVC", "01.003": "CV", "01.004": "CAN_SU", "01.005": "NHAN_VIEN",
    "02.007": "CV", "02.008": "CAN_SU", "06.031": "CV", "06.032": "CAN_SU",
    "V.11.01.01": "HANG_I", "V.11.01.02": "HANG_II", "V.11.01.03": "HANG_III", "V.11.02.05": "HANG_II",
    "V.11.02.06": "HANG_III", "V.07.01.01": "HANG_I", "V.07.01.02": "HANG_II", "V.07.01.03": "HANG_III",
    "V.06.031": "HANG_III", "V.01.02.02": "HANG_III",
}


def default_competencies(p):
    """A sensible competency framework for every position: general + professional (+ management for leaders).

    Levels follow the grade: heads 5 / deputies and unit leaders 4; CVC-tier 4, CV-tier 3, cán sự 2,
    support 1–2.
    """
    tier = GRADE_TIER.get(p.grade)
    if p.group == "LEADERSHIP":
        head_of_agency = p.role == "CAP_TRUONG" and p.unit is None
        lvl = 5 if head_of_agency else 4
        comps = [("CHUNG_DAO_DUC", lvl), ("CHUNG_TO_CHUC", lvl), ("CHUNG_SOAN_THAO", 4),
                 ("CHUNG_PHOI_HOP", 4), ("CHUNG_CNTT", 3)]
        if p.prof:
            comps.append((p.prof, lvl))
        comps += [("QL_RA_QUYET_DINH", lvl), ("QL_QUAN_LY_NGUON_LUC", 4)]
        if head_of_agency:
            comps += [("QL_TU_DUY_CHIEN_LUOC", 4), ("QL_PHAT_TRIEN_CAN_BO", 4)]
        else:
            comps.append(("QL_PHAT_TRIEN_CAN_BO", 3))
        return comps
    if p.group == "SUPPORT":
        lvl = 2 if tier in ("CAN_SU", "CV") else 1
        return [("CHUNG_DAO_DUC", 2), ("CHUNG_TO_CHUC", lvl), ("CHUNG_GIAO_TIEP", 2), ("CHUNG_CNTT", 1),
                (p.prof or "CM_HAU_CAN_PHUC_VU", 2 if lvl == 2 else 1)]
    lvl = {"CVCC": 5, "CVC": 4, "HANG_I": 5, "HANG_II": 4, "CAN_SU": 2}.get(tier, 3)
    comps = [("CHUNG_DAO_DUC", 3), ("CHUNG_TO_CHUC", lvl), ("CHUNG_SOAN_THAO", lvl), ("CHUNG_PHOI_HOP", 3),
             ("CHUNG_CNTT", 3 if lvl >= 3 else 2)]
    if p.prof:
        comps.append((p.prof, lvl))
    return comps


def remap(comps, code_map):
    """Replaces competency codes (a file may only use the codes it defines); keeps the first of duplicates."""
    out, seen = [], set()
    for code, level in comps:
        code = code_map.get(code, code)
        if code not in seen:
            seen.add(code)
            out.append((code, level))
    return out


def build_positions(agency_code, table, descriptions, code_map=None):
    """Turns an agency's position table into JSON rows; codes AGENCY-001, AGENCY-002 … in table order."""
    keys = {}
    for i, p in enumerate(table, start=1):
        if p.key in keys:
            raise AssertionError(f"{agency_code}: duplicate key {p.key}")
        keys[p.key] = f"{agency_code}-{i:03d}"
    rows = []
    for p in table:
        code = keys[p.key]
        head = {c: 0 for c in CATS}
        if not p.kn:
            head[p.cat] = p.n
        workload = "KIEM_NHIEM" if p.kn else ("NHIEU_NGUOI" if p.n > 1 else "MOT_NGUOI")
        row = {
            "code": code, "name": p.name, "group": p.group, "agency": agency_code, "unit": p.unit,
            "workload": workload, "role": p.role,
            "linkedTo": keys[p.link] if p.link else None,
            "grade": p.grade, "stepMin": None, "stepMax": None, "headcount": head,
            "frameworkRef": None, "note": p.note,
        }
        desc_key = f"{agency_code}:{p.key}"
        if desc_key in descriptions:
            d = descriptions.pop(desc_key)
            row["description"] = d["description"]
            row["competencies"] = [{"code": c, "level": lv} for (c, lv) in d["competencies"]]
        else:
            comps = remap(default_competencies(p), code_map or {})
            row["competencies"] = [{"code": c, "level": lv} for (c, lv) in comps]
        if p.link and p.link not in keys:
            raise AssertionError(f"{code}: link {p.link} not found")
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------------------------
# Hậu Giang: provincial agencies
# ---------------------------------------------------------------------------------------------------------------

PARTY, FRONT, PUB, GROUP = "PARTY", "FRONT_MASS_ORG", "PUBLIC_SERVICE", "GROUPING"
TP, PTP = "CAP_TRUONG", "CAP_PHO"


def hg_provincial():
    """(agency, position table) for the provincial agencies."""
    out = []

    # Văn phòng Tỉnh ủy: also runs the car pool, finances and premises of the Party committee's bans.
    out.append((agency("HG-VPTU", "Văn phòng Tỉnh ủy Hậu Giang", "VP Tỉnh ủy", PARTY, "PROVINCE", "PARTY_FRONT", "HG",
                       units=[("TH", "Phòng Tổng hợp", "PHONG"), ("HCLT", "Phòng Hành chính – Lưu trữ", "PHONG"),
                              ("TCQT", "Phòng Tài chính – Quản trị", "PHONG")]), [
        L("cvp", "Chánh Văn phòng", TP, "01.001", "th_cv", prof="CM_TONG_HOP"),
        L("pcvp", "Phó Chánh Văn phòng", PTP, "01.002", "tc_cv", n=3, prof="CM_TONG_HOP"),
        L("th_tp", "Trưởng phòng Tổng hợp", TP, "01.002", "th_cv", unit="TH", prof="CM_TONG_HOP"),
        L("th_ptp", "Phó Trưởng phòng Tổng hợp", PTP, "01.002", "th_cv", n=2, unit="TH", prof="CM_TONG_HOP"),
        S("th_cv", "Chuyên viên tổng hợp, theo dõi thực hiện nghị quyết", "01.003", n=8, unit="TH", prof="CM_TONG_HOP"),
        L("hc_tp", "Trưởng phòng Hành chính – Lưu trữ", TP, "01.002", "hc_vt", unit="HCLT", prof="CM_VAN_THU_LUU_TRU"),
        L("hc_ptp", "Phó Trưởng phòng Hành chính – Lưu trữ", PTP, "01.002", "hc_lt", unit="HCLT", prof="CM_VAN_THU_LUU_TRU"),
        D("hc_vt", "Chuyên viên hành chính – văn thư", "02.007", n=5, unit="HCLT", prof="CM_VAN_THU_LUU_TRU"),
        D("hc_lt", "Lưu trữ", "02.007", n=4, unit="HCLT", prof="CM_VAN_THU_LUU_TRU"),
        H("hc_nvvt", "Nhân viên văn thư", "02.008", n=2, unit="HCLT", cat="CBCC", prof="CM_VAN_THU_LUU_TRU"),
        L("tc_tp", "Trưởng phòng Tài chính – Quản trị", TP, "01.002", "tc_cv", unit="TCQT", prof="CM_KE_TOAN"),
        L("tc_ptp", "Phó Trưởng phòng Tài chính – Quản trị", PTP, "01.002", "tc_kt", unit="TCQT", prof="CM_KE_TOAN"),
        S("tc_cv", "Chuyên viên quản lý tài chính, tài sản của Đảng", "01.003", n=4, unit="TCQT", prof="CM_KE_TOAN"),
        D("tc_kt", "Kế toán", "06.031", n=3, unit="TCQT", prof="CM_KE_TOAN"),
        H("tc_tq", "Thủ quỹ", "01.004", unit="TCQT", kn=True, prof="CM_KE_TOAN",
          note="Kiêm nhiệm: do một công chức nhóm hành chính – văn thư đảm nhận"),
        H("tc_lx", "Lái xe", None, n=15, unit="TCQT",
          note="Phục vụ chung Thường trực Tỉnh ủy và các ban đảng tỉnh"),
        H("tc_bv", "Bảo vệ, phục vụ", "01.005", n=10, unit="TCQT"),
    ]))

    out.append((agency("HG-BTC", "Ban Tổ chức Tỉnh ủy Hậu Giang", "BTC Tỉnh ủy", PARTY, "PROVINCE", "PARTY_FRONT", "HG",
                       units=[("TCCB", "Phòng Tổ chức – Cán bộ", "PHONG"), ("DV", "Phòng Đảng viên", "PHONG"),
                              ("BVCT", "Phòng Bảo vệ chính trị nội bộ", "PHONG"), ("VP", "Văn phòng Ban", "VAN_PHONG")]), [
        L("tb", "Trưởng ban", TP, "01.001", "bm_cv", prof="CM_TO_CHUC_CAN_BO"),
        L("ptb", "Phó Trưởng ban", PTP, "01.002", "cb_cv", n=3, prof="CM_TO_CHUC_CAN_BO"),
        L("tccb_tp", "Trưởng phòng Tổ chức – Cán bộ", TP, "01.002", "bm_cv", unit="TCCB", prof="CM_TO_CHUC_CAN_BO"),
        L("tccb_ptp", "Phó Trưởng phòng Tổ chức – Cán bộ", PTP, "01.002", "cb_cv", n=2, unit="TCCB", prof="CM_TO_CHUC_CAN_BO"),
        S("bm_cv", "Chuyên viên tham mưu tổ chức bộ máy, biên chế", "01.002", n=3, unit="TCCB", prof="CM_TO_CHUC_CAN_BO"),
        S("cb_cv", "Chuyên viên quản lý cán bộ, quy hoạch, luân chuyển", "01.003", n=6, unit="TCCB", prof="CM_TO_CHUC_CAN_BO"),
        L("dv_tp", "Trưởng phòng Đảng viên", TP, "01.002", "dv_cv", unit="DV", prof="CM_TO_CHUC_CAN_BO"),
        L("dv_ptp", "Phó Trưởng phòng Đảng viên", PTP, "01.002", "dv_cv", unit="DV", prof="CM_TO_CHUC_CAN_BO"),
        S("dv_cv", "Chuyên viên quản lý đảng viên", "01.003", n=4, unit="DV", prof="CM_TO_CHUC_CAN_BO"),
        L("bv_tp", "Trưởng phòng Bảo vệ chính trị nội bộ", TP, "01.002", "bv_cv", unit="BVCT", prof="CM_TO_CHUC_CAN_BO"),
        S("bv_cv", "Chuyên viên bảo vệ chính trị nội bộ", "01.003", n=4, unit="BVCT", prof="CM_TO_CHUC_CAN_BO"),
        L("vp_cvp", "Chánh Văn phòng Ban", TP, "01.002", "vp_th", unit="VP", prof="CM_TONG_HOP"),
        D("vp_th", "Chuyên viên tổng hợp", "01.003", n=3, unit="VP", prof="CM_TONG_HOP"),
        D("vp_vt", "Chuyên viên hành chính – văn thư", "02.007", n=2, unit="VP", prof="CM_VAN_THU_LUU_TRU"),
    ]))

    out.append((agency("HG-UBKT", "Ủy ban Kiểm tra Tỉnh ủy Hậu Giang", "UBKT Tỉnh ủy", PARTY, "PROVINCE", "PARTY_FRONT", "HG",
                       units=[("KT1", "Phòng Kiểm tra – Giám sát số 1", "PHONG"),
                              ("KT2", "Phòng Kiểm tra – Giám sát số 2", "PHONG"),
                              ("KT3", "Phòng Kiểm tra – Giám sát số 3", "PHONG"),
                              ("VP", "Văn phòng", "VAN_PHONG")]), [
        L("cn", "Chủ nhiệm Ủy ban Kiểm tra", TP, "01.001", "kt1_cvc", prof="CM_KIEM_TRA_DANG"),
        L("pcn", "Phó Chủ nhiệm Ủy ban Kiểm tra", PTP, "01.002", "kt1_cvc", n=3, prof="CM_KIEM_TRA_DANG"),
        L("kt1_tp", "Trưởng phòng Kiểm tra – Giám sát số 1", TP, "01.002", "kt1_cvc", unit="KT1", prof="CM_KIEM_TRA_DANG"),
        L("kt1_ptp", "Phó Trưởng phòng Kiểm tra – Giám sát số 1", PTP, "01.002", "kt1_cvc", unit="KT1", prof="CM_KIEM_TRA_DANG"),
        S("kt1_cvc", "Chuyên viên chính kiểm tra, giám sát", "01.002", n=5, unit="KT1", prof="CM_KIEM_TRA_DANG"),
        L("kt2_tp", "Trưởng phòng Kiểm tra – Giám sát số 2", TP, "01.002", "kt2_cv", unit="KT2", prof="CM_KIEM_TRA_DANG"),
        L("kt2_ptp", "Phó Trưởng phòng Kiểm tra – Giám sát số 2", PTP, "01.002", "kt2_cv", unit="KT2", prof="CM_KIEM_TRA_DANG"),
        S("kt2_cv", "Chuyên viên kiểm tra, giám sát", "01.003", n=7, unit="KT2", prof="CM_KIEM_TRA_DANG",
          note="Theo dõi địa bàn các huyện, thị xã, thành phố"),
        L("kt3_tp", "Trưởng phòng Kiểm tra – Giám sát số 3", TP, "01.002", "kt3_cv", unit="KT3", prof="CM_KIEM_TRA_DANG"),
        L("kt3_ptp", "Phó Trưởng phòng Kiểm tra – Giám sát số 3", PTP, "01.002", "kt3_cv", unit="KT3", prof="CM_KIEM_TRA_DANG"),
        S("kt3_cv", "Chuyên viên kiểm tra tài chính đảng, tài sản kê khai", "01.003", n=5, unit="KT3", prof="CM_KIEM_TRA_DANG"),
        L("vp_cvp", "Chánh Văn phòng", TP, "01.002", "vp_th", unit="VP", prof="CM_TONG_HOP"),
        D("vp_th", "Chuyên viên tổng hợp – hành chính", "01.003", n=3, unit="VP", prof="CM_TONG_HOP",
          note="Hậu cần, tài chính do Văn phòng Tỉnh ủy bảo đảm"),
    ]))

    out.append((agency("HG-BTG", "Ban Tuyên giáo Tỉnh ủy Hậu Giang", "BTG Tỉnh ủy", PARTY, "PROVINCE", "PARTY_FRONT", "HG",
                       units=[("TTBC", "Phòng Tuyên truyền – Báo chí", "PHONG"),
                              ("LLKG", "Phòng Lý luận chính trị – Khoa giáo", "PHONG")]), [
        L("tb", "Trưởng ban", TP, "01.001", "tt_cv", prof="CM_TUYEN_GIAO"),
        L("ptb", "Phó Trưởng ban", PTP, "01.002", "bc_cv", n=2, prof="CM_TUYEN_GIAO"),
        L("tt_tp", "Trưởng phòng Tuyên truyền – Báo chí", TP, "01.002", "bc_cv", unit="TTBC", prof="CM_TUYEN_GIAO"),
        L("tt_ptp", "Phó Trưởng phòng Tuyên truyền – Báo chí", PTP, "01.002", "tt_cv", unit="TTBC", prof="CM_TUYEN_GIAO"),
        S("tt_cv", "Chuyên viên tuyên truyền", "01.003", n=5, unit="TTBC", prof="CM_TUYEN_GIAO"),
        S("bc_cv", "Chuyên viên quản lý báo chí, xuất bản", "01.002", n=2, unit="TTBC", prof="CM_TUYEN_GIAO"),
        L("ll_tp", "Trưởng phòng Lý luận chính trị – Khoa giáo", TP, "01.002", "ll_cv", unit="LLKG", prof="CM_TUYEN_GIAO"),
        L("ll_ptp", "Phó Trưởng phòng Lý luận chính trị – Khoa giáo", PTP, "01.002", "ll_cv", unit="LLKG", prof="CM_TUYEN_GIAO"),
        S("ll_cv", "Chuyên viên lý luận chính trị, lịch sử Đảng, khoa giáo", "01.003", n=6, unit="LLKG",
          prof="CM_TUYEN_GIAO"),
        D("th", "Chuyên viên tổng hợp – hành chính", "01.003", n=2, prof="CM_TONG_HOP"),
    ]))

    out.append((agency("HG-BDV", "Ban Dân vận Tỉnh ủy Hậu Giang", "BDV Tỉnh ủy", PARTY, "PROVINCE", "PARTY_FRONT", "HG",
                       units=[("DV", "Phòng Dân vận – Dân tộc, Tôn giáo", "PHONG")]), [
        L("tb", "Trưởng ban", TP, "01.001", "dv_cv", prof="CM_DAN_VAN"),
        L("ptb", "Phó Trưởng ban", PTP, "01.002", "dt_cv", n=2, prof="CM_DAN_VAN"),
        L("dv_tp", "Trưởng phòng Dân vận – Dân tộc, Tôn giáo", TP, "01.002", "dv_cv", unit="DV", prof="CM_DAN_VAN"),
        L("dv_ptp", "Phó Trưởng phòng Dân vận – Dân tộc, Tôn giáo", PTP, "01.002", "dt_cv", n=2, unit="DV", prof="CM_DAN_VAN"),
        S("dv_cv", "Chuyên viên dân vận", "01.003", n=7, unit="DV", prof="CM_DAN_VAN"),
        S("dt_cv", "Chuyên viên công tác dân tộc, tôn giáo", "01.003", n=3, unit="DV", prof="CM_DAN_VAN"),
    ]))

    out.append((agency("HG-BNC", "Ban Nội chính Tỉnh ủy Hậu Giang", "BNC Tỉnh ủy", PARTY, "PROVINCE", "PARTY_FRONT", "HG",
                       units=[("NC", "Phòng Nội chính – Phòng, chống tham nhũng, tiêu cực", "PHONG")]), [
        L("tb", "Trưởng ban", TP, "01.001", "nc_cv", prof="CM_NOI_CHINH"),
        L("ptb", "Phó Trưởng ban", PTP, "01.002", "pc_cv", n=2, prof="CM_NOI_CHINH"),
        L("nc_tp", "Trưởng phòng Nội chính – Phòng, chống tham nhũng, tiêu cực", TP, "01.002", "pc_cv", unit="NC", prof="CM_NOI_CHINH"),
        L("nc_ptp", "Phó Trưởng phòng Nội chính – Phòng, chống tham nhũng, tiêu cực", PTP, "01.002", "nc_cv", n=2, unit="NC", prof="CM_NOI_CHINH"),
        S("nc_cv", "Chuyên viên nội chính", "01.003", n=6, unit="NC", prof="CM_NOI_CHINH"),
        S("pc_cv", "Chuyên viên phòng, chống tham nhũng, tiêu cực", "01.002", n=3, unit="NC", prof="CM_NOI_CHINH"),
    ]))

    out.append((agency("HG-DUK", "Đảng ủy Khối Cơ quan – Doanh nghiệp tỉnh Hậu Giang", "Đảng ủy Khối", PARTY, "PROVINCE",
                       "PARTY_FRONT", "HG",
                       units=[("TCKT", "Ban Tổ chức – Kiểm tra", "PHONG"), ("VP", "Văn phòng Đảng ủy", "VAN_PHONG")]), [
        L("bt", "Bí thư Đảng ủy Khối", TP, "01.001", "tc_cv", prof="CM_TO_CHUC_CAN_BO"),
        L("pbt", "Phó Bí thư Đảng ủy Khối", PTP, "01.002", "tg_cv", prof="CM_TUYEN_GIAO"),
        L("tc_tb", "Trưởng ban Tổ chức – Kiểm tra", TP, "01.002", "tc_cv", unit="TCKT", prof="CM_TO_CHUC_CAN_BO"),
        L("tc_ptb", "Phó Trưởng ban Tổ chức – Kiểm tra", PTP, "01.002", "tc_cv", unit="TCKT", prof="CM_KIEM_TRA_DANG"),
        S("tc_cv", "Chuyên viên tổ chức đảng, đảng viên và kiểm tra, giám sát", "01.003", n=6, unit="TCKT",
          prof="CM_TO_CHUC_CAN_BO"),
        L("vp_cvp", "Chánh Văn phòng Đảng ủy", TP, "01.002", "tg_cv", unit="VP", prof="CM_TONG_HOP"),
        S("tg_cv", "Chuyên viên văn phòng, tuyên giáo – dân vận", "01.003", n=3, unit="VP", prof="CM_TUYEN_GIAO"),
    ]))

    # Mặt trận và các đoàn thể tỉnh: own budget, own accountant and driver.
    out.append((agency("HG-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang", "UBMTTQ tỉnh", FRONT, "PROVINCE",
                       "PARTY_FRONT", "HG",
                       units=[("MT", "Ban Phong trào – Dân chủ, Pháp luật", "PHONG"),
                              ("VP", "Văn phòng", "VAN_PHONG")]), [
        L("ct", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", TP, "01.001", "mt_cv", prof="CM_CONG_TAC_MAT_TRAN"),
        L("pct", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", PTP, "01.002", "gs_cv", n=3, prof="CM_CONG_TAC_MAT_TRAN"),
        L("mt_tb", "Trưởng ban Phong trào – Dân chủ, Pháp luật", TP, "01.002", "mt_cv", unit="MT", prof="CM_CONG_TAC_MAT_TRAN"),
        L("mt_ptb", "Phó Trưởng ban Phong trào – Dân chủ, Pháp luật", PTP, "01.002", "gs_cv", unit="MT",
          prof="CM_CONG_TAC_MAT_TRAN"),
        S("mt_cv", "Chuyên viên công tác Mặt trận", "01.003", n=9, unit="MT", prof="CM_CONG_TAC_MAT_TRAN"),
        S("gs_cv", "Chuyên viên giám sát, phản biện xã hội", "01.003", n=6, unit="MT", prof="CM_CONG_TAC_MAT_TRAN"),
        L("vp_cvp", "Chánh Văn phòng", TP, "01.002", "vp_kt", unit="VP", prof="CM_TONG_HOP"),
        D("vp_kt", "Kế toán", "06.031", n=2, unit="VP", prof="CM_KE_TOAN"),
        H("vp_lx", "Lái xe", None, n=2, unit="VP"),
    ]))

    for code, name, short, head, deputy, ban, cv, cv_n, dep_n, lx in [
        ("HG-TD", "Tỉnh đoàn Hậu Giang", "Tỉnh đoàn", "Bí thư Tỉnh đoàn", "Phó Bí thư Tỉnh đoàn",
         "Ban Tổ chức – Phong trào", "Chuyên viên công tác Đoàn, thanh thiếu nhi", 11, 3, 1),
        ("HG-HLHPN", "Hội Liên hiệp Phụ nữ tỉnh Hậu Giang", "Hội LHPN tỉnh", "Chủ tịch Hội LHPN tỉnh",
         "Phó Chủ tịch Hội LHPN tỉnh", "Ban Tổ chức – Tuyên giáo – Gia đình xã hội", "Chuyên viên công tác phụ nữ", 10, 3, 1),
        ("HG-HND", "Hội Nông dân tỉnh Hậu Giang", "Hội Nông dân tỉnh", "Chủ tịch Hội Nông dân tỉnh",
         "Phó Chủ tịch Hội Nông dân tỉnh", "Ban Kinh tế – Xã hội", "Chuyên viên công tác hội nông dân", 10, 2, 1),
    ]:
        out.append((agency(code, name, short, FRONT, "PROVINCE", "PARTY_FRONT", "HG",
                           units=[("BAN", ban, "PHONG")]), [
            L("ct", head, TP, "01.002", "cv", prof="CM_CONG_TAC_MAT_TRAN"),
            L("pct", deputy, PTP, "01.002", "cv", n=dep_n, prof="CM_CONG_TAC_MAT_TRAN"),
            L("ban_tb", "Trưởng " + ban[0].lower() + ban[1:], TP, "01.002", "cv", unit="BAN", prof="CM_CONG_TAC_MAT_TRAN"),
            L("ban_ptb", "Phó Trưởng " + ban[0].lower() + ban[1:], PTP, "01.002", "cv", unit="BAN",
              prof="CM_CONG_TAC_MAT_TRAN"),
            S("cv", cv, "01.003", n=cv_n, unit="BAN", prof="CM_CONG_TAC_MAT_TRAN"),
            D("kt", "Kế toán", "06.032", prof="CM_KE_TOAN"),
            H("lx", "Lái xe", None, n=lx),
        ]))

    out.append((agency("HG-HCCB", "Hội Cựu chiến binh tỉnh Hậu Giang", "Hội CCB tỉnh", FRONT, "PROVINCE", "PARTY_FRONT", "HG",
                       units=[("VP", "Văn phòng", "VAN_PHONG")]), [
        L("ct", "Chủ tịch Hội Cựu chiến binh tỉnh", TP, "01.002", "cv", prof="CM_CONG_TAC_MAT_TRAN"),
        L("pct", "Phó Chủ tịch Hội Cựu chiến binh tỉnh", PTP, "01.002", "cv", prof="CM_CONG_TAC_MAT_TRAN"),
        L("vp_cvp", "Chánh Văn phòng", TP, "01.002", "cv", unit="VP", prof="CM_CONG_TAC_MAT_TRAN"),
        S("cv", "Chuyên viên công tác hội cựu chiến binh", "01.003", n=5, unit="VP", prof="CM_CONG_TAC_MAT_TRAN"),
        D("kt", "Kế toán", "06.032", unit="VP", prof="CM_KE_TOAN"),
        H("lx", "Lái xe", None, unit="VP"),
    ]))

    # Public service units of the Party: staffed by viên chức.
    VC = "VIEN_CHUC"
    out.append((agency("HG-BAO", "Báo Hậu Giang", "Báo Hậu Giang", PUB, "PROVINCE", "PUBLIC_SERVICE", "HG", autonomy=3,
                       units=[("TS", "Phòng Thời sự", "PHONG"), ("KT", "Phòng Kinh tế", "PHONG"),
                              ("DT", "Phòng Báo điện tử", "PHONG"), ("TRS", "Phòng Trị sự", "PHONG")]), [
        L("tbt", "Tổng Biên tập", TP, "V.11.01.01", "ts_btv", cat=VC, prof="CM_BAO_CHI"),
        L("ptbt", "Phó Tổng Biên tập", PTP, "V.11.01.02", "dt_btv", n=2, cat=VC, prof="CM_BAO_CHI"),
        L("ts_tp", "Trưởng phòng Thời sự", TP, "V.11.01.02", "ts_btv", unit="TS", cat=VC, prof="CM_BAO_CHI"),
        L("ts_ptp", "Phó Trưởng phòng Thời sự", PTP, "V.11.02.05", "ts_pv", unit="TS", cat=VC, prof="CM_BAO_CHI"),
        S("ts_btv", "Biên tập viên", "V.11.01.03", n=5, unit="TS", cat=VC, prof="CM_BAO_CHI"),
        S("ts_pv", "Phóng viên", "V.11.02.06", n=9, unit="TS", cat=VC, prof="CM_BAO_CHI"),
        L("kt_tp", "Trưởng phòng Kinh tế", TP, "V.11.02.05", "kt_pv", unit="KT", cat=VC, prof="CM_BAO_CHI"),
        L("kt_ptp", "Phó Trưởng phòng Kinh tế", PTP, "V.11.02.06", "kt_pv", unit="KT", cat=VC, prof="CM_BAO_CHI"),
        S("kt_pv", "Phóng viên", "V.11.02.06", n=8, unit="KT", cat=VC, prof="CM_BAO_CHI"),
        L("dt_tp", "Trưởng phòng Báo điện tử", TP, "V.11.01.02", "dt_btv", unit="DT", cat=VC, prof="CM_BAO_CHI"),
        S("dt_btv", "Biên tập viên báo điện tử", "V.11.01.03", n=7, unit="DT", cat=VC, prof="CM_BAO_CHI"),
        L("trs_tp", "Trưởng phòng Trị sự", TP, "V.06.031", "trs_kt", unit="TRS", cat=VC, prof="CM_KE_TOAN"),
        D("trs_kt", "Kế toán", "V.06.031", n=2, unit="TRS", cat=VC, prof="CM_KE_TOAN"),
        D("trs_vt", "Văn thư", "V.01.02.02", n=2, unit="TRS", cat=VC, prof="CM_VAN_THU_LUU_TRU"),
        H("trs_lx", "Lái xe", None, n=2, unit="TRS"),
        H("trs_bv", "Bảo vệ", None, n=3, unit="TRS"),
    ]))

    out.append((agency("HG-TCT", "Trường Chính trị tỉnh Hậu Giang", "Trường Chính trị", PUB, "PROVINCE", "PUBLIC_SERVICE",
                       "HG", autonomy=4,
                       units=[("TCHC", "Phòng Tổ chức – Hành chính – Quản lý đào tạo", "PHONG"),
                              ("XDD", "Khoa Xây dựng Đảng", "KHAC"),
                              ("LLCS", "Khoa Lý luận cơ sở – Nhà nước và pháp luật", "KHAC")]), [
        L("ht", "Hiệu trưởng", TP, "V.07.01.01", "xdd_gvc", cat=VC, prof="CM_GIANG_DAY_LLCT"),
        L("pht", "Phó Hiệu trưởng", PTP, "V.07.01.02", "llcs_gv", n=2, cat=VC, prof="CM_GIANG_DAY_LLCT"),
        L("tc_tp", "Trưởng phòng Tổ chức – Hành chính – Quản lý đào tạo", TP, "V.07.01.02", "xdd_gv", unit="TCHC", cat=VC,
          prof="CM_GIANG_DAY_LLCT"),
        D("tc_vt", "Văn thư – quản lý hồ sơ học viên", "V.01.02.02", unit="TCHC", cat=VC, prof="CM_VAN_THU_LUU_TRU"),
        D("tc_kt", "Kế toán", "V.06.031", n=2, unit="TCHC", cat=VC, prof="CM_KE_TOAN"),
        H("tc_lx", "Lái xe", None, n=2, unit="TCHC"),
        H("tc_bv", "Bảo vệ, phục vụ", "01.005", n=1, unit="TCHC"),
        L("xdd_tk", "Trưởng khoa Xây dựng Đảng", TP, "V.07.01.02", "xdd_gvc", unit="XDD", cat=VC, prof="CM_GIANG_DAY_LLCT"),
        L("xdd_ptk", "Phó Trưởng khoa Xây dựng Đảng", PTP, "V.07.01.03", "xdd_gv", unit="XDD", cat=VC, prof="CM_GIANG_DAY_LLCT"),
        S("xdd_gvc", "Giảng viên chính lý luận chính trị", "V.07.01.02", n=3, unit="XDD", cat=VC, prof="CM_GIANG_DAY_LLCT"),
        S("xdd_gv", "Giảng viên lý luận chính trị", "V.07.01.03", n=6, unit="XDD", cat=VC, prof="CM_GIANG_DAY_LLCT"),
        L("llcs_tk", "Trưởng khoa Lý luận cơ sở – Nhà nước và pháp luật", TP, "V.07.01.02", "llcs_gv", unit="LLCS", cat=VC,
          prof="CM_GIANG_DAY_LLCT"),
        S("llcs_gv", "Giảng viên lý luận chính trị", "V.07.01.03", n=7, unit="LLCS", cat=VC, prof="CM_GIANG_DAY_LLCT"),
    ]))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Hậu Giang: district level (8 Party committees of districts, towns and cities)
# ---------------------------------------------------------------------------------------------------------------

# code, committee, place, and the sizes that differ between districts:
#   vp_p: deputies of the office; vp_th: CV tổng hợp; lx: drivers (contract); bv: guard/service (contract)
#   btc_p / btc_cv / dv: deputies, CV tổ chức – cán bộ, CV đảng viên (0 = folded into CV tổ chức – cán bộ)
#   kt_p / kt_cv, tg_cv, dvan_cv, mt_p / mt_cv (CV công tác Mặt trận và đoàn thể), gv (lecturers), tq: treasurer kiêm nhiệm
DISTRICTS = [
    dict(code="VT", committee="Thành ủy Vị Thanh", place="thành phố Vị Thanh",
         vp_p=2, vp_th=3, lx=5, bv=2, vt=0, btc_p=2, btc_cv=5, dv=0, kt_p=2, kt_cv=3, tg_cv=3, dvan_cv=2,
         mt_p=2, mt_cv=12, gv=2, tq=False),
    dict(code="NB", committee="Thành ủy Ngã Bảy", place="thành phố Ngã Bảy",
         vp_p=1, vp_th=3, lx=5, bv=2, vt=0, btc_p=1, btc_cv=3, dv=0, kt_p=1, kt_cv=3, tg_cv=2, dvan_cv=2,
         mt_p=1, mt_cv=11, gv=2, tq=True),
    dict(code="LMX", committee="Thị ủy Long Mỹ", place="thị xã Long Mỹ",
         vp_p=1, vp_th=2, lx=5, bv=0, vt=0, btc_p=1, btc_cv=3, dv=0, kt_p=1, kt_cv=3, tg_cv=2, dvan_cv=2,
         mt_p=1, mt_cv=10, gv=2, tq=True),
    dict(code="CT", committee="Huyện ủy Châu Thành", place="huyện Châu Thành",
         vp_p=2, vp_th=2, lx=6, bv=2, vt=0, btc_p=2, btc_cv=3, dv=0, kt_p=2, kt_cv=3, tg_cv=2, dvan_cv=2,
         mt_p=2, mt_cv=11, gv=2, tq=False),
    dict(code="CTA", committee="Huyện ủy Châu Thành A", place="huyện Châu Thành A",
         vp_p=2, vp_th=3, lx=5, bv=2, vt=0, btc_p=2, btc_cv=4, dv=0, kt_p=2, kt_cv=3, tg_cv=2, dvan_cv=2,
         mt_p=2, mt_cv=11, gv=2, tq=False),
    dict(code="PH", committee="Huyện ủy Phụng Hiệp", place="huyện Phụng Hiệp",
         vp_p=2, vp_th=3, lx=6, bv=2, vt=0, btc_p=2, btc_cv=5, dv=0, kt_p=2, kt_cv=4, tg_cv=3, dvan_cv=3,
         mt_p=2, mt_cv=13, gv=2, tq=False),
    dict(code="VTH", committee="Huyện ủy Vị Thủy", place="huyện Vị Thủy",
         vp_p=1, vp_th=2, lx=5, bv=0, vt=0, btc_p=1, btc_cv=3, dv=0, kt_p=1, kt_cv=2, tg_cv=2, dvan_cv=2,
         mt_p=1, mt_cv=10, gv=2, tq=True),
    dict(code="LMH", committee="Huyện ủy Long Mỹ", place="huyện Long Mỹ",
         vp_p=1, vp_th=2, lx=6, bv=0, vt=0, btc_p=1, btc_cv=3, dv=0, kt_p=1, kt_cv=3, tg_cv=2, dvan_cv=2,
         mt_p=1, mt_cv=10, gv=2, tq=False),
]


def hg_district(d):
    """(grouping node, [(agency, table)]) for one district."""
    g = d["code"]
    root = f"HG-{g}"
    cm = d["committee"]
    grouping = agency(root, cm, d["place"][0].upper() + d["place"][1:], GROUP, "DISTRICT", "PARTY_FRONT", "HG",
                      province_type="II")
    out = []

    vp = [
        L("cvp", "Chánh Văn phòng", TP, "01.002", "th", prof="CM_TONG_HOP"),
        L("pcvp", "Phó Chánh Văn phòng", PTP, "01.002", "kt", n=d["vp_p"], prof="CM_TONG_HOP"),
        D("th", "Chuyên viên tổng hợp", "01.003", n=d["vp_th"], prof="CM_TONG_HOP"),
        D("kt", "Kế toán", "06.031", prof="CM_KE_TOAN"),
    ]
    if d["vt"]:
        vp.append(D("vt", "Chuyên viên hành chính – văn thư – lưu trữ", "02.007", n=d["vt"], prof="CM_VAN_THU_LUU_TRU"))
    if d["tq"]:
        vp.append(H("tq", "Thủ quỹ", "01.004", kn=True, prof="CM_KE_TOAN",
                    note="Kiêm nhiệm: do chuyên viên tổng hợp của Văn phòng đảm nhận"))
    vp.append(H("lx", "Lái xe", None, n=d["lx"]))
    if d["bv"]:
        vp.append(H("bv", "Bảo vệ, phục vụ", "01.005", n=d["bv"]))
    out.append((agency(f"{root}-VP", f"Văn phòng {cm}", "Văn phòng", PARTY, "DISTRICT", "PARTY_FRONT", root), vp))

    btc = [
        L("tb", "Trưởng ban", TP, "01.002", "tccb", prof="CM_TO_CHUC_CAN_BO"),
        L("ptb", "Phó Trưởng ban", PTP, "01.002", "dv" if d["dv"] else "tccb", n=d["btc_p"], prof="CM_TO_CHUC_CAN_BO"),
        S("tccb", "Chuyên viên tổ chức – cán bộ" if d["dv"] else "Chuyên viên tổ chức – cán bộ – đảng viên", "01.003",
          n=d["btc_cv"], prof="CM_TO_CHUC_CAN_BO"),
    ]
    if d["dv"]:
        btc.append(S("dv", "Chuyên viên quản lý đảng viên, bảo vệ chính trị nội bộ", "01.003", n=d["dv"],
                     prof="CM_TO_CHUC_CAN_BO"))
    out.append((agency(f"{root}-BTC", f"Ban Tổ chức {cm}", "Ban Tổ chức", PARTY, "DISTRICT", "PARTY_FRONT", root), btc))

    out.append((agency(f"{root}-UBKT", f"Ủy ban Kiểm tra {cm}", "UBKT", PARTY, "DISTRICT", "PARTY_FRONT", root), [
        L("cn", "Chủ nhiệm Ủy ban Kiểm tra", TP, "01.002", "kt", prof="CM_KIEM_TRA_DANG"),
        L("pcn", "Phó Chủ nhiệm Ủy ban Kiểm tra", PTP, "01.002", "kt", n=d["kt_p"], prof="CM_KIEM_TRA_DANG"),
        S("kt", "Chuyên viên kiểm tra, giám sát", "01.003", n=d["kt_cv"], prof="CM_KIEM_TRA_DANG"),
    ]))
    out.append((agency(f"{root}-BTG", f"Ban Tuyên giáo {cm}", "Ban Tuyên giáo", PARTY, "DISTRICT", "PARTY_FRONT", root), [
        L("tb", "Trưởng ban", TP, "01.002", "tt", prof="CM_TUYEN_GIAO"),
        L("ptb", "Phó Trưởng ban", PTP, "01.002", "tt", prof="CM_TUYEN_GIAO"),
        S("tt", "Chuyên viên tuyên truyền, lý luận chính trị", "01.003", n=d["tg_cv"], prof="CM_TUYEN_GIAO"),
    ]))
    out.append((agency(f"{root}-BDV", f"Ban Dân vận {cm}", "Ban Dân vận", PARTY, "DISTRICT", "PARTY_FRONT", root), [
        L("tb", "Trưởng ban", TP, "01.002", "dv", prof="CM_DAN_VAN"),
        L("ptb", "Phó Trưởng ban", PTP, "01.002", "dv", prof="CM_DAN_VAN"),
        S("dv", "Chuyên viên dân vận", "01.003", n=d["dvan_cv"], prof="CM_DAN_VAN"),
    ]))
    out.append((agency(f"{root}-MTTQ", f"Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội {d['place']}",
                       "MTTQ và đoàn thể", FRONT, "DISTRICT", "PARTY_FRONT", root), [
        L("ct", "Chủ tịch Ủy ban MTTQ Việt Nam", TP, "01.002", "mt", prof="CM_CONG_TAC_MAT_TRAN"),
        L("pct", "Phó Chủ tịch Ủy ban MTTQ Việt Nam", PTP, "01.002", "mt", n=d["mt_p"], prof="CM_CONG_TAC_MAT_TRAN"),
        S("mt", "Chuyên viên công tác Mặt trận và đoàn thể", "01.003", n=d["mt_cv"], prof="CM_CONG_TAC_MAT_TRAN",
          note="Gồm cán bộ chuyên trách Đoàn Thanh niên, Hội LHPN, Hội Nông dân, Hội CCB cấp huyện"),
    ]))
    VC = "VIEN_CHUC"
    out.append((agency(f"{root}-TTCT", f"Trung tâm Chính trị {d['place']}", "Trung tâm Chính trị", PUB, "DISTRICT",
                       "PUBLIC_SERVICE", root, autonomy=4), [
        L("gd", "Giám đốc Trung tâm", TP, "V.07.01.02", "gv", cat=VC, prof="CM_GIANG_DAY_LLCT"),
        S("gv", "Giảng viên lý luận chính trị", "V.07.01.03", n=d["gv"], cat=VC, prof="CM_GIANG_DAY_LLCT"),
    ]))
    return grouping, out


# ---------------------------------------------------------------------------------------------------------------
# Hậu Giang: assembly, quotas, totals
# ---------------------------------------------------------------------------------------------------------------

HG_TOTALS = {"positions": 322, "CBCC": 568, "VIEN_CHUC": 92, "HOP_DONG": 92, "CBCC_CAP_XA": 0}
HG_BASELINE_2022 = {"CBCC": 598, "VIEN_CHUC": 102}

# How far each agency's 2022 quota (Ban Tổ chức Trung ương) lay above its 2024 proposal. Invented split of the
# published reduction (30 CBCC, 10 VC); every agency keeps baseline ≥ proposed.
HG_REDUCTION = {
    "CBCC": {"HG-VPTU": 3, "HG-BTC": 2, "HG-UBKT": 2, "HG-BTG": 2, "HG-BDV": 1, "HG-BNC": 1, "HG-DUK": 1,
             "HG-MTTQ": 2, "HG-TD": 1, "HG-HLHPN": 1, "HG-HND": 1, "HG-HCCB": 1,
             "HG-VT-MTTQ": 1, "HG-NB-MTTQ": 1, "HG-LMX-MTTQ": 1, "HG-CT-MTTQ": 1, "HG-CTA-MTTQ": 1,
             "HG-PH-MTTQ": 1, "HG-VTH-MTTQ": 1, "HG-LMH-MTTQ": 1,
             "HG-VT-VP": 1, "HG-PH-VP": 1, "HG-PH-BTC": 1, "HG-CT-UBKT": 1},
    "VIEN_CHUC": {"HG-BAO": 5, "HG-TCT": 3, "HG-LMX-TTCT": 1, "HG-VTH-TTCT": 1},
}


def headcount_by_agency(positions):
    sums = {}
    for p in positions:
        if p["workload"] == "KIEM_NHIEM":
            continue
        acc = sums.setdefault(p["agency"], {c: 0 for c in CATS})
        for c in CATS:
            acc[c] += p["headcount"][c]
    return sums


def hg_quotas(agencies, positions):
    by_agency = headcount_by_agency(positions)
    quotas = []
    for a in agencies:
        if a["kind"] == "GROUPING":
            continue
        h = by_agency.get(a["code"], {c: 0 for c in CATS})
        for cat in ("CBCC", "VIEN_CHUC"):
            base = h[cat] + HG_REDUCTION[cat].get(a["code"], 0)
            if base == 0:
                continue
            quotas.append({"agency": a["code"], "year": 2022, "category": cat, "amount": base,
                           "decisionNo": "Quyết định số …-QĐ/BTCTW (số hiệu chưa đối chiếu)", "decisionDate": None,
                           "issuer": "Ban Tổ chức Trung ương", "baseline": True})
        for cat in ("CBCC", "VIEN_CHUC", "HOP_DONG"):
            if h[cat] == 0:
                continue
            quotas.append({"agency": a["code"], "year": 2024, "category": cat, "amount": h[cat],
                           "decisionNo": "Quyết định số …-QĐ/TU (số hiệu chưa đối chiếu)", "decisionDate": None,
                           "issuer": "Ban Thường vụ Tỉnh ủy Hậu Giang", "baseline": False})
    return quotas


def hau_giang():
    descriptions = dict(T.HG_DESCRIPTIONS)
    agencies = [agency("HG", "Các cơ quan, đơn vị sự nghiệp của Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
                             "tỉnh Hậu Giang", "Khối Đảng, MTTQ, đoàn thể tỉnh Hậu Giang", GROUP, "PROVINCE",
                       "PARTY_FRONT", None, province_type="II")]
    positions = []
    for a, table in hg_provincial():
        a["provinceType"] = "II"
        agencies.append(a)
        positions += build_positions(a["code"], table, descriptions)
    for d in DISTRICTS:
        grouping, items = hg_district(d)
        agencies.append(grouping)
        for a, table in items:
            a["provinceType"] = "II"
            agencies.append(a)
            positions += build_positions(a["code"], table, descriptions)
    if descriptions:
        raise AssertionError(f"descriptions for unknown positions: {sorted(descriptions)}")
    quotas = hg_quotas(agencies, positions)
    scheme = {
        "title": "Đề án tạm thời vị trí việc làm các cơ quan, đơn vị sự nghiệp của Đảng, Mặt trận Tổ quốc và các "
                 "tổ chức chính trị - xã hội tỉnh Hậu Giang",
        "regime": "PARTY_FRONT", "year": 2024, "status": "APPROVED", "version": 1,
        "decisionNo": None, "decisionDate": None, "illustrative": True,
        "note": "Dữ liệu minh họa. Các số tổng (322 vị trí việc làm; 660 biên chế gồm 568 cán bộ, công chức và 92 "
                "viên chức; 92 hợp đồng lao động; biên chế Ban Tổ chức Trung ương giao năm 2022 là 598 cán bộ, "
                "công chức và 102 viên chức) là số liệu đã công bố trên báo Hậu Giang ngày 12/01/2024. Việc phân bổ "
                "cho từng cơ quan, tên phòng, tên vị trí, bản mô tả công việc và khung năng lực là nội dung giả định "
                "để minh họa, không phải nội dung của đề án thật; số hiệu, ngày ban hành các quyết định chưa đối chiếu.",
        "rootAgency": "HG", "legalReferences": ["KL28_2022", "KL40_2022", "HD01_2023_HG"],
    }
    return {"scheme": scheme, "competencies": T.HG_COMPETENCIES, "agencies": agencies, "quotas": quotas,
            "positions": positions}


def assert_hg(doc):
    pos = doc["positions"]
    total = {c: 0 for c in CATS}
    for p in pos:
        if p["workload"] != "KIEM_NHIEM":
            for c in CATS:
                total[c] += p["headcount"][c]
    got = {"positions": len(pos), **total}
    assert got == HG_TOTALS, f"Hậu Giang totals {got} != {HG_TOTALS}"
    assert total["CBCC"] + total["VIEN_CHUC"] == 660
    base = {c: sum(q["amount"] for q in doc["quotas"] if q["year"] == 2022 and q["category"] == c)
            for c in ("CBCC", "VIEN_CHUC")}
    assert base == HG_BASELINE_2022, f"2022 baseline {base}"
    y24 = {c: sum(q["amount"] for q in doc["quotas"] if q["year"] == 2024 and q["category"] == c)
           for c in ("CBCC", "VIEN_CHUC", "HOP_DONG")}
    assert y24 == {"CBCC": 568, "VIEN_CHUC": 92, "HOP_DONG": 92}, f"2024 quotas {y24}"
    full = sum(1 for p in pos if "description" in p)
    assert full >= 32, f"only {full} full descriptions"


# ---------------------------------------------------------------------------------------------------------------
# Đức Phổ (seed 000)
# ---------------------------------------------------------------------------------------------------------------

DP_Q22 = {"decisionNo": "933-QĐ/TU", "decisionDate": "2022-12-29", "issuer": "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
          "baseline": True}
DP_Q23 = {"decisionNo": "946-QĐ/TU", "decisionDate": "2022-12-29", "issuer": "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
          "baseline": False}


def duc_pho():
    descriptions = dict(T.DP_DESCRIPTIONS)
    P = "DP-KDANG"
    G = "DP-KCQ"
    SN = "DP-KSN"
    X = "DP-XA"
    agencies = [
        agency("DP", "Hệ thống chính trị thị xã Đức Phổ", "Thị xã Đức Phổ", GROUP, "DISTRICT", "PARTY_FRONT", None,
               province_type="II"),
        agency(P, "Khối Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thị xã Đức Phổ", "Khối Đảng, đoàn thể",
               GROUP, "DISTRICT", "PARTY_FRONT", "DP"),
        agency("DP-VPTU", "Văn phòng Thị ủy Đức Phổ", "Văn phòng Thị ủy", PARTY, "DISTRICT", "PARTY_FRONT", P),
        agency("DP-TCNV", "Cơ quan Tổ chức – Nội vụ thị xã Đức Phổ", "Cơ quan Tổ chức – Nội vụ", PARTY, "DISTRICT",
               "PARTY_FRONT", P),
        agency("DP-UBKT", "Ủy ban Kiểm tra Thị ủy Đức Phổ", "UBKT Thị ủy", PARTY, "DISTRICT", "PARTY_FRONT", P),
        agency("DP-BTG", "Ban Tuyên giáo Thị ủy Đức Phổ", "Ban Tuyên giáo", PARTY, "DISTRICT", "PARTY_FRONT", P),
        agency("DP-BDV", "Ban Dân vận Thị ủy Đức Phổ", "Ban Dân vận", PARTY, "DISTRICT", "PARTY_FRONT", P),
        agency("DP-MTTQ", "Ủy ban MTTQ Việt Nam thị xã Đức Phổ", "UBMTTQ thị xã", FRONT, "DISTRICT", "PARTY_FRONT", P),
        agency("DP-TD", "Thị đoàn Đức Phổ", "Thị đoàn", FRONT, "DISTRICT", "PARTY_FRONT", P),
        agency("DP-HLHPN", "Hội Liên hiệp Phụ nữ thị xã Đức Phổ", "Hội LHPN", FRONT, "DISTRICT", "PARTY_FRONT", P),
        agency("DP-HND", "Hội Nông dân thị xã Đức Phổ", "Hội Nông dân", FRONT, "DISTRICT", "PARTY_FRONT", P),
        agency("DP-HCCB", "Hội Cựu chiến binh thị xã Đức Phổ", "Hội CCB", FRONT, "DISTRICT", "PARTY_FRONT", P),
        agency("DP-TTCT", "Trung tâm Chính trị thị xã Đức Phổ", "Trung tâm Chính trị", PUB, "DISTRICT",
               "PUBLIC_SERVICE", P, autonomy=4),
        agency(G, "Khối chính quyền thị xã Đức Phổ (HĐND và UBND thị xã)", "Khối chính quyền", GROUP, "DISTRICT",
               "GOVERNMENT", "DP"),
        agency("DP-VPHU", "Văn phòng HĐND và UBND thị xã Đức Phổ", "Văn phòng HĐND và UBND", "ADMINISTRATIVE",
               "DISTRICT", "GOVERNMENT", G),
        agency("DP-TCKH", "Phòng Tài chính – Kế hoạch thị xã Đức Phổ", "Phòng TC-KH", "ADMINISTRATIVE", "DISTRICT",
               "GOVERNMENT", G),
        agency("DP-GDDT", "Phòng Giáo dục và Đào tạo thị xã Đức Phổ", "Phòng GD&ĐT", "ADMINISTRATIVE", "DISTRICT",
               "GOVERNMENT", G),
        agency("DP-TNMT", "Phòng Tài nguyên và Môi trường thị xã Đức Phổ", "Phòng TN&MT", "ADMINISTRATIVE", "DISTRICT",
               "GOVERNMENT", G),
        agency(SN, "Các đơn vị sự nghiệp thuộc UBND thị xã Đức Phổ", "Khối sự nghiệp", GROUP, "DISTRICT",
               "PUBLIC_SERVICE", "DP"),
        agency("DP-TTVH", "Trung tâm Văn hóa – Thông tin và Thể thao thị xã Đức Phổ", "Trung tâm VH-TT-TT", PUB,
               "DISTRICT", "PUBLIC_SERVICE", SN, autonomy=3),
        agency("DP-BQLDA", "Ban Quản lý dự án đầu tư xây dựng thị xã Đức Phổ", "Ban QLDA", PUB, "DISTRICT",
               "PUBLIC_SERVICE", SN, autonomy=2),
        agency(X, "Cán bộ, công chức xã, phường thị xã Đức Phổ", "Cấp xã", GROUP, "COMMUNE", "GOVERNMENT", "DP"),
    ]
    for a in agencies:
        a["provinceType"] = "II"

    table = [
        L("tcq", "Trưởng Cơ quan Tổ chức – Nội vụ", TP, "01.002", "bm", prof="CM_TO_CHUC_NOI_VU",
          note="Trưởng Ban Tổ chức Thị ủy đồng thời là Trưởng phòng Nội vụ (mô hình thí điểm theo Thông báo 16-TB/TW)"),
        L("ptcq", "Phó Trưởng Cơ quan Tổ chức – Nội vụ", PTP, "01.002", "cb", n=2, prof="CM_TO_CHUC_NOI_VU"),
        S("bm", "Chuyên viên tổ chức bộ máy, biên chế và vị trí việc làm", "01.003", prof="CM_TO_CHUC_NOI_VU"),
        S("cb", "Chuyên viên quản lý cán bộ, công chức, viên chức", "01.003", prof="CM_TO_CHUC_NOI_VU"),
        S("dv", "Chuyên viên tổ chức cơ sở đảng, đảng viên", "01.003", prof="CM_TO_CHUC_NOI_VU"),
        S("bv", "Chuyên viên bảo vệ chính trị nội bộ", "01.003", kn=True, prof="CM_TO_CHUC_NOI_VU",
          note="Kiêm nhiệm: do chuyên viên tổ chức cơ sở đảng, đảng viên đảm nhận"),
        S("cq", "Chuyên viên chính quyền địa phương, cải cách hành chính", "01.003", prof="CM_CAI_CACH_HANH_CHINH"),
        S("tdkt", "Chuyên viên thi đua, khen thưởng", "01.003", prof="CM_THI_DUA_KHEN_THUONG"),
        S("tg", "Chuyên viên quản lý nhà nước về tín ngưỡng, tôn giáo", "01.003", kn=True, prof="CM_CAI_CACH_HANH_CHINH",
          note="Kiêm nhiệm: do chuyên viên chính quyền địa phương đảm nhận"),
        S("tn", "Chuyên viên quản lý nhà nước về công tác thanh niên", "01.003", kn=True, prof="CM_CAI_CACH_HANH_CHINH",
          note="Kiêm nhiệm: do chuyên viên thi đua, khen thưởng đảm nhận"),
        D("vt", "Chuyên viên hành chính – văn thư, lưu trữ", "02.007", prof="CM_TO_CHUC_NOI_VU",
          note="Kế toán, thủ quỹ, lái xe do Văn phòng Thị ủy bảo đảm chung cho các cơ quan tham mưu"),
    ]
    # The Đức Phổ file defines its own management competencies (codes must resolve inside the file).
    dp_codes = {"QL_TU_DUY_CHIEN_LUOC": "QL_CHI_DAO_DIEU_HANH", "QL_RA_QUYET_DINH": "QL_CHI_DAO_DIEU_HANH",
                "QL_QUAN_LY_NGUON_LUC": "QL_CHI_DAO_DIEU_HANH", "QL_PHAT_TRIEN_CAN_BO": "QL_DANH_GIA_CAN_BO"}
    positions = build_positions("DP-TCNV", table, descriptions, dp_codes)
    if descriptions:
        raise AssertionError(f"descriptions for unknown positions: {sorted(descriptions)}")

    quotas = []
    for ag, cat, a22, a23 in [(P, "CBCC", 69, 66), (P, "VIEN_CHUC", 3, 3), (G, "CBCC", 63, 62),
                              (SN, "VIEN_CHUC", 1571, 1578), (X, "CBCC_CAP_XA", 321, 314)]:
        quotas.append({"agency": ag, "year": 2022, "category": cat, "amount": a22, **DP_Q22})
        quotas.append({"agency": ag, "year": 2023, "category": cat, "amount": a23, **DP_Q23})
    tcnv = {"decisionNo": "Quyết định số …-QĐ/TU (Ban Thường vụ Thị ủy; số hiệu chưa đối chiếu)",
            "decisionDate": None, "issuer": "Ban Thường vụ Thị ủy Đức Phổ"}
    quotas.append({"agency": "DP-TCNV", "year": 2022, "category": "CBCC", "amount": 10, **tcnv, "baseline": True})
    quotas.append({"agency": "DP-TCNV", "year": 2023, "category": "CBCC", "amount": 9, **tcnv, "baseline": False})
    quotas.append({"agency": "DP-TTCT", "year": 2022, "category": "VIEN_CHUC", "amount": 3, **tcnv, "baseline": True})
    quotas.append({"agency": "DP-TTCT", "year": 2023, "category": "VIEN_CHUC", "amount": 3, **tcnv, "baseline": False})

    scheme = {
        "title": "Đề án vị trí việc làm Cơ quan Tổ chức – Nội vụ thị xã Đức Phổ (xây dựng lại năm 2023)",
        "regime": "PARTY_FRONT", "year": 2023, "status": "DRAFT", "version": 1, "decisionNo": None,
        "decisionDate": None, "illustrative": True,
        "note": "Dữ liệu minh họa. Chỉ tiêu biên chế các khối năm 2022 (Quyết định số 933-QĐ/TU) và năm 2023 "
                "(Quyết định số 946-QĐ/TU, cùng ngày 29/12/2022 của Ban Thường vụ Tỉnh ủy Quảng Ngãi) lấy theo Kế "
                "hoạch sử dụng biên chế năm 2023 của Ban Thường vụ Thị ủy Đức Phổ; khối Đảng, đoàn thể không tính "
                "biên chế Liên đoàn Lao động thị xã. Danh mục vị trí, bản mô tả công việc, khung năng lực và chỉ tiêu "
                "riêng của Cơ quan Tổ chức – Nội vụ là giả định để minh họa.",
        "rootAgency": "DP-TCNV", "legalReferences": ["KL28_2022", "KL40_2022"],
    }
    return {"scheme": scheme, "competencies": T.DP_COMPETENCIES, "agencies": agencies, "quotas": quotas,
            "positions": positions}


def assert_dp(doc):
    pos = doc["positions"]
    assert 10 <= len(pos) <= 14, len(pos)
    cbcc = sum(p["headcount"]["CBCC"] for p in pos if p["workload"] != "KIEM_NHIEM")
    q23 = [q for q in doc["quotas"] if q["agency"] == "DP-TCNV" and q["year"] == 2023 and q["category"] == "CBCC"]
    assert cbcc <= q23[0]["amount"], (cbcc, q23)
    assert sum(1 for p in pos if "description" in p) >= 3


def write(doc, name):
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", os.path.relpath(path))


def main():
    hg = hau_giang()
    dp = duc_pho()
    assert_hg(hg)
    assert_dp(dp)
    write(hg, "hau-giang-2024.json")
    write(dp, "duc-pho-2023.json")


if __name__ == "__main__":
    main()
