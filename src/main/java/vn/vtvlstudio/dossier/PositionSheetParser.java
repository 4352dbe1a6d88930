package vn.vtvlstudio.dossier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import vn.vtvlstudio.dossier.Headers.Field;
import vn.vtvlstudio.dossier.SheetStream.RawCell;
import vn.vtvlstudio.dossier.SheetStream.RawRow;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.PositionGroup;
import vn.vtvlstudio.domain.Regime;
import vn.vtvlstudio.domain.WorkloadType;

/**
 * Turns the rows of one position sheet into {@link ImportedPosition}s and {@link ImportProblem}s: finds the header
 * (one or two rows) within the first rows, follows group headings (I, II, …), skips subtotal, total, column-number
 * and empty rows, and checks every value.
 */
final class PositionSheetParser implements SheetStream.RowSink {

    static final int HEADER_SEARCH_ROWS = 20;

    private static final Pattern ROMAN = Pattern.compile("(?i)^(i{1,3}|iv|v|vi{1,3}|ix|x)\\.?$");
    private static final Pattern SECTION_LETTER = Pattern.compile("^[A-ZĐ]\\.?$");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");
    private static final Pattern GRADE_CODE = Pattern.compile("(?i)^(v\\.)?[0-9]{2}(\\.[0-9a-z]{2,3}){1,3}$");
    private static final Pattern LEADING_ROMAN = Pattern.compile("^(i{1,3}|iv|v|vi{1,3}|ix|x) ");

    private final String sheet;
    private final Regime regime;
    private final List<RawRow> buffer = new ArrayList<>();
    private Map<Field, Integer> columns;
    private int headerLastRow;
    private boolean searched;
    private GroupKind currentGroup;

    final List<ImportedPosition> positions = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    private final Set<Integer> structuralRows = new HashSet<>();
    private final Set<Integer> dataRows = new HashSet<>();
    private final Map<String, Integer> codes = new HashMap<>();

    PositionSheetParser(String sheet, Regime regime) {
        this.sheet = sheet;
        this.regime = regime;
    }

    boolean headerFound() {
        return columns != null;
    }

    Map<Field, Integer> columns() {
        return columns;
    }

    @Override
    public boolean row(RawRow row) {
        if (!searched) {
            if (row.row() <= HEADER_SEARCH_ROWS + 1) {
                buffer.add(row);
                return true;
            }
            findHeader();
            if (columns == null) {
                return false;
            }
        }
        data(row);
        return true;
    }

    /** Called when the sheet ends, with its merged ranges. */
    void finish(List<CellRangeAddress> merges) {
        if (!searched) {
            findHeader();
        }
        if (columns == null) {
            return;
        }
        for (CellRangeAddress m : merges) {
            if (m.getLastRow() + 1 <= headerLastRow) {
                continue;
            }
            boolean oneStructuralRow = m.getFirstRow() == m.getLastRow() && structuralRows.contains(m.getFirstRow() + 1);
            boolean touchesData = false;
            for (int r = m.getFirstRow() + 1; r <= m.getLastRow() + 1 && !touchesData; r++) {
                touchesData = dataRows.contains(r);
            }
            if (!oneStructuralRow && (touchesData || m.getFirstRow() != m.getLastRow())) {
                problems.add(new ImportProblem(sheet, m.getFirstRow() + 1, CellReference.convertNumToColString(m.getFirstColumn()),
                        "Ô gộp", "Ô gộp " + m.formatAsString() + " nằm trong vùng dữ liệu; hãy bỏ gộp ô để mỗi dòng là một vị trí."));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row).thenComparing(ImportProblem::column));
    }

    private void findHeader() {
        searched = true;
        for (int i = 0; i < buffer.size() && buffer.get(i).row() <= HEADER_SEARCH_ROWS; i++) {
            RawRow top = buffer.get(i);
            Map<Field, Integer> single = map(top, null);
            if (!acceptable(single)) {
                // a two-row header whose first row alone names too little ("Số lượng" over CBCC / VC / HĐ)
                if (i + 1 < buffer.size()) {
                    Map<Field, Integer> two = map(top, buffer.get(i + 1));
                    if (acceptable(two) && isSubHeader(buffer.get(i + 1))) {
                        accept(two, buffer.get(i + 1).row(), i + 2);
                        return;
                    }
                }
                continue;
            }
            if (i + 1 < buffer.size() && isSubHeader(buffer.get(i + 1))) {
                Map<Field, Integer> two = map(top, buffer.get(i + 1));
                if (two.size() > single.size()) {
                    accept(two, buffer.get(i + 1).row(), i + 2);
                    return;
                }
            }
            accept(single, top.row(), i + 1);
            return;
        }
    }

    private void accept(Map<Field, Integer> found, int lastHeaderRow, int firstDataIndex) {
        columns = found;
        headerLastRow = lastHeaderRow;
        for (int k = firstDataIndex; k < buffer.size(); k++) {
            data(buffer.get(k));
        }
        buffer.clear();
    }

    private static boolean acceptable(Map<Field, Integer> m) {
        return m.containsKey(Field.NAME) && (m.containsKey(Field.CBCC) || m.containsKey(Field.VC) || m.containsKey(Field.HD));
    }

    /** A second header row holds labels only: no numbers, no formulas. */
    private static boolean isSubHeader(RawRow r) {
        boolean anyText = false;
        for (RawCell c : r.cells().values()) {
            if (c.numeric() || c.formula()) {
                return false;
            }
            if (!c.text().isBlank()) {
                anyText = true;
            }
        }
        return anyText;
    }

    /** Columns named by one header row, or by two (the upper label carried over the columns it spans). */
    private static Map<Field, Integer> map(RawRow top, RawRow sub) {
        Map<Field, Integer> out = new EnumMap<>(Field.class);
        Set<Integer> cols = new java.util.TreeSet<>(top.cells().keySet());
        if (sub != null) {
            cols.addAll(sub.cells().keySet());
        }
        for (int c : cols) {
            String upper = top.text(c);
            String lower = sub == null ? "" : sub.text(c);
            if (upper.isEmpty() && !lower.isEmpty()) {
                // inside a horizontally merged upper label: take the nearest label to the left
                for (int k = c - 1; k >= 0; k--) {
                    if (!top.text(k).isEmpty()) {
                        upper = top.text(k);
                        break;
                    }
                    if (sub.text(k).isEmpty()) {
                        break;
                    }
                }
            }
            Field f = Headers.field(Headers.normalize(upper + " " + lower));
            if (f == null && !lower.isEmpty()) {
                f = Headers.field(Headers.normalize(lower));
            }
            if (f != null) {
                out.putIfAbsent(f, c);
            }
        }
        return out;
    }

    private String letter(Field f) {
        return CellReference.convertNumToColString(columns.get(f));
    }

    private void data(RawRow r) {
        if (r.blank()) {
            return;
        }
        if (r.row() <= headerLastRow) {
            return;
        }
        if (isColumnNumbers(r)) {
            structuralRows.add(r.row());
            return;
        }
        String stt = r.text(columns.get(Field.STT));
        String name = r.text(columns.get(Field.NAME));
        boolean sttIsNumber = isInteger(r.cell(columns.get(Field.STT)));
        if (!sttIsNumber && (ROMAN.matcher(stt).matches() || isHeading(r, name))) {
            structuralRows.add(r.row());
            GroupKind g = GroupParser.parse(rowText(r), regime, stt);
            if (g != null) {
                currentGroup = g;
            }
            return;
        }
        if (!sttIsNumber && (SECTION_LETTER.matcher(stt).matches() || isTotal(r))) {
            structuralRows.add(r.row());
            return;
        }
        String code0 = r.text(columns.get(Field.CODE));
        boolean anyCount = java.util.stream.Stream.of(Field.CBCC, Field.VC, Field.HD)
                .map(f -> r.cell(columns.get(f))).anyMatch(c -> c != null && !c.blank());
        if (name.isEmpty() && code0.isEmpty() && !anyCount) {
            // notes, signature lines and the like: no position here
            structuralRows.add(r.row());
            return;
        }
        dataRows.add(r.row());
        int excelRow = r.row();

        if (name.isEmpty()) {
            problem(excelRow, Field.NAME, "Thiếu tên vị trí việc làm.");
        }
        String code = r.text(columns.get(Field.CODE));
        if (!code.isEmpty()) {
            Integer earlier = codes.putIfAbsent(code, excelRow);
            if (earlier != null) {
                problem(excelRow, Field.CODE, "Mã vị trí việc làm \"" + code + "\" trùng với dòng " + earlier + ".");
            }
        }

        GroupKind group = currentGroup;
        if (columns.containsKey(Field.GROUP)) {
            String g = r.text(columns.get(Field.GROUP));
            if (!g.isEmpty()) {
                group = GroupParser.parse(g, regime, null);
                if (group == null) {
                    problem(excelRow, Field.GROUP, "Nhóm \"" + g + "\" không hợp lệ; cần là một trong: " + GroupParser.choices(regime) + ".");
                }
            } else if (group == null) {
                problem(excelRow, Field.GROUP, "Thiếu nhóm vị trí việc làm.");
            }
        } else if (group == null) {
            problem(excelRow, Field.NAME, "Không xác định được nhóm: bảng không có cột Nhóm và dòng không nằm dưới tiêu đề nhóm (I, II, III, IV).");
        }

        int cbcc = count(r, Field.CBCC);
        int vc = count(r, Field.VC);
        int hd = count(r, Field.HD);
        Headcount hc = new Headcount(cbcc, vc, hd, 0);

        WorkloadType workload = null;
        String w = r.text(columns.get(Field.WORKLOAD));
        if (!w.isEmpty()) {
            workload = workload(w);
            if (workload == null) {
                problem(excelRow, Field.WORKLOAD, "Hình thức \"" + w + "\" không hợp lệ; cần là: Một người, Nhiều người hoặc Kiêm nhiệm.");
            }
        }
        if (workload == null) {
            int people = hc.total();
            workload = people == 0 ? WorkloadType.KIEM_NHIEM : people == 1 ? WorkloadType.MOT_NGUOI : WorkloadType.NHIEU_NGUOI;
        }

        String gradeCode = r.text(columns.get(Field.GRADE_CODE));
        String gradeName = r.text(columns.get(Field.GRADE_NAME));
        String grade = r.text(columns.get(Field.GRADE));
        if (!grade.isEmpty()) {
            if (GRADE_CODE.matcher(grade).matches()) {
                gradeCode = gradeCode.isEmpty() ? grade : gradeCode;
            } else {
                gradeName = gradeName.isEmpty() ? grade : gradeName;
            }
        }
        positions.add(new ImportedPosition(excelRow, null, emptyToNull(code), name, group,
                emptyToNull(r.text(columns.get(Field.UNIT))), emptyToNull(gradeCode), emptyToNull(gradeName), workload, hc,
                emptyToNull(r.text(columns.get(Field.NOTE)))));
    }

    /** A headcount cell: blank or a dash is 0; anything else must be a whole, non-negative number typed as such. */
    private int count(RawRow r, Field f) {
        Integer col = columns.get(f);
        RawCell c = r.cell(col);
        if (c == null || c.blank()) {
            return 0;
        }
        if (c.formula()) {
            problem(r.row(), f, "Ô chứa công thức (" + shorten(c.text()) + "); cần nhập số.");
            return 0;
        }
        double v;
        if (c.numeric()) {
            v = c.number();
        } else {
            String t = c.text().trim();
            if (t.equals("-") || t.equals("–") || t.equals("—")) {
                return 0;
            }
            try {
                v = Double.parseDouble(t.replace(',', '.'));
            } catch (NumberFormatException e) {
                problem(r.row(), f, "\"" + shorten(t) + "\" không phải là số.");
                return 0;
            }
        }
        if (v < 0) {
            problem(r.row(), f, "Số lượng không được âm (" + fmt(v) + ").");
            return 0;
        }
        if (v != Math.rint(v)) {
            problem(r.row(), f, "Số lượng phải là số nguyên (" + fmt(v) + ").");
            return 0;
        }
        if (v > 1_000_000) {
            problem(r.row(), f, "Số lượng quá lớn (" + fmt(v) + ").");
            return 0;
        }
        return (int) v;
    }

    private void problem(int row, Field f, String message) {
        Integer col = columns.get(f);
        String letter = col == null ? "A" : CellReference.convertNumToColString(col);
        problems.add(new ImportProblem(sheet, row, letter, f.labelVi, message));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', ',');
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static boolean isInteger(RawCell c) {
        if (c == null || c.formula()) {
            return false;
        }
        if (c.numeric()) {
            return true;
        }
        return c.text().trim().matches("\\d+\\.?");
    }

    private static String rowText(RawRow r) {
        StringBuilder sb = new StringBuilder();
        for (RawCell c : r.cells().values()) {
            if (!c.numeric() && !c.text().isBlank()) {
                sb.append(c.text()).append(' ');
            }
        }
        return sb.toString();
    }

    /** A group heading written without a roman numeral in the STT column: "I. Vị trí việc làm lãnh đạo…". */
    private boolean isHeading(RawRow r, String name) {
        String raw = name.isEmpty() ? rowText(r) : name;
        if (raw.isEmpty() || "IVXivx".indexOf(raw.charAt(0)) < 0) {
            return false; // cheap test first: this runs for every row
        }
        String n = Headers.normalize(raw);
        boolean noNumbers = r.cells().values().stream().noneMatch(RawCell::numeric);
        return noNumbers && LEADING_ROMAN.matcher(n).find() && GroupParser.parse(n, regime, null) != null;
    }

    private static boolean isTotal(RawRow r) {
        for (RawCell c : r.cells().values()) {
            if (c.numeric() || c.text().isBlank() || "CcTt".indexOf(c.text().trim().charAt(0)) < 0) {
                continue;
            }
            String n = Headers.normalize(c.text());
            if (n.equals("cong") || n.startsWith("cong ") || n.startsWith("tong cong") || n.startsWith("tong so") || n.equals("tong")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isColumnNumbers(RawRow r) {
        int n = 0;
        for (RawCell c : r.cells().values()) {
            if (c.blank()) {
                continue;
            }
            if (c.formula() || !COLUMN_NUMBER.matcher(c.text().trim()).matches() || c.numeric()) {
                return false;
            }
            n++;
        }
        return n >= 3;
    }

    static WorkloadType workload(String text) {
        String n = Headers.normalize(text);
        if (n.contains("kiem nhiem")) {
            return WorkloadType.KIEM_NHIEM;
        }
        if (n.contains("nhieu nguoi")) {
            return WorkloadType.NHIEU_NGUOI;
        }
        if (n.contains("mot nguoi") || n.equals("1 nguoi")) {
            return WorkloadType.MOT_NGUOI;
        }
        return null;
    }

    /** Group names as officers write them, matched against the regime's groups. */
    static final class GroupParser {

        private GroupParser() {
        }

        static GroupKind parse(String text, Regime regime, String roman) {
            String n = Headers.normalize(text);
            String r = roman == null ? "" : Headers.normalize(roman);
            java.util.regex.Matcher m = LEADING_ROMAN.matcher(n + " ");
            if (r.isEmpty() && m.find()) {
                r = m.group(1);
            }
            if (n.contains("dung chung")) {
                return GroupKind.SHARED;
            }
            if (n.contains("chuyen nganh")) {
                return GroupKind.SPECIALISED;
            }
            if (n.contains("ho tro") || n.contains("phuc vu")) {
                return GroupKind.SUPPORT;
            }
            if (n.contains("lanh dao") || n.contains("quan ly")) {
                return GroupKind.LEADERSHIP;
            }
            if (n.contains("chuyen mon") || n.contains("nghiep vu")) {
                if (regime == null || regime.group(GroupKind.PROFESSIONAL) != null) {
                    return GroupKind.PROFESSIONAL;
                }
                return null;
            }
            if (!r.isEmpty() && regime != null && n.equals(r)) {
                // a bare "II": the regime's numbering decides
                for (PositionGroup g : regime.groups()) {
                    if (Headers.normalize(g.roman()).equals(r)) {
                        return g.kind();
                    }
                }
            }
            return null;
        }

        static String choices(Regime regime) {
            if (regime == null) {
                return "Lãnh đạo, quản lý; Chuyên môn, nghiệp vụ (chuyên ngành / dùng chung); Hỗ trợ, phục vụ";
            }
            StringBuilder sb = new StringBuilder();
            for (PositionGroup g : regime.groups()) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(g.roman()).append(". ").append(g.nameVi());
            }
            return sb.toString();
        }
    }
}
