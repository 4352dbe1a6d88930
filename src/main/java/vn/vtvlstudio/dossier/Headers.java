package vn.vtvlstudio.dossier;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the column headers officers write, whatever the spelling: "Tên vị trí việc làm", "TEN VTVL",
 * "So luong CBCC", "Biên chế CC", "Số lượng người làm việc / HĐ"… Labels are compared after {@link #normalize}.
 */
final class Headers {

    /** The columns a position sheet may have. */
    enum Field {
        STT("STT"), CODE("Mã vị trí việc làm"), NAME("Tên vị trí việc làm"), GROUP("Nhóm"), UNIT("Đơn vị"),
        GRADE("Ngạch/chức danh"), GRADE_CODE("Mã ngạch/chức danh"), GRADE_NAME("Tên ngạch/chức danh"),
        WORKLOAD("Hình thức"), CBCC("Số lượng CBCC"), VC("Số lượng viên chức"), HD("Số lượng hợp đồng"),
        TOTAL("Tổng"), NOTE("Ghi chú");

        final String labelVi;

        Field(String labelVi) {
            this.labelVi = labelVi;
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Headers() {
    }

    /** Strips Vietnamese diacritics (đ → d too), lower-cases, turns punctuation into spaces and collapses them. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace('đ', 'd').replace('Đ', 'D');
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = t.toLowerCase(java.util.Locale.ROOT);
        return NON_WORD.matcher(t).replaceAll(" ").trim();
    }

    /** The field a (normalised) header label names, or null. */
    static Field field(String normalized) {
        String s = normalized;
        if (s.isEmpty()) {
            return null;
        }
        Set<String> tokens = new java.util.HashSet<>(java.util.Arrays.asList(s.split(" ")));
        if (s.equals("stt") || s.equals("tt") || s.equals("so tt") || s.startsWith("so thu tu") || s.equals("thu tu")) {
            return Field.STT;
        }
        if (s.contains("ghi chu")) {
            return Field.NOTE;
        }
        if (s.contains("hinh thuc") || s.equals("kiem nhiem")) {
            return Field.WORKLOAD;
        }
        if (tokens.contains("nhom")) {
            return Field.GROUP;
        }
        if (s.contains("ngach") || s.contains("chuc danh")) {
            if (tokens.contains("ma")) {
                return Field.GRADE_CODE;
            }
            if (tokens.contains("ten")) {
                return Field.GRADE_NAME;
            }
            return Field.GRADE;
        }
        if (tokens.contains("ma")) {
            return Field.CODE;
        }
        if (s.contains("vi tri") || tokens.contains("vtvl") || s.equals("ten") || s.startsWith("ten ")) {
            return Field.NAME;
        }
        if (tokens.contains("hd") || tokens.contains("hdld") || s.contains("hop dong")) {
            return Field.HD;
        }
        if (tokens.contains("vc") || s.contains("vien chuc")) {
            return Field.VC;
        }
        if (tokens.contains("cbcc") || tokens.contains("cc") || tokens.contains("cb") || s.contains("cong chuc") || s.contains("can bo")) {
            return Field.CBCC;
        }
        if (tokens.contains("tong")) {
            return Field.TOTAL;
        }
        if (s.contains("don vi") || tokens.contains("phong") || s.contains("bo phan") || s.contains("co quan")) {
            return Field.UNIT;
        }
        return null;
    }
}
