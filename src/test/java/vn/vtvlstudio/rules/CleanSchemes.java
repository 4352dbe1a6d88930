package vn.vtvlstudio.rules;

import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Bloc;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.StaffCategory;

/** Small schemes that pass every rule of their regime's shipped pack; the tests break them one rule at a time. */
final class CleanSchemes {

    private CleanSchemes() {
    }

    /** Party–Front scheme in the shape of seed 003: a provincial committee, one board, one district committee. */
    static Party party() {
        return new Party();
    }

    static final class Party {
        final SchemeBuilder b = new SchemeBuilder("PARTY_FRONT", 2026);
        final long root;
        final long board;
        final long district;
        final long school;
        final long boardOffice;
        final long districtOffice;
        final Position organiser;
        final Position districtClerk;

        Party() {
            root = b.agency("Tỉnh ủy Hậu Giang", AgencyKind.PARTY, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, null);
            board = b.agency("Ban Tổ chức Tỉnh ủy", AgencyKind.PARTY, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, root);
            district = b.agency("Huyện ủy Châu Thành", AgencyKind.PARTY, AdminLevel.DISTRICT, Bloc.PARTY_FRONT, root);
            school = b.agency("Trung tâm Chính trị huyện Châu Thành", AgencyKind.PUBLIC_SERVICE, AdminLevel.DISTRICT,
                    Bloc.PARTY_FRONT, district);
            boardOffice = b.unit(board, "Phòng Tổ chức cán bộ", OrgUnitKind.PHONG);
            districtOffice = b.unit(district, "Văn phòng Huyện ủy", OrgUnitKind.VAN_PHONG);

            organiser = b.position(board, "Chuyên viên tổ chức cán bộ").unit(boardOffice).grade("01.002").cbcc(8).add();
            Position accountant = b.position(board, "Kế toán").unit(boardOffice).group(GroupKind.SHARED).grade("06.031").cbcc(1).add();
            b.position(board, "Trưởng ban").head(organiser.id()).grade("01.001").cbcc(1).add();
            b.position(board, "Phó Trưởng ban").deputy(accountant.id()).grade("01.002").cbcc(2).add();
            b.position(board, "Lái xe").unit(boardOffice).group(GroupKind.SUPPORT).grade("01.005").cbcc(0).hd(2).add();

            districtClerk = b.position(district, "Chuyên viên văn phòng").unit(districtOffice).group(GroupKind.SHARED).cbcc(3).add();
            b.position(district, "Chánh Văn phòng").unit(districtOffice).head(districtClerk.id()).cbcc(1).add();
            Position lecturer = b.position(school, "Giảng viên lý luận chính trị").grade("V.07.01.03").cbcc(0).vc(5).add();
            b.position(school, "Giám đốc Trung tâm").head(lecturer.id()).grade("V.07.01.02").cbcc(0).vc(0).concurrent().add();

            // CBCC proposed 16 = board 12 + district 4; VC 5.
            b.quota(root, 2022, StaffCategory.CBCC, 20, true);
            b.quota(root, 2022, StaffCategory.VIEN_CHUC, 6, true);
            b.quota(root, 2026, StaffCategory.CBCC, 18, false);
            b.quota(root, 2026, StaffCategory.VIEN_CHUC, 5, false);
            b.quota(board, 2026, StaffCategory.CBCC, 12, false);
            b.quota(district, 2026, StaffCategory.CBCC, 5, false);
        }
    }

    /** A provincial department (sở) under NĐ 62 or NĐ 361, with an office and a secretariat. */
    static Civil civil(String regimeCode) {
        return new Civil(regimeCode);
    }

    static final class Civil {
        final SchemeBuilder b;
        final long province;
        final long department;
        final long office;
        final long secretariat;
        final Position officer;

        Civil(String regimeCode) {
            b = new SchemeBuilder(regimeCode, 2026);
            GroupKind specialised = regimeCode.equals("CC_ND361_2025") ? GroupKind.PROFESSIONAL : GroupKind.SPECIALISED;
            GroupKind shared = regimeCode.equals("CC_ND361_2025") ? GroupKind.PROFESSIONAL : GroupKind.SHARED;
            province = b.agency("UBND tỉnh", AgencyKind.GROUPING, AdminLevel.PROVINCE, Bloc.GOVERNMENT, null);
            department = b.agency("Sở Nội vụ", AgencyKind.ADMINISTRATIVE, AdminLevel.PROVINCE, Bloc.GOVERNMENT, province);
            office = b.unit(department, "Phòng Công chức, viên chức", OrgUnitKind.PHONG);
            secretariat = b.unit(department, "Văn phòng Sở", OrgUnitKind.VAN_PHONG);

            officer = b.position(department, "Chuyên viên quản lý công chức").unit(office).group(specialised).cbcc(7).add();
            Position senior = b.position(department, "Chuyên viên chính quản lý công chức").unit(office).group(specialised).grade("01.002").cbcc(3).add();
            b.position(department, "Trưởng phòng Công chức, viên chức").unit(office).head(officer.id()).cbcc(1).add();
            b.position(department, "Phó Trưởng phòng Công chức, viên chức").unit(office).deputy(senior.id()).cbcc(2).add();

            Position clerk = b.position(department, "Văn thư").unit(secretariat).group(shared).grade("02.007").cbcc(2).add();
            Position accountant = b.position(department, "Kế toán").unit(secretariat).group(shared).grade("06.031").cbcc(2).add();
            b.position(department, "Chánh Văn phòng").unit(secretariat).head(clerk.id()).cbcc(1).add();
            b.position(department, "Phó Chánh Văn phòng").unit(secretariat).deputy(accountant.id()).cbcc(1).add();
            b.position(department, "Lái xe").unit(secretariat).group(GroupKind.SUPPORT).grade("01.005").cbcc(0).hd(2).add();

            b.position(department, "Giám đốc Sở").head(senior.id()).grade("01.001").cbcc(1).add();
            b.position(department, "Phó Giám đốc Sở").deputy(officer.id()).grade("01.001").cbcc(3).add();

            // CBCC proposed 23.
            b.quota(department, 2022, StaffCategory.CBCC, 25, true);
            b.quota(department, 2026, StaffCategory.CBCC, 25, false);
        }
    }

    /** A public service unit under NĐ 106 or NĐ 232. */
    static PublicService publicService(String regimeCode) {
        return new PublicService(regimeCode);
    }

    static final class PublicService {
        final SchemeBuilder b;
        final long centre;
        final Position lecturer;

        PublicService(String regimeCode) {
            b = new SchemeBuilder(regimeCode, 2026);
            boolean nd232 = regimeCode.equals("VC_ND232_2026");
            if (nd232) {
                // NĐ 232 applies from 1/7/2026: date the scheme after that so its step caps are in force.
                b.decisionDate = java.time.LocalDate.of(2026, 7, 15);
            }
            GroupKind specialised = nd232 ? GroupKind.PROFESSIONAL : GroupKind.SPECIALISED;
            GroupKind shared = nd232 ? GroupKind.PROFESSIONAL : GroupKind.SHARED;
            centre = b.agency("Trường Chính trị tỉnh", AgencyKind.PUBLIC_SERVICE, AdminLevel.PROVINCE, Bloc.PUBLIC_SERVICE, null);
            lecturer = b.position(centre, "Giảng viên").group(specialised).grade("V.07.01.03").cbcc(0).vc(10).steps(1, 5).add();
            Position accountant = b.position(centre, "Kế toán").group(shared).grade("V.06.031").cbcc(0).vc(2).add();
            b.position(centre, "Văn thư").group(GroupKind.SUPPORT).grade("V.01.02.02").cbcc(0).vc(1).add();
            b.position(centre, "Hiệu trưởng").head(lecturer.id()).grade("V.07.01.02").cbcc(0).vc(1).add();
            b.position(centre, "Phó Hiệu trưởng").deputy(accountant.id()).grade("V.07.01.02").cbcc(0).vc(1).add();
            // VC proposed 15; professional 12 of 15 = 80%.
            b.quota(centre, 2022, StaffCategory.VIEN_CHUC, 17, true);
            b.quota(centre, 2026, StaffCategory.VIEN_CHUC, 16, false);
        }
    }
}
