package vn.vtvlstudio.dossier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.PositionGroup;
import vn.vtvlstudio.domain.Regime;

/** "Danh mục VTVL": the position list grouped I–IV with subtotals and a grand total. */
final class CatalogueSheet {

    static final String NAME = "Danh mục VTVL";
    static final String TITLE = "DANH MỤC VỊ TRÍ VIỆC LÀM";

    static final int C_STT = 0, C_CODE = 1, C_NAME = 2, C_GROUP = 3, C_UNIT = 4, C_GRADE_CODE = 5, C_GRADE_NAME = 6,
            C_WORKLOAD = 7, C_CBCC = 8, C_VC = 9, C_HD = 10, C_BIEN_CHE = 11, C_NOTE = 12;
    /** 0-based index of the first data row (after letterhead, two header rows and the column numbers). */
    static final int FIRST_DATA_ROW = 9;

    private CatalogueSheet() {
    }

    static void write(DossierContext ctx) {
        SheetWriter w = new SheetWriter(ctx, NAME, 5, 13, 28, 16, 18, 11, 15, 10, 7, 7, 7, 9, 15);
        Styles st = ctx.styles;
        Regime regime = ctx.snapshot.regime();
        w.letterhead(TITLE);

        w.beginHeader();
        int h = w.nextRow();
        w.row(20);
        w.row(34);
        w.headerCell(h, h + 1, C_STT, C_STT, "STT");
        w.headerCell(h, h + 1, C_CODE, C_CODE, "Mã VTVL");
        w.headerCell(h, h + 1, C_NAME, C_NAME, "Tên vị trí việc làm");
        w.headerCell(h, h + 1, C_GROUP, C_GROUP, "Nhóm");
        w.headerCell(h, h + 1, C_UNIT, C_UNIT, "Đơn vị");
        w.headerCell(h, h, C_GRADE_CODE, C_GRADE_NAME, "Ngạch/chức danh tương ứng");
        w.headerCell(h + 1, h + 1, C_GRADE_CODE, C_GRADE_CODE, "Mã");
        w.headerCell(h + 1, h + 1, C_GRADE_NAME, C_GRADE_NAME, "Tên");
        w.headerCell(h, h + 1, C_WORKLOAD, C_WORKLOAD, "Hình thức");
        w.headerCell(h, h, C_CBCC, C_BIEN_CHE, "Số lượng người làm việc");
        w.headerCell(h + 1, h + 1, C_CBCC, C_CBCC, "CBCC");
        w.headerCell(h + 1, h + 1, C_VC, C_VC, "VC");
        w.headerCell(h + 1, h + 1, C_HD, C_HD, "HĐ");
        w.headerCell(h + 1, h + 1, C_BIEN_CHE, C_BIEN_CHE, "Tổng biên chế");
        w.headerCell(h, h + 1, C_NOTE, C_NOTE, "Ghi chú");
        w.columnNumbers();
        w.endHeader();

        // groups in the regime's order; a group the regime does not know goes after them
        Map<GroupKind, List<Position>> byGroup = new LinkedHashMap<>();
        if (regime != null) {
            regime.groups().stream().sorted(java.util.Comparator.comparingInt(PositionGroup::ordinal))
                    .forEach(g -> byGroup.put(g.kind(), new ArrayList<>()));
        }
        for (Position p : ctx.positions) {
            byGroup.computeIfAbsent(p.group(), k -> new ArrayList<>()).add(p);
        }

        Map<GroupKind, Integer> subtotalRows = new EnumMap<>(GroupKind.class);
        List<Integer> subtotalRowList = new ArrayList<>();
        Headcount grand = Headcount.ZERO;
        int stt = 0;
        int groupNo = 0;
        for (Map.Entry<GroupKind, List<Position>> e : byGroup.entrySet()) {
            groupNo++;
            GroupKind kind = e.getKey();
            List<Position> list = e.getValue();
            PositionGroup pg = regime == null ? null : regime.group(kind);
            String roman = pg != null ? pg.roman() : Labels.roman(groupNo);

            Row head = w.row(18);
            w.text(head, C_STT, roman, st.groupCenter);
            w.spanText(head, C_CODE, C_NOTE, Labels.upper(Labels.groupName(regime, kind)), st.groupText);

            int first = w.nextRow();
            Headcount sub = Headcount.ZERO;
            for (Position p : list) {
                stt++;
                Row r = w.row();
                ctx.catalogueRow.put(p.id(), r.getRowNum() + 1);
                Headcount hc = p.effectiveHeadcount();
                sub = sub.plus(hc);
                Grade g = p.gradeCode() == null ? null : ctx.snapshot.grades().get(p.gradeCode());
                w.number(r, C_STT, stt, st.textCenter);
                w.wrapText(r, C_CODE, p.code(), st.textCenter);
                w.wrapText(r, C_NAME, p.name(), st.text);
                w.wrapText(r, C_GROUP, Labels.groupShort(regime, p.group()), st.text);
                w.wrapText(r, C_UNIT, ctx.placeOf(p), st.text);
                w.text(r, C_GRADE_CODE, p.gradeCode(), st.textCenter);
                w.wrapText(r, C_GRADE_NAME, g == null ? "" : g.name(), st.text);
                w.text(r, C_WORKLOAD, Labels.workload(p.workloadType()), st.textCenter);
                w.number(r, C_CBCC, hc.cbcc(), st.number);
                w.number(r, C_VC, hc.vienChuc(), st.number);
                w.number(r, C_HD, hc.hopDong(), st.number);
                int rn = r.getRowNum();
                w.formula(r, C_BIEN_CHE, SheetWriter.ref(rn, C_CBCC) + "+" + SheetWriter.ref(rn, C_VC), hc.bienChe(), st.number);
                w.wrapText(r, C_NOTE, p.note(), st.text);
            }
            int last = w.nextRow() - 1;

            Row s = w.row();
            w.text(s, C_STT, "", st.totalText);
            w.spanText(s, C_CODE, C_WORKLOAD, "Cộng nhóm " + roman + " (" + list.size() + " vị trí)", st.totalText);
            int[] cols = {C_CBCC, C_VC, C_HD, C_BIEN_CHE};
            int[] values = {sub.cbcc(), sub.vienChuc(), sub.hopDong(), sub.bienChe()};
            for (int i = 0; i < cols.length; i++) {
                if (list.isEmpty()) {
                    w.number(s, cols[i], 0, st.totalNumber);
                } else {
                    String c = SheetWriter.col(cols[i]);
                    w.formula(s, cols[i], "SUM(" + c + (first + 1) + ":" + c + (last + 1) + ")", values[i], st.totalNumber);
                }
            }
            w.blank(s, C_NOTE, st.totalText);
            subtotalRows.put(kind, s.getRowNum());
            subtotalRowList.add(s.getRowNum());
            grand = grand.plus(sub);
        }

        Row t = w.row(20);
        w.text(t, C_STT, "", st.totalText);
        w.spanText(t, C_CODE, C_WORKLOAD, "TỔNG CỘNG (" + ctx.positions.size() + " vị trí việc làm)", st.totalText);
        int[] cols = {C_CBCC, C_VC, C_HD, C_BIEN_CHE};
        int[] values = {grand.cbcc(), grand.vienChuc(), grand.hopDong(), grand.bienChe()};
        for (int i = 0; i < cols.length; i++) {
            StringBuilder f = new StringBuilder("SUM(");
            for (int k = 0; k < subtotalRowList.size(); k++) {
                f.append(k == 0 ? "" : ",").append(SheetWriter.ref(subtotalRowList.get(k), cols[i]));
            }
            f.append(')');
            if (subtotalRowList.isEmpty()) {
                w.number(t, cols[i], 0, st.totalNumber);
            } else {
                w.formula(t, cols[i], f.toString(), values[i], st.totalNumber);
            }
        }
        w.blank(t, C_NOTE, st.totalText);
        w.signature();
    }
}
