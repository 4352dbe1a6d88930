package vn.vtvlstudio.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.vtvlstudio.domain.CompetencyGroup;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.PositionGroup;
import vn.vtvlstudio.domain.Regime;
import vn.vtvlstudio.domain.WorkloadType;
import vn.vtvlstudio.rules.Severity;

/** Vietnamese words the dossier prints for enum values and dates. */
final class Labels {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private Labels() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String roman(int n) {
        return n >= 1 && n <= ROMAN.length ? ROMAN[n - 1] : String.valueOf(n);
    }

    static String workload(WorkloadType w) {
        if (w == null) {
            return "";
        }
        return switch (w) {
            case MOT_NGUOI -> "Một người";
            case NHIEU_NGUOI -> "Nhiều người";
            case KIEM_NHIEM -> "Kiêm nhiệm";
        };
    }

    /** The group's name as the regime words it ("Vị trí việc làm lãnh đạo, quản lý"). */
    static String groupName(Regime regime, GroupKind kind) {
        PositionGroup g = regime == null ? null : regime.group(kind);
        if (g != null) {
            return g.nameVi();
        }
        return switch (kind) {
            case LEADERSHIP -> "Vị trí việc làm lãnh đạo, quản lý";
            case SPECIALISED -> "Vị trí việc làm nghiệp vụ chuyên ngành";
            case SHARED -> "Vị trí việc làm nghiệp vụ chuyên môn dùng chung";
            case PROFESSIONAL -> "Vị trí việc làm chuyên môn, nghiệp vụ";
            case SUPPORT -> "Vị trí việc làm hỗ trợ, phục vụ";
        };
    }

    /** Short form for a table cell: "Lãnh đạo, quản lý". */
    static String groupShort(Regime regime, GroupKind kind) {
        String full = groupName(regime, kind);
        String prefix = "Vị trí việc làm ";
        if (full.startsWith(prefix) && full.length() > prefix.length()) {
            String rest = full.substring(prefix.length());
            return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return full;
    }

    static String tier(GradeTier t) {
        return switch (t) {
            case CHUYEN_GIA_CAO_CAP -> "Chuyên gia cao cấp";
            case CVCC -> "Chuyên viên cao cấp và tương đương";
            case CVC -> "Chuyên viên chính và tương đương";
            case CV -> "Chuyên viên và tương đương";
            case CAN_SU -> "Cán sự và tương đương";
            case NHAN_VIEN -> "Nhân viên";
            case HANG_I -> "Hạng I";
            case HANG_II -> "Hạng II";
            case HANG_III -> "Hạng III";
            case HANG_IV -> "Hạng IV";
        };
    }

    static String tierShort(GradeTier t) {
        return switch (t) {
            case CHUYEN_GIA_CAO_CAP -> "CGCC";
            case CVCC -> "CVCC";
            case CVC -> "CVC";
            case CV -> "CV";
            case CAN_SU -> "Cán sự";
            case NHAN_VIEN -> "Nhân viên";
            case HANG_I -> "Hạng I";
            case HANG_II -> "Hạng II";
            case HANG_III -> "Hạng III";
            case HANG_IV -> "Hạng IV";
        };
    }

    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Thông tin";
            case OFF -> "Tắt";
        };
    }

    static String competencyGroup(CompetencyGroup g) {
        return switch (g) {
            case GENERAL -> "Năng lực chung";
            case PROFESSIONAL -> "Năng lực chuyên môn";
            case MANAGEMENT -> "Năng lực quản lý";
        };
    }

    static String percent(java.math.BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    static String upper(String s) {
        return s == null ? "" : s.toUpperCase(VI);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
